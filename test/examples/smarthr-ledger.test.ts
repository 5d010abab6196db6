import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';

const FILE = fileURLToPath(new URL('../../examples/smarthr/ledger.yaml', import.meta.url));

function load(): Ledger {
  const result = parseLedger([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 2));
  return result.ledger;
}

test('the SmartHR ledger is valid', () => {
  load();
});

test('every purpose bullet of 2(i)a-f and 2(ii) is its own purpose', () => {
  const ledger = load();
  const perCategory = (category: string) => ledger.purposes.filter((p) => p.categories.includes(category)).length;
  const expected: Record<string, number> = {
    'customer-admins': 11,
    inquirers: 8,
    'event-participants': 5,
    'business-partners': 2,
    visitors: 1,
    candidates: 5,
    'entrusted-employees': 1,
  };
  for (const [category, count] of Object.entries(expected)) assert.equal(perCategory(category), count, category);
  assert.equal(ledger.purposes.length, 33);
});

test('entrusted data: processor, not retained, requests need the customer', () => {
  const category = load().subjectCategories.find((c) => c.id === 'entrusted-employees');
  assert.equal(category?.role, 'processor');
  assert.equal(category?.retainedPersonalData, false);
  assert.equal(category?.requestHandling, 'controller-authorisation');
});

test('provision, joint use and fees match the policy', () => {
  const ledger = load();
  const overseas = ledger.recipients.filter((r) => r.country !== 'JP');
  assert.ok(overseas.length >= 1 && overseas.every((r) => r.basis === 'consent' && r.overseas?.route === 'consent'));
  assert.ok(ledger.recipients.some((r) => r.id === 'event-cohosts-sponsors' && r.basis === 'consent'));
  assert.deepEqual([...ledger.thirdPartyProvision.exceptions].sort(), [
    'government-cooperation',
    'law',
    'life-body-property',
    'public-health-children',
  ]);
  // 3(ii) a-e: visitors are not jointly used, entrusted data never is.
  assert.deepEqual(ledger.jointUses.flatMap((j) => j.categories).sort(), [
    'business-partners',
    'candidates',
    'customer-admins',
    'event-participants',
    'inquirers',
  ]);
  assert.deepEqual(ledger.requestProcedures[0]?.fees, { 'purpose-notification': 1000, disclosure: 1000 });
});
