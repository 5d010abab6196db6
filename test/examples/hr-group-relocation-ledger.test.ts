import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';

const FILE = fileURLToPath(new URL('../../examples/hr-group-relocation/ledger.yaml', import.meta.url));

function load(): Ledger {
  const result = parseLedger([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 2));
  return result.ledger;
}

test('the H&R Group ledger is valid', () => {
  load();
});

test('four operators of one group, ISO 27001 by Intertek on 2018-02-26', () => {
  const ledger = load();
  assert.deepEqual(
    ledger.operators.map((op) => op.id),
    ['hr-group', 'hr-consultants', 'relo-japan', 'staffing-japan'],
  );
  assert.ok(ledger.operators.slice(1).every((op) => op.parent === 'hr-group'));
  assert.deepEqual(ledger.operators.find((op) => op.id === 'hr-consultants')?.businessLines, [
    'real-estate',
    'insurance-agency',
  ]);
  const iso = ledger.operators[0]?.certifications[0];
  assert.equal(iso?.kind, 'iso27001');
  assert.equal(iso?.certifiedOn, '2018-02-26');
  assert.equal(ledger.operators[0]?.complaintDesk.phone?.length, 3);
});

test('storage in Japan and Hong Kong, Hong Kong explained (OT-1)', () => {
  const ledger = load();
  const countries = ledger.systems.flatMap((s) => s.stores.flatMap((store) => store.countries ?? []));
  assert.deepEqual([...new Set(countries)].sort(), ['HK', 'JP']);
  assert.ok(ledger.systems.every((s) => s.ipRestricted));
  assert.ok(ledger.countries.find((c) => c.code === 'HK')?.summary);
});

test('recipients: vendors and the four insurers on consent, authorities by law', () => {
  const ledger = load();
  const insurers = ledger.recipients.filter((r) => r.operators?.includes('hr-consultants'));
  assert.equal(insurers.length, 4);
  assert.ok(insurers.every((r) => r.basis === 'consent' && r.url !== undefined));
  assert.equal(ledger.recipients.find((r) => r.id === 'authorities-and-advisers')?.basis, 'law');
  assert.ok(ledger.recipients.every((r) => r.country === 'JP'));
});

test('retention: minimum necessary, invoices 7 years, newsletter until unsubscribe', () => {
  const rules = new Map(load().retentionRules.map((r) => [r.id, r]));
  assert.ok(rules.get('minimum-necessary')?.periodDescription);
  assert.equal(rules.get('invoices')?.statutory, 'corporate-books');
  assert.equal(rules.get('newsletter-list')?.trigger, 'consent-withdrawal');
});

test('requests by e-mail, free of charge', () => {
  const [procedure] = load().requestProcedures;
  assert.deepEqual(procedure?.intake.methods, ['email']);
  assert.deepEqual(procedure?.fees, {});
});
