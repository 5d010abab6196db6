// Pure helpers of the console's contractor screens (web/src/console/contractors): the review body the API takes,
// which contract terms a pass still needs (PM-4), the due list's filter and the Japanese day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTRACT_TERMS as CORE_TERMS } from '../../src/core/ledger/contractor.ts';
import {
  CONTRACT_TERMS,
  emptyReview,
  japanDay,
  reviewBody,
  stateFilter,
  termsMissingFromContract,
  termsStillToConfirm,
} from '../../web/src/console/contractors/review-form.ts';

test('the checklist lists exactly the ledger schema’s contract terms', () => {
  assert.deepEqual([...CONTRACT_TERMS].sort(), [...CORE_TERMS].sort());
  assert.deepEqual(CONTRACT_TERMS, [...CORE_TERMS]);
});

test('the review body: terms in checklist order, the OT-3 answer only once given, blank note left out', () => {
  const draft = {
    ...emptyReview('2026-11-22'),
    reviewer: ' 佐藤 ',
    termsConfirmed: ['reporting', 'responsibilities'] as const,
    result: 'pass' as const,
  };
  assert.deepEqual(reviewBody('aoba', { ...draft, termsConfirmed: [...draft.termsConfirmed] }), {
    contractor: 'aoba',
    reviewedOn: '2026-11-22',
    reviewer: '佐藤',
    termsConfirmed: ['responsibilities', 'reporting'],
    result: 'pass',
    reason: 'periodic',
  });
  const overseas = reviewBody('cloud', { ...emptyReview('2026-11-01'), foreignLaw: 'no', note: ' checked DPA ' });
  assert.equal(overseas.foreignLawChecked, false);
  assert.equal(overseas.note, 'checked DPA');
  assert.equal('result' in overseas, false, 'no result chosen: the API names the field');
  assert.equal(reviewBody('c', { ...emptyReview('2026-11-01'), foreignLaw: 'yes' }).foreignLawChecked, true);
});

test('terms a pass still needs, and terms the contract lacks', () => {
  const contract = { terms: ['responsibilities', 'security-measures'] as const, termsOfUse: false };
  const contractor = { contract: { ...contract, terms: [...contract.terms] } };
  assert.deepEqual(termsStillToConfirm(contractor, ['responsibilities']), ['security-measures']);
  assert.deepEqual(termsStillToConfirm(contractor, ['security-measures', 'responsibilities']), []);
  assert.deepEqual(termsStillToConfirm({ contract: { terms: ['reporting'], termsOfUse: true } }, []), []);
  assert.equal(termsMissingFromContract(contractor).length, CONTRACT_TERMS.length - 2);
  assert.equal(termsMissingFromContract(contractor).includes('responsibilities'), false);
});

test('the due filter and the Japanese day', () => {
  assert.equal(stateFilter('lapsed'), 'lapsed');
  assert.equal(stateFilter('due-soon'), 'due-soon');
  assert.equal(stateFilter('bogus'), undefined);
  assert.equal(stateFilter(null), undefined);
  assert.equal(japanDay(new Date('2026-11-22T14:59:59Z')), '2026-11-22');
  assert.equal(japanDay(new Date('2026-11-22T15:00:00Z')), '2026-11-23');
});
