import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/audit-ledger.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-diff-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: join(dir, 'data') };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function changedLedger(): string {
  const path = join(dir, 'changed.yaml');
  const text = readFileSync(FIXTURE, 'utf8')
    .replace('{id: ats-us, countries: [US]', '{id: ats-us, countries: [US, CA]')
    .replace('period: {years: 7}\n    legalBasis', 'period: {years: 6}\n    legalBasis');
  writeFileSync(path, text);
  return path;
}

test('ledger diff: one line per change with its mark, then a summary', () => {
  const r = mamori('ledger', 'diff', FIXTURE, changedLedger(), '--lang', 'en');
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trim().split('\n'), [
    '+ Store “ats-us” now also in CA',
    '- Retention rule “name-long” shortened from 7 years to 6 years',
    '2 change(s): 1 expand use (+), 1 restrict use (-), 0 neutral (~). Changes that expand use may need a new notice or fresh consent',
  ]);
});

test('ledger diff --json: the changes with their descriptions', () => {
  const r = mamori('ledger', 'diff', FIXTURE, changedLedger(), '--json');
  assert.equal(r.code, 0, r.err);
  const body = JSON.parse(r.out) as { changes: { kind: string; severity: string; description: string }[] };
  assert.deepEqual(
    body.changes.map((c) => [c.kind, c.severity]),
    [
      ['store-country-added', 'expands-use'],
      ['retention-shortened', 'restricts-use'],
    ],
  );
  assert.equal(body.changes[0]?.description, '保管先「ats-us」の保管国にCAを追加');
});

test('ledger diff: the same ledger has no changes; a bad option is a usage error', () => {
  assert.match(mamori('ledger', 'diff', FIXTURE, FIXTURE, '--lang', 'en').out, /^no changes$/m);
  const bad = mamori('ledger', 'diff', FIXTURE, FIXTURE, '--lang', 'fr');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /--lang/);
});

test('ledger export: csv and xlsx to files, yaml to standard output', () => {
  const csv = join(dir, 'ledger.csv');
  const r = mamori('ledger', 'export', '--ledger', FIXTURE, '--format', 'csv', '--lang', 'en', '--out', csv);
  assert.equal(r.code, 0, r.err);
  const text = readFileSync(csv, 'utf8');
  assert.ok(text.startsWith('\uFEFFOperators,Subject category,'));
  const xlsx = join(dir, 'ledger.xlsx');
  assert.equal(mamori('ledger', 'export', '--ledger', FIXTURE, '--out', xlsx).code, 0);
  assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK', 'an xlsx is a zip');
  const yaml = mamori('ledger', 'export', '--ledger', FIXTURE, '--format', 'yaml');
  assert.equal(yaml.code, 0, yaml.err);
  assert.ok(parseLedger([{ file: 'out.yaml', text: yaml.out }]).ok);
  const unknown = mamori('ledger', 'export', '--ledger', FIXTURE, '--out', join(dir, 'ledger.txt'));
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /--format/);
});
