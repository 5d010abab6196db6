// `npm start` without DEMO_HR_DATABASE_URL: the demo HR system is bound to a synthetic SQLite database generated once
// in the data directory, where the README's demo person is found; a configured database is left alone.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { findPersonData } from '../../src/app/find-person-data.ts';
import { DEMO_HR_FILE, DEMO_PERSON_EMAIL, startDemoHrDatabase } from '../../src/connectors/demo/start-demo-database.ts';
import { openDatasets } from '../../src/connectors/open-datasets.ts';
import { DEMO_DIR, demoLedger } from './demo-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-demo-start-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the first start generates the demo HR database and binds the HR system to it', async () => {
  const ledger = demoLedger();
  const env = { PATH: process.env.PATH };
  const demo = await startDemoHrDatabase(ledger, dir, env);
  assert.ok(demo);
  assert.equal(demo.created, true);
  assert.equal(demo.file, join(dir, DEMO_HR_FILE));
  assert.ok(existsSync(demo.file));
  assert.ok(!existsSync(`${demo.file}.partial`));
  assert.equal(demo.ledger.systems.find((s) => s.id === 'hr-database')?.connection?.engine, 'sqlite');
  assert.equal(ledger.systems.find((s) => s.id === 'hr-database')?.connection?.engine, 'postgres', 'not mutated');

  const datasets = openDatasets(demo.ledger, DEMO_DIR, demo.env);
  try {
    const report = await findPersonData({
      ledger: demo.ledger,
      datasets,
      identity: { kind: 'email', email: 'Demo.Person@example.jp' },
    });
    const tables = report.systems.flatMap((s) => s.tables.map((t) => t.table));
    assert.ok(tables.includes('staff'), `found in ${tables.join(', ')}`);
    assert.ok(report.rowCount > 1, 'the staff row and the rows that hang off it');
    const other = await findPersonData({
      ledger: demo.ledger,
      datasets,
      identity: { kind: 'email', email: 'nobody@example.jp' },
    });
    assert.equal(other.rowCount, 0);
  } finally {
    for (const d of datasets) await d.connector.close();
  }

  const modified = statSync(demo.file).mtimeMs;
  const again = await startDemoHrDatabase(ledger, dir, env);
  assert.equal(again?.created, false, 'later starts reuse the file');
  assert.equal(statSync(demo.file).mtimeMs, modified);
  assert.equal(DEMO_PERSON_EMAIL, 'demo.person@example.jp');
});

test('a configured HR database is used as it is', async () => {
  const other = mkdtempSync(join(tmpdir(), 'mamori-demo-start-'));
  try {
    const demo = await startDemoHrDatabase(demoLedger(), other, { DEMO_HR_DATABASE_URL: 'postgres://h/db' });
    assert.equal(demo, undefined);
    assert.ok(!existsSync(join(other, DEMO_HR_FILE)));
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});
