import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { ConsentRecord, SubjectState, Suspension } from '../consent/consent-record.ts';
import { activeSuspension, effectiveConsent } from '../consent/effective-consent.ts';
import { LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from './compiled-policy.ts';
import { decide } from './decide.ts';
import type { DecisionRequest } from './decision.ts';
import { partyConsent, purposeConsent, subjectIndex, suspensionOf } from './subject-index.ts';

const LEDGER = LedgerSchema.parse(
  parse(readFileSync(new URL('../../../test/fixtures/policy-ledger.yaml', import.meta.url), 'utf8')),
);
const POLICY = compilePolicy(LEDGER, 7);
const NOW = new Date('2026-06-01T03:00:00Z');
const NOW_MS = NOW.getTime();
const PURPOSES = LEDGER.purposes.map((p) => p.id);
const PARTIES = [...LEDGER.recipients, ...LEDGER.contractors].map((p) => p.id);
const COUNTRIES = ['JP', 'US', 'SG'];
const ITEMS = ['name', 'email', 'skills'];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const maybe = <T>(value: T): T | undefined => (next() < 0.5 ? value : undefined);
  return { next, pick, maybe };
}

/** Random histories: every scope shape, ties in time, records after now, lifted and future suspensions. */
function randomState(seed: number): SubjectState {
  const g = generator(seed);
  const times = [-5, -3, -3, -1, 0, 2].map((d) => new Date(NOW_MS + d * 86_400_000));
  const consents: ConsentRecord[] = [];
  for (let n = Math.floor(g.next() * 9); n > 0; n--) {
    const scope = {
      ...(g.next() < 0.5 ? { purpose: g.pick([...PURPOSES, 'gone']) } : {}),
      ...(g.next() < 0.5 ? { recipient: g.pick([...PARTIES, 'gone']) } : {}),
      ...(g.next() < 0.4 ? { country: g.pick(COUNTRIES) } : {}),
      ...(g.next() < 0.3 ? { items: ITEMS.filter(() => g.next() < 0.6) } : {}),
    };
    const info = g.maybe('v1');
    consents.push({
      id: `c-${seed}-${n}`,
      subjectId: 'p',
      status: g.pick(['given', 'withdrawn', 'refused'] as const),
      scope,
      method: 'web',
      recordedBy: 'test',
      at: g.pick(times),
      ...(info ? { informationVersion: info } : {}),
    });
  }
  const suspensions: Suspension[] = [];
  for (let n = Math.floor(g.next() * 3); n > 0; n--) {
    const kind = g.pick(['use', 'provision'] as const);
    const target = kind === 'use' ? { purpose: g.maybe(g.pick(PURPOSES)) } : { recipient: g.maybe(g.pick(PARTIES)) };
    const lifted = g.maybe(g.pick(times));
    suspensions.push({
      id: `s-${seed}-${n}`,
      subjectId: 'p',
      kind,
      since: g.pick(times),
      ...(target.purpose ? { purpose: target.purpose } : {}),
      ...(target.recipient ? { recipient: target.recipient } : {}),
      ...(lifted ? { liftedAt: lifted } : {}),
    });
  }
  return { consents, suspensions };
}

test('the subject index answers every ask as effectiveConsent and activeSuspension do', () => {
  const items = [['name'], ['name', 'email'], ['skills', 'name'], []];
  for (let seed = 1; seed <= 400; seed++) {
    const state = randomState(seed);
    const index = subjectIndex(POLICY, state);
    for (const asked of items) {
      for (const purpose of PURPOSES) {
        const expected = effectiveConsent(state, { purpose }, asked, NOW)?.id;
        const p = POLICY.index.purposes.get(purpose)?.index as number;
        assert.equal(purposeConsent(index, p, asked, NOW_MS)?.id, expected, `seed ${seed} ${purpose}`);
        const use = activeSuspension(state, 'use', { purpose }, NOW)?.id;
        assert.equal(suspensionOf(index, true, purpose, NOW_MS)?.id, use, `seed ${seed} use ${purpose}`);
      }
      for (const recipient of PARTIES) {
        const party = POLICY.index.parties.get(recipient) as number;
        for (const country of COUNTRIES) {
          const expected = effectiveConsent(state, { recipient, country }, asked, NOW)?.id;
          assert.equal(partyConsent(index, party, country, asked, NOW_MS)?.id, expected, `seed ${seed} ${recipient}`);
        }
        const provision = activeSuspension(state, 'provision', { recipient }, NOW)?.id;
        assert.equal(suspensionOf(index, false, recipient, NOW_MS)?.id, provision, `seed ${seed} provision`);
      }
    }
  }
});

test('the index of a state is kept for that state object and rebuilt when the state changes', () => {
  const state = randomState(7);
  assert.equal(subjectIndex(POLICY, state), subjectIndex(POLICY, state));
  // Another ledger version: indexed anew (purpose and party numbers are the policy's).
  const next = compilePolicy(LEDGER, 8);
  assert.notEqual(subjectIndex(next, state), subjectIndex(POLICY, state));
  // A new state object with the same lists is indexed anew, and answers the same.
  const copy = { consents: state.consents, suspensions: state.suspensions };
  assert.notEqual(subjectIndex(POLICY, copy), subjectIndex(POLICY, state));
});

test('the kept index is invisible on the state, and a frozen state is indexed too', () => {
  const state = randomState(11);
  const before = { keys: Object.keys(state), json: JSON.stringify(state), copy: structuredClone(state) };
  const index = subjectIndex(POLICY, state);
  assert.deepEqual(Object.keys(state), before.keys);
  assert.equal(JSON.stringify(state), before.json);
  assert.deepStrictEqual(state, before.copy);
  assert.equal(subjectIndex(POLICY, state), index);
  const frozen = Object.freeze({ consents: state.consents, suspensions: state.suspensions });
  const frozenIndex = subjectIndex(POLICY, frozen);
  assert.equal(subjectIndex(POLICY, frozen), frozenIndex, 'kept for a frozen state as well');
  assert.deepEqual(frozenIndex.scan, index.scan);
});

test('a consent appended to a state in place is seen by the next decision', () => {
  const request: DecisionRequest = {
    action: 'use',
    actor: { kind: 'user', id: 'u-1', roles: ['coordinator'] },
    operator: 'staffing',
    subject: { id: 'p-1', category: 'staff' },
    items: ['name'],
    purpose: 'partner-offers',
  };
  const consents: ConsentRecord[] = [];
  const suspensions: Suspension[] = [];
  const state: SubjectState = { consents, suspensions };
  const at = new Date(NOW_MS - 86_400_000);
  const base = { subjectId: 'p-1', scope: { purpose: 'partner-offers' }, method: 'web', recordedBy: 't' } as const;
  assert.equal(decide(POLICY, request, state, NOW).allowed, false);
  consents.push({ ...base, id: 'c-1', status: 'given', at });
  assert.equal(decide(POLICY, request, state, NOW).allowed, true);
  consents.push({ ...base, id: 'c-2', status: 'withdrawn', at });
  assert.equal(decide(POLICY, request, state, NOW).allowed, false);
  consents.pop();
  suspensions.push({ id: 's-1', subjectId: 'p-1', kind: 'use', since: at });
  assert.deepEqual(
    decide(POLICY, request, state, NOW).reasons.map((r) => r.code),
    ['USE_SUSPENDED', 'CONSENT_ON_RECORD'],
  );
});
