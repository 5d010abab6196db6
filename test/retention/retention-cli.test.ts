// `mamori retention` end to end through the real binary: a demo HR database in SQLite attached to a copy of the demo
// ledger, the plan, a system hold that stops everything, a run that needs --yes, the run with its progress bar, the
// certificate as PDF, a contractor's certificate, and the evidence log verified afterwards.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateDemoDatabase } from '../../src/connectors/demo/generate.ts';
import { hashKeyBytes, keyedHash } from '../../src/connectors/keyed-hash.ts';
import { DEMO_DIR } from '../connectors/demo-fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const HASH_KEY = 'cli-test-only-hash-key-for-the-retention-suite-01';
const dir = mkdtempSync(join(tmpdir(), 'mamori-retention-cli-'));
const ledger = join(dir, 'ledger');
const hr = join(dir, 'hr.sqlite');

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MAMORI_DATA: join(dir, 'data'),
    MAMORI_AUTHOR: 'officer-1',
    MAMORI_LEDGER_PATH: ledger,
    DEMO_HR_DATABASE_URL: hr,
    DEMO_HR_HASH_KEY: HASH_KEY,
  };
  delete env.DATABASE_URL;
  delete env.MAMORI_EVIDENCE_KEY;
  delete env.MAMORI_EVIDENCE_KEY_FILE;
  delete env.MAMORI_MASTER_KEY;
  delete env.MAMORI_KEYS_FILE;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

before(async () => {
  cpSync(DEMO_DIR, ledger, { recursive: true });
  const systems = join(ledger, 'systems.yaml');
  writeFileSync(systems, readFileSync(systems, 'utf8').replace('engine: postgres', 'engine: sqlite'));
  await generateDemoDatabase({
    engine: 'sqlite',
    target: hr,
    subjects: 200,
    hashMyNumber: keyedHash(hashKeyBytes(HASH_KEY)),
  });
  const imported = mamori('ledger', 'import', ledger, '-m', 'demo with its HR database in SQLite');
  assert.equal(imported.code, 0, imported.err);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('plan, a system hold, a run that needs --yes, the run, its certificate, a contractor certificate', () => {
  const plan = JSON.parse(mamori('retention', 'plan', '--json').out);
  assert.ok(plan.totals.due > 0, 'something is due');

  const held = mamori('retention', 'hold', '--system', 'hr-database', '--reason', 'audit freeze', '--owner', 'audit');
  assert.equal(held.code, 0, held.err);
  const holdId = /placed legal hold (\S+)/.exec(held.out)![1]!;
  const frozen = JSON.parse(mamori('retention', 'plan', '--json').out);
  assert.equal(frozen.totals.due, 0);
  assert.equal(frozen.totals.held, plan.totals.due);
  assert.match(mamori('retention', 'holds').out, new RegExp(`${holdId}\\s+system hr-database\\s+active`));
  assert.equal(mamori('retention', 'release', holdId, '--reason', 'audit done').code, 0);

  const dry = mamori('retention', 'run');
  assert.equal(dry.code, 1);
  assert.match(dry.err, /--yes/);
  assert.equal(mamori('retention', 'status').code, 2, 'no job was created');

  const run = mamori('retention', 'run', '--yes', '--batch-size', '10');
  assert.equal(run.code, 0, run.err);
  assert.match(run.err, /\[#+\.*\] 100\.0%/);
  assert.match(run.out, new RegExp(`job \\S+: completed  ${plan.totals.due.toLocaleString('en')} / `));
  const certificate = /certificate (cert-\S+)/.exec(run.out)![1]!;
  const pdf = join(dir, 'certificate.pdf');
  assert.equal(mamori('retention', 'certificate', certificate, '--pdf', pdf).code, 0);
  assert.equal(readFileSync(pdf).subarray(0, 4).toString(), '%PDF');
  const body = JSON.parse(mamori('retention', 'certificate', certificate).out);
  assert.equal(body.verification.ok, true);
  assert.equal(body.totals.disposed, plan.totals.due);
  assert.equal(body.requestedBy, 'cli:officer-1');
  assert.ok(body.evidence.seq > 0);
  assert.equal(JSON.parse(mamori('retention', 'plan', '--json').out).totals.due, 0, 'nothing left');

  const scan = join(dir, 'erasure-certificate.pdf');
  writeFileSync(scan, '%PDF-1.4\n% synthetic certificate of the printing contractor\n%%EOF\n');
  const recorded = mamori(
    'retention',
    'contractor-certificate',
    ...['--contractor', 'minato-printing', '--rule', 'payslip-print-data', '--rows', '340'],
    ...['--disposed-on', '2026-03-31', '--method', 'overwritten', '--file', scan],
  );
  assert.equal(recorded.code, 0, recorded.err);
  const list = mamori('retention', 'certificates').out;
  assert.match(list, /cert-contractor-\S+\s+\S+\s+contractor\s+recorded\s+disposed 340/);
  const verify = mamori('evidence', 'verify');
  assert.equal(verify.code, 0, verify.err);
});
