import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { ConsentRecord, SubjectState, Suspension } from '../consent/consent-record.ts';
import { LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from './compiled-policy.ts';
import { decide } from './decide.ts';
import { decideBatch } from './decide-batch.ts';
import { ACTIONS, type DecisionRequest } from './decision.ts';

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
  ...(scope.country ? { informationVersion: 'ot1-2026-01' } : {}),
});
const suspension = (n: number, kind: Suspension['kind'], extra: Partial<Suspension>): Suspension => ({
  id: `s-${n}`,
  subjectId: 'p',
  kind,
  since: day(-30),
  ...extra,
});

// A long history (past the batch's trimming threshold): consents, a withdrawal, records dated after now, lifted
// and active suspensions.
const longHistory: SubjectState = {
  consents: [
    ...LEDGER.purposes.map((p, n) => record(n, 'given', { purpose: p.id }, day(-40))),
    ...LEDGER.recipients.map((r, n) => record(100 + n, 'given', { recipient: r.id, country: r.country }, day(-40))),
    record(200, 'withdrawn', { purpose: 'partner-offers' }, day(-2)),
    record(201, 'refused', { purpose: 'newsletter' }, day(5)),
    record(202, 'withdrawn', { recipient: 'client', country: 'JP' }, day(3)),
  ],
  suspensions: [
    suspension(1, 'use', { purpose: 'matching', liftedAt: day(-1) }),
    suspension(2, 'use', { purpose: 'research' }),
    suspension(3, 'provision', { recipient: 'sg-partner', since: day(2) }),
  ],
};
const STATES = new Map<string, SubjectState>([
  ['p-empty', { consents: [], suspensions: [] }],
  ['p-some', { consents: [record(1, 'given', { purpose: 'partner-offers' }, day(-3))], suspensions: [] }],
  ['p-long', longHistory],
]);

/** Every action over every purpose, party and category of the fixture, with unknown ids, for each person. */
function requests(): DecisionRequest[] {
  const out: DecisionRequest[] = [];
  const parties = [...LEDGER.recipients, ...LEDGER.contractors, ...LEDGER.jointUses].map((p) => p.id);
  for (const subjectId of [...STATES.keys(), 'p-absent']) {
    for (const action of ACTIONS) {
      for (const purpose of [...LEDGER.purposes, { id: 'fishing', items: ['name'] }]) {
        const roles = LEDGER.roles.filter((r) => r.purposes.includes(purpose.id)).map((r) => r.id);
        for (const category of LEDGER.subjectCategories.map((c) => c.id)) {
          const base = {
            action,
            actor: { kind: 'user' as const, id: 'u', roles },
            operator: purpose.id === 'holding-report' ? 'holding' : 'staffing',
            subject: { id: subjectId, category },
            items: purpose.items,
            purpose: purpose.id,
          };
          if (action === 'use' || action === 'acquire') out.push({ ...base, linksReferableInformation: true });
          else for (const recipient of [...parties, 'stranger']) out.push({ ...base, recipient });
        }
      }
    }
  }
  return out;
}

test('decideBatch answers exactly as decide, request by request', () => {
  const all = requests();
  const batch = decideBatch(POLICY, all, STATES, NOW);
  assert.equal(batch.length, all.length);
  const expected = all.map((r) =>
    decide(POLICY, r, STATES.get(r.subject.id) ?? { consents: [], suspensions: [] }, NOW),
  );
  assert.deepEqual(batch, expected);
  assert.ok(expected.some((d) => d.allowed) && expected.some((d) => !d.allowed));
});

test('decideBatch of nothing is nothing', () => {
  assert.deepEqual(decideBatch(POLICY, [], STATES, NOW), []);
});

test('decideBatch answers as decide for batches of every size around its chunks', () => {
  const all = requests();
  for (const size of [1, 2, 31, 32, 33, 63, 64, 65, 100]) {
    for (const start of [0, 7, 40]) {
      const batch = all.slice(start, start + size);
      // A run of the same request for several people, crossing chunk boundaries, keeps its prepared form.
      const runs = batch.flatMap((r, i) =>
        i % 5 === 0 ? [r, { ...r, subject: { id: 'p-some', category: 'staff' } }] : [r],
      );
      const expected = runs.map((r) =>
        decide(POLICY, r, STATES.get(r.subject.id) ?? { consents: [], suspensions: [] }, NOW),
      );
      assert.deepEqual(decideBatch(POLICY, runs, STATES, NOW), expected, `size ${size} from ${start}`);
    }
  }
});
