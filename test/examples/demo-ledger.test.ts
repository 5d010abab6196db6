import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';
import { STATUTORY_KEYS } from '../../src/core/ledger/statutory-retention.ts';

const FOLDER = fileURLToPath(new URL('../../examples/demo', import.meta.url));

function load(): Ledger {
  const result = parseLedger(readLedgerSources(FOLDER));
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 2));
  return result.ledger;
}

test('the demo ledger is a valid folder of several files', () => {
  assert.ok(readLedgerSources(FOLDER).length > 5);
  load();
});

test('every item flag is used, My Number with social security and tax only', () => {
  const ledger = load();
  for (const flag of ['specialCare', 'myNumber', 'financial', 'identifying', 'personallyReferable'] as const) {
    assert.ok(
      ledger.dataItems.some((item) => item.flags[flag]),
      flag,
    );
  }
  const bases = ledger.purposes.flatMap((p) => (p.specialCareBasis ? [p.specialCareBasis.kind] : []));
  assert.deepEqual([...new Set(bases)].sort(), ['consent', 'law']);
});

test('every consent kind and a purpose added after collection', () => {
  const purposes = load().purposes;
  assert.deepEqual([...new Set(purposes.map((p) => p.consent))].sort(), ['not-required', 'opt-in', 'opt-out']);
  assert.ok(purposes.some((p) => p.addedAfterCollection && p.consent === 'opt-in'));
});

test('stores in JP, US and SG; the HR database has a postgres connection', () => {
  const ledger = load();
  const countries = new Set(ledger.systems.flatMap((s) => s.stores.flatMap((store) => store.countries ?? [])));
  for (const code of ['JP', 'US', 'SG']) assert.ok(countries.has(code), code);
  const hr = ledger.systems.find((s) => s.id === 'hr-database');
  assert.deepEqual(hr?.connection, {
    engine: 'postgres',
    secretRef: 'DEMO_HR_DATABASE_URL',
    annotations: 'hr-database.annotations.yaml',
  });
});

test('a retention rule for every statutory record type and every disposal', () => {
  const rules = load().retentionRules;
  for (const key of STATUTORY_KEYS)
    assert.ok(
      rules.some((r) => r.statutory === key),
      key,
    );
  const disposals = new Set(rules.map((r) => r.disposal));
  for (const d of ['delete', 'anonymise', 'erase-my-number', 'contractor'] as const) assert.ok(disposals.has(d), d);
});

test('recipients and contractors in every state the console shows', () => {
  const ledger = load();
  const recipients = ledger.recipients;
  assert.ok(recipients.some((r) => r.status === 'suspended'));
  assert.ok(recipients.some((r) => r.review !== undefined && r.review.nextBy < '2026-11-01'));
  assert.ok(recipients.some((r) => r.country === 'US' && r.overseas?.route === 'consent' && r.overseas.version));
  assert.ok(recipients.some((r) => r.basis === 'law' && r.items.includes('my-number')));
  const statuses = new Set(ledger.contractors.map((c) => c.status));
  for (const s of ['active', 'suspended', 'terminated'] as const) assert.ok(statuses.has(s), s);
  assert.ok(ledger.contractors.some((c) => c.country === 'US' && c.overseas?.route === 'equivalent-measures'));
});

test('request fees of 1,000, 500 and 0 yen, every agent kind', () => {
  const procedures = load().requestProcedures;
  assert.deepEqual(
    procedures.map((p) => p.fees.disclosure),
    [1000, 500, 0],
  );
  const agents = new Set(procedures.flatMap((p) => Object.keys(p.identity.agents)));
  assert.deepEqual([...agents].sort(), ['adult-guardian', 'attorney', 'parental-authority']);
  assert.ok(procedures.some((p) => p.payment.unpaid === 'deemed-not-made'));
});

test('statistical, pseudonymised and anonymised data', () => {
  const data = load().deidentifiedData;
  assert.deepEqual(data.map((d) => d.kind).sort(), ['anonymised', 'pseudonymised', 'statistical']);
  assert.ok(data.find((d) => d.kind === 'statistical')?.minimumCellSize);
  assert.ok((data.find((d) => d.kind === 'anonymised')?.resultItems.length ?? 0) > 0);
});
