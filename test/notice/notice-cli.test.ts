import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEDGER = 'test/fixtures/notice/group-ledger.yaml';
const dir = mkdtempSync(join(tmpdir(), 'mamori-notice-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: join(dir, 'data'), MAMORI_AUTHOR: 'tester' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
}

test('notice --format md prints Markdown to standard output', () => {
  const run = mamori('notice', '--ledger', LEDGER, '--lang', 'en', '--format', 'md');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^# Privacy Policy/);
  assert.match(run.stdout, /JPY 1,000/);
});

test('notice --entity limits the notice to one operator; --out writes HTML', () => {
  const out = join(dir, 'notice.html');
  const run = mamori(
    'notice',
    '--ledger',
    LEDGER,
    '--lang',
    'ja',
    '--format',
    'html',
    '--entity',
    'holding',
    '--out',
    out,
  );
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<html lang="ja-JP">/);
  assert.ok(html.includes('サンプルホールディングス株式会社'));
  assert.ok(!html.includes('スタッフ相談窓口'), 'the other operator’s desk is left out');
});

test('notice --format pdf --out writes a PDF', () => {
  const out = join(dir, 'notice.pdf');
  const run = mamori('notice', '--ledger', LEDGER, '--lang', 'ja', '--format', 'pdf', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(out).subarray(0, 5).toString(), '%PDF-');
});

test('bad options and unknown operators fail with the mapped exit codes', () => {
  const lang = mamori('notice', '--ledger', LEDGER, '--lang', 'fr');
  assert.equal(lang.status, 1);
  assert.match(lang.stderr, /--lang/);
  const entity = mamori('notice', '--ledger', LEDGER, '--entity', 'nobody');
  assert.equal(entity.status, 2);
  assert.match(entity.stderr, /no operator "nobody"/);
  const missing = mamori('notice', '--lang', 'ja');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no ledger has been imported yet/);
});

test('without --ledger the notice comes from the stored current version, with its revision dates', () => {
  assert.equal(mamori('ledger', 'import', LEDGER, '-m', 'first').status, 0);
  const run = mamori('notice', '--lang', 'en', '--format', 'md');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^# Privacy Policy/);
  const japanToday = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const [year, month, day] = japanToday.split('-').map(Number);
  const english = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  assert.ok(run.stdout.includes(japanToday) || run.stdout.includes(english), 'lists the version date');
  const byNumber = mamori('notice', '--ledger', '1', '--lang', 'ja', '--format', 'md');
  assert.equal(byNumber.status, 0, byNumber.stderr);
  assert.equal(mamori('notice', '--ledger', '7').status, 2);
});
