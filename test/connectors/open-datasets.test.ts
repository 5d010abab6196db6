import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findPersonData } from '../../src/app/find-person-data.ts';
import { DEFAULT_DEMO_SETTINGS, demoPerson } from '../../src/connectors/demo/demo-person.ts';
import { openDatasets } from '../../src/connectors/open-datasets.ts';
import { resolveSecret } from '../../src/connectors/resolve-secret.ts';
import { AppError } from '../../src/core/app-error.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { DEMO_DIR, demoLedger } from './demo-fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-datasets-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const KEY = 'k'.repeat(40);

function sqliteLedger(): Ledger {
  const ledger = demoLedger();
  const systems = ledger.systems.map((s) =>
    s.connection ? { ...s, connection: { ...s.connection, engine: 'sqlite' as const } } : s,
  );
  return { ...ledger, systems };
}

test('mamori demo generate loads a SQLite file; the ledger opens it through secretRef and annotations', async () => {
  const file = join(dir, 'hr.sqlite');
  const env = { ...process.env, DEMO_HR_HASH_KEY: KEY };
  const run = spawnSync(
    process.execPath,
    [BIN, 'demo', 'generate', '--subjects', '50', '--engine', 'sqlite', '--file', file],
    {
      encoding: 'utf8',
      env,
    },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /50 people, \d+ rows on sqlite/);
  const again = spawnSync(
    process.execPath,
    [BIN, 'demo', 'generate', '--subjects', '5', '--engine', 'sqlite', '--file', file],
    {
      encoding: 'utf8',
      env,
    },
  );
  assert.equal(again.status, 3, 'an existing demo database is left alone without --replace');

  const datasets = openDatasets(sqliteLedger(), DEMO_DIR, { DEMO_HR_DATABASE_URL: file, DEMO_HR_HASH_KEY: KEY });
  try {
    const person = demoPerson(DEFAULT_DEMO_SETTINGS, 1);
    const report = await findPersonData({
      ledger: demoLedger(),
      datasets,
      identity: { kind: 'email', email: person.email },
    });
    assert.ok(report.rowCount > 0);
    assert.equal(report.systems[0]?.system, 'hr-database');
    if (person.myNumber) {
      const byNumber = await findPersonData({
        ledger: demoLedger(),
        datasets,
        identity: { kind: 'my-number', myNumber: person.myNumber },
      });
      assert.equal(byNumber.rowCount > 0, true, 'hashed with DEMO_HR_HASH_KEY on both sides');
    }
  } finally {
    for (const d of datasets) await d.connector.close();
  }
});

test('a missing secret names the variable, never a value', () => {
  assert.throws(
    () => openDatasets(sqliteLedger(), DEMO_DIR, {}),
    (e) => e instanceof AppError && e.code === 'UNPROCESSABLE' && e.message.includes('DEMO_HR_DATABASE_URL'),
  );
  const secretFile = join(dir, 'url');
  writeFileSync(secretFile, 'postgres://user:s3cret@db.example/hr\n');
  assert.equal(resolveSecret('HR_DB_URL', { HR_DB_URL_FILE: secretFile }), 'postgres://user:s3cret@db.example/hr');
});
