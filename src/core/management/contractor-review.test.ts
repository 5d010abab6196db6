import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { type Contractor, ContractorSchema } from '../ledger/contractor.ts';
import { LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from '../policy/compiled-policy.ts';
import { decide } from '../policy/decide.ts';
import type { DecisionRequest } from '../policy/decision.ts';
import {
  type ContractorReview,
  ContractorReviewInputSchema,
  effectiveReviewDue,
  effectiveReviewDues,
  nextReviewAfter,
  reviewProblems,
  reviewsDue,
} from './contractor-review.ts';
import { addMonths } from './dates.ts';

const contractor = (extra: Record<string, unknown> = {}): Contractor =>
  ContractorSchema.parse({
    id: 'bpo',
    name: { ja: '委託先', en: 'BPO' },
    scope: { ja: '給与計算', en: 'Payroll' },
    items: ['name'],
    contract: { terms: ['security-measures', 'audit-right'] },
    supervision: { lastReviewOn: '2025-04-01', nextReviewBy: '2026-03-31', intervalMonths: 12 },
    ...extra,
  });
const overseas = contractor({
  id: 'us-ats',
  country: 'US',
  supervision: { nextReviewBy: '2026-03-31', intervalMonths: 24 },
});
const review = (extra: Partial<ContractorReview> = {}): ContractorReview => ({
  contractor: 'bpo',
  reviewedOn: '2026-03-10',
  reviewer: 'u-1',
  termsConfirmed: ['security-measures', 'audit-right'],
  result: 'pass',
  reason: 'periodic',
  id: 'r-1',
  nextReviewBy: '2027-03-10',
  recordedBy: 'u-1',
  ...extra,
});

test('addMonths clamps to the last day of the month', () => {
  for (const [from, months, to] of [
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-10', 12, '2027-03-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
  ] as const) {
    assert.equal(addMonths(from, months), to, `${from} + ${months}`);
  }
});

test('review problems: PM-4 terms for a pass, OT-3 foreign-law check for overseas contractors', () => {
  const cases: { name: string; c: Contractor; input: Record<string, unknown>; problems: RegExp[] }[] = [
    { name: 'complete pass', c: contractor(), input: {}, problems: [] },
    {
      name: 'pass missing a term',
      c: contractor(),
      input: { termsConfirmed: ['audit-right'] },
      problems: [/security-measures/],
    },
    {
      name: 'conditional may miss terms',
      c: contractor(),
      input: { termsConfirmed: [], result: 'conditional' },
      problems: [],
    },
    {
      name: 'overseas without OT-3 check',
      c: overseas,
      input: { contractor: 'us-ats' },
      problems: [/foreignLawChecked/],
    },
    {
      name: 'overseas pass with failed check',
      c: overseas,
      input: { foreignLawChecked: false },
      problems: [/foreign-law/],
    },
    { name: 'overseas pass with check', c: overseas, input: { foreignLawChecked: true }, problems: [] },
  ];
  for (const { name, c, input, problems } of cases) {
    const parsed = ContractorReviewInputSchema.parse({
      contractor: c.id,
      reviewedOn: '2026-03-10',
      reviewer: 'u-1',
      termsConfirmed: ['security-measures', 'audit-right'],
      result: 'pass',
      ...input,
    });
    const got = reviewProblems(c, parsed);
    assert.equal(got.length, problems.length, `${name}: ${got.join('; ')}`);
    problems.forEach((p, i) => assert.match(got[i] ?? '', p, name));
  }
});

test('next review: the interval, capped at a year for overseas contractors (OT-3)', () => {
  assert.equal(nextReviewAfter(contractor(), '2026-03-10'), '2027-03-10');
  assert.equal(
    nextReviewAfter(contractor({ supervision: { nextReviewBy: '2026-03-31', intervalMonths: 6 } }), '2026-03-10'),
    '2026-09-10',
  );
  assert.equal(nextReviewAfter(overseas, '2026-03-10'), '2027-03-10');
});

test('effective due date: the ledger, extended by a newer passing review, made due by a newer failure', () => {
  const cases: { name: string; reviews: ContractorReview[]; due: string }[] = [
    { name: 'no reviews', reviews: [], due: '2026-03-31' },
    { name: 'newer pass', reviews: [review()], due: '2027-03-10' },
    { name: 'conditional counts', reviews: [review({ result: 'conditional' })], due: '2027-03-10' },
    {
      name: 'older than the ledger review',
      reviews: [review({ reviewedOn: '2025-03-01', nextReviewBy: '2026-03-01' })],
      due: '2026-03-31',
    },
    { name: 'another contractor', reviews: [review({ contractor: 'other' })], due: '2026-03-31' },
    {
      name: 'newest failed',
      reviews: [review(), review({ id: 'r-2', reviewedOn: '2026-03-20', result: 'fail' })],
      due: '2026-03-20',
    },
  ];
  for (const { name, reviews, due } of cases) assert.equal(effectiveReviewDue(contractor(), reviews), due, name);
});

test('reviews due: lapsed, due soon, ok; terminated contractors left out', () => {
  const list = reviewsDue(
    [
      contractor(),
      contractor({ id: 'soon', supervision: { nextReviewBy: '2026-04-20' } }),
      contractor({ id: 'gone', status: 'terminated' }),
      contractor({ id: 'far', supervision: { nextReviewBy: '2026-12-31' } }),
    ],
    [],
    '2026-04-01',
  );
  assert.deepEqual(
    list.map((d) => [d.contractor, d.state]),
    [
      ['bpo', 'lapsed'],
      ['soon', 'due-soon'],
      ['far', 'ok'],
    ],
  );
});

test('the decision engine honours recorded reviews and suspensions through compilePolicy options', () => {
  const ledger = LedgerSchema.parse(
    parse(readFileSync(new URL('../../../test/fixtures/policy-ledger.yaml', import.meta.url), 'utf8')),
  );
  const request: DecisionRequest = {
    action: 'entrust',
    actor: { kind: 'user', id: 'u-1', roles: ['coordinator'] },
    operator: 'staffing',
    subject: { id: 'p-1', category: 'staff' },
    items: ['name'],
    purpose: 'matching',
    recipient: 'late-review',
  };
  const now = new Date('2026-06-01T03:00:00Z');
  const codes = (options = {}, recipient = 'late-review') =>
    decide(
      compilePolicy(ledger, 1, options),
      { ...request, recipient },
      { consents: [], suspensions: [] },
      now,
    ).reasons.map((r) => r.code);
  assert.ok(codes().includes('CONTRACTOR_REVIEW_LAPSED'));
  const reviewed = review({ contractor: 'late-review', reviewedOn: '2026-05-20', nextReviewBy: '2027-05-20' });
  const due = effectiveReviewDues(ledger.contractors, [reviewed]);
  assert.ok(!codes({ contractorReviewDue: due }).includes('CONTRACTOR_REVIEW_LAPSED'));
  assert.ok(codes({ suspendedContractors: new Set(['payroll-bpo']) }, 'payroll-bpo').includes('CONTRACTOR_SUSPENDED'));
  assert.ok(!codes({}, 'payroll-bpo').includes('CONTRACTOR_SUSPENDED'));
});
