import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { ConsentRecord, SubjectState, Suspension } from '../consent/consent-record.ts';
import { LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from './compiled-policy.ts';
import { decide, decidePrepared } from './decide.ts';
import { decideBatch } from './decide-batch.ts';
import { ACTIONS, type DecisionRequest } from './decision.ts';
import { prepareRequest } from './prepared-request.ts';

// The decision-table fixture, parsed with the schema only (it breaks two ledger checks on purpose).
const LEDGER = LedgerSchema.parse(
  parse(readFileSync(new URL('../../../test/fixtures/policy-ledger.yaml', import.meta.url), 'utf8')),
);
const POLICY = compilePolicy(LEDGER, 7);
const NOW = new Date('2026-06-01T03:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

const record = (
  n: number,
  status: ConsentRecord['status'],
  scope: ConsentRecord['scope'],
  at: Date,
): ConsentRecord => ({
  id: `c-${n}`,
  subjectId: 'p',
  status,
  scope,
  method: 'web',
  recordedBy: 'test',
  at,
  ...(n % 2 === 0 ? { informationVersion: 'ot1-2026-01' } : {}),
});
const suspension = (n: number, kind: Suspension['kind'], extra: Partial<Suspension>): Suspension => ({
  id: `s-${n}`,
  subjectId: 'p',
  kind,
  since: day(-30),
  ...extra,
});

/** People whose histories exercise every consent rule: limited items, countries, ties, future records. */
const PEOPLE: ReadonlyMap<string, SubjectState> = new Map([
  ['p-empty', { consents: [], suspensions: [] }],
  [
    'p-given',
    {
      consents: [
        ...LEDGER.purposes.map((p, n) => record(n, 'given', { purpose: p.id }, day(-40))),
        ...LEDGER.recipients.map((r, n) => record(100 + n, 'given', { recipient: r.id }, day(-40))),
        ...LEDGER.contractors.map((c, n) => record(150 + n, 'given', { recipient: c.id, country: c.country }, day(-9))),
      ],
      suspensions: [],
    },
  ],
  [
    'p-mixed',
    {
      consents: [
        record(1, 'given', { purpose: 'partner-offers', items: ['name'] }, day(-10)),
        record(2, 'withdrawn', { purpose: 'partner-offers' }, day(-10)),
        record(3, 'refused', { purpose: 'newsletter' }, day(-3)),
        record(4, 'given', { purpose: 'research' }, day(4)),
        record(6, 'given', { recipient: 'us-ads', country: 'US' }, day(-5)),
        record(7, 'given', { recipient: 'us-ads' }, day(-2)),
        record(8, 'given', { country: 'SG' }, day(-1)),
        record(10, 'given', { recipient: 'client', items: ['name'] }, day(-6)),
        record(11, 'withdrawn', { recipient: 'list-broker' }, day(-6)),
        record(12, 'given', { purpose: 'matching', recipient: 'client' }, day(-6)),
        record(14, 'given', {}, day(-6)),
      ],
      suspensions: [
        suspension(1, 'use', { purpose: 'matching', liftedAt: day(-1) }),
        suspension(2, 'use', { purpose: 'research' }),
        suspension(3, 'provision', { recipient: 'sg-partner', since: day(2) }),
        suspension(4, 'provision', { recipient: 'client' }),
      ],
    },
  ],
  ['p-stopped', { consents: [], suspensions: [suspension(5, 'use', {}), suspension(6, 'provision', {})] }],
]);

/** Every action over every purpose, party and category of the fixture, with unknown ids and odd requests. */
function requests(): DecisionRequest[] {
  const out: DecisionRequest[] = [];
  const parties = [...LEDGER.recipients, ...LEDGER.contractors, ...LEDGER.jointUses].map((p) => p.id);
  for (const action of ACTIONS) {
    for (const purpose of [...LEDGER.purposes, { id: 'fishing', items: ['name', 'unknown-item'] }]) {
      const roles = LEDGER.roles.filter((r) => r.purposes.includes(purpose.id)).map((r) => r.id);
      const base = {
        action,
        actor: { kind: 'user' as const, id: 'u', roles },
        operator: purpose.id === 'holding-report' ? 'holding' : 'staffing',
        subject: { id: 'p-empty', category: 'staff' },
        items: purpose.items,
        purpose: purpose.id,
      };
      if (action === 'use' || action === 'acquire') {
        out.push(base, { ...base, linksReferableInformation: true, source: { kind: 'third-party' } });
        out.push({ ...base, items: ['name', 'email', 'health-check', 'disability', 'birthplace', 'my-number'] });
        out.push({ ...base, actor: { kind: 'user', id: 'u', roles: [...roles, 'auditor'] }, operator: 'nobody' });
        out.push({ ...base, deidentifiedData: 'skills-pseudo' });
      } else {
        for (const recipient of [...parties, 'stranger']) {
          out.push({ ...base, recipient }, { ...base, recipient, items: ['name', 'my-number', 'unknown-item'] });
          out.push({ ...base, recipient, country: 'SG' }, { ...base, recipient, country: 'US' });
          out.push({ ...base, recipient, exception: { ground: 'law', justification: 'tax office request 17' } });
        }
        out.push({ ...base, actor: { kind: 'user', id: 'u', roles: [] } });
      }
    }
  }
  return out;
}

const CATEGORIES = [...LEDGER.subjectCategories.map((c) => c.id), 'aliens'];

test('a prepared request decides every person exactly as decide does', () => {
  let allowed = 0;
  let denied = 0;
  for (const request of requests()) {
    const prepared = prepareRequest(POLICY, request);
    for (const [id, state] of PEOPLE) {
      for (const category of CATEGORIES) {
        const subject = { id, category };
        const expected = decide(POLICY, { ...request, subject }, state, NOW);
        assert.deepEqual(decidePrepared(prepared, subject, state, NOW), expected);
        if (expected.allowed) allowed++;
        else denied++;
      }
    }
  }
  assert.ok(allowed > 100 && denied > 100, `${allowed} allowed, ${denied} denied`);
});

test('decideBatch reuses a prepared request across a run of people and answers as decide', () => {
  const all = requests().flatMap((request) =>
    [...PEOPLE.keys()].map((id) => ({ ...request, subject: { id, category: 'staff' } })),
  );
  const expected = all.map((r) => decide(POLICY, r, PEOPLE.get(r.subject.id) as SubjectState, NOW));
  assert.deepEqual(decideBatch(POLICY, all, PEOPLE, NOW), expected);
});

test('a prepared request is bound to the policy it was prepared with', () => {
  const request: DecisionRequest = {
    action: 'use',
    actor: { kind: 'user', id: 'u', roles: ['coordinator'] },
    operator: 'staffing',
    subject: { id: 'p-empty', category: 'staff' },
    items: ['name'],
    purpose: 'matching',
  };
  const next = compilePolicy(LEDGER, 8);
  const prepared = prepareRequest(POLICY, request);
  const state = PEOPLE.get('p-empty') as SubjectState;
  assert.equal(decidePrepared(prepared, request.subject, state, NOW).ledgerVersion, 7);
  assert.equal(decidePrepared(prepareRequest(next, request), request.subject, state, NOW).ledgerVersion, 8);
});

test('a prepared request keeps the fields the rules of its action read, and an action outside the list meets the provision rules', () => {
  const base: DecisionRequest = {
    action: 'use',
    actor: { kind: 'user', id: 'u', roles: ['coordinator'] },
    operator: 'staffing',
    subject: { id: 'p-given', category: 'staff' },
    items: ['name'],
    purpose: 'matching',
    recipient: 'client',
    country: 'US',
    source: { kind: 'third-party', provider: 'job-board' },
    linksReferableInformation: true,
  };
  const use = prepareRequest(POLICY, base);
  assert.equal(use.recipientId, undefined);
  assert.equal(use.country, undefined);
  assert.equal(use.source, undefined);
  const transfer = prepareRequest(POLICY, { ...base, action: 'transfer' });
  assert.equal(transfer.recipientId, 'client');
  assert.equal(transfer.country, 'US');
  assert.equal(transfer.linksReferableInformation, false);
  const acquire = prepareRequest(POLICY, { ...base, action: 'acquire' });
  assert.deepEqual(acquire.source, { kind: 'third-party', provider: 'job-board' });
  assert.equal(acquire.linksReferableInformation, true);
  // An unvalidated caller's unknown action: the provision rules, with the recipient it names.
  const state = PEOPLE.get('p-given') as SubjectState;
  const odd = (extra: Record<string, unknown>) =>
    decide(POLICY, { ...base, ...extra, action: 'delete' } as unknown as DecisionRequest, state, NOW).reasons.map(
      (r) => r.code,
    );
  assert.ok(odd({}).includes('RECIPIENT_UNKNOWN'));
  assert.ok(odd({ recipient: undefined }).includes('ACTION_NEEDS_RECIPIENT'));
});
