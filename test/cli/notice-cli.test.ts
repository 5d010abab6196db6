// `mamori notice publish | versions`: the host's way to publish the notice, with the same rules as the console
// (only the newest ledger version, once) and evidence; the published notice then stays put until the next one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/minimal-ledger.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-notice-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: join(dir, 'data'), MAMORI_AUTHOR: 'tester' };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('publish pins the notice to the current version; a later import is a draft until published', () => {
  assert.equal(mamori('notice', 'publish').code, 1, 'nothing imported yet');
  assert.equal(mamori('ledger', 'import', FIXTURE, '-m', 'first').code, 0);
  assert.match(mamori('notice', 'versions').out, /^1\t\S+\t\(followed the ledger\)$/m);
  const published = mamori('notice', 'publish', '-m', 'first notice');
  assert.equal(published.code, 0, published.err);
  assert.match(published.out, /published the notice of ledger version 1 \(evidence #\d+\)/);
  assert.equal(mamori('notice', 'publish').code, 3, 'the same version twice is a conflict');

  const changed = join(dir, 'changed.yaml');
  writeFileSync(changed, readFileSync(FIXTURE, 'utf8').replace('fees: {disclosure: 1000', 'fees: {disclosure: 500'));
  assert.equal(mamori('ledger', 'import', changed, '-m', 'fee').code, 0);
  assert.match(mamori('notice', 'versions').out.trim(), /^1\t/, 'the draft is not among the published versions');
  const stale = mamori('notice', 'publish', '--version', '1');
  assert.equal(stale.code, 3);
  assert.match(stale.err, /version 2/);
  assert.equal(mamori('notice', 'publish', '--version', '2').code, 0);
  const versions = mamori('notice', 'versions').out.trim().split('\n');
  assert.deepEqual(
    versions.map((line) => line.split('\t')[0]),
    ['2', '1'],
  );
  assert.match(mamori('evidence', 'list', '--type', 'notice').out, /notice\s+cli:tester/);
});
