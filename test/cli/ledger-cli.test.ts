import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-ledger.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: join(dir, 'data'), MAMORI_AUTHOR: 'tester' };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('validate: a valid ledger prints ok and exits 0', () => {
  const r = mamori('ledger', 'validate', FIXTURE);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ok: .*3 purposes/m);
});

test('validate: a broken ledger gives every error with file:line and exits 1', () => {
  const broken = join(dir, 'broken.yaml');
  const text = readFileSync(FIXTURE, 'utf8')
    .replace('items: [name, my-number]', 'items: [name, my-number, ghost]')
    .replace('        countries: [JP]\n', '')
    .replace('fees: {disclosure: 1000', 'fees: {deletion: 200, disclosure: 1000');
  writeFileSync(broken, text);
  const r = mamori('ledger', 'validate', broken);
  assert.equal(r.code, 1);
  const lines = r.err.trim().split('\n');
  const problems = lines.filter((line) => /broken\.yaml:\d+:\d+ {2}/.test(line));
  assert.equal(problems.length, 3, r.err);
  assert.ok(problems.some((l) => l.includes('purposes[1].items[2]') && l.includes('unknown data item "ghost"')));
  assert.ok(problems.some((l) => l.includes('systems[0].stores[0].countries')));
  assert.ok(problems.some((l) => l.includes('requestProcedures[0].fees.deletion') && l.includes('RQ-9')));
  const lineOfGhost = text.split('\n').findIndex((l) => l.includes('ghost')) + 1;
  assert.ok(problems.some((l) => l.includes(`broken.yaml:${lineOfGhost}:`)));
  assert.match(lines.at(-1) ?? '', /3 problem\(s\)/);
  assert.ok(!r.err.includes('    at '), 'no stack trace');
});

test('validate: a missing path is a clear error, not a stack trace', () => {
  const r = mamori('ledger', 'validate', join(dir, 'nope.yaml'));
  assert.equal(r.code, 2);
  assert.match(r.err, /ledger path not found/);
});

test('import keeps history; versions lists it newest first', () => {
  assert.match(mamori('ledger', 'versions').out, /no ledger versions/);
  const first = mamori('ledger', 'import', FIXTURE, '-m', 'first');
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /stored version 1 of minimal/);
  assert.match(mamori('ledger', 'import', FIXTURE, '-m', 'again').out, /unchanged: version 1/);
  const changed = join(dir, 'changed.yaml');
  writeFileSync(changed, readFileSync(FIXTURE, 'utf8').replace('disclosure: 1000', 'disclosure: 500'));
  assert.match(mamori('ledger', 'import', changed, '-m', 'cheaper disclosure').out, /stored version 2/);
  const list = mamori('ledger', 'versions').out.trimEnd().split('\n');
  assert.equal(list.length, 2);
  assert.match(list[0] ?? '', /^ {3}2 .* tester {2}cheaper disclosure$/);
  const missingComment = mamori('ledger', 'import', FIXTURE);
  assert.notEqual(missingComment.code, 0);
  assert.match(missingComment.err, /--comment/);
});

test('every command has --help', () => {
  const top = mamori('--help');
  assert.equal(top.code, 0);
  const groups = [...top.out.matchAll(/^ {2}(\w[\w-]*)\b/gm)].map((m) => m[1]).filter((g) => g !== 'help');
  assert.ok(groups.includes('ledger'));
  for (const group of groups) {
    const help = mamori(group as string, '--help');
    assert.equal(help.code, 0, `${group} --help`);
    const subs = [...help.out.matchAll(/^ {2}(\w[\w-]*)\b/gm)].map((m) => m[1]).filter((s) => s !== 'help');
    for (const sub of subs) {
      const r = mamori(group as string, sub as string, '--help');
      assert.equal(r.code, 0, `${group} ${sub} --help: ${r.err}`);
      assert.match(r.out, /Usage: mamori/);
    }
  }
});
