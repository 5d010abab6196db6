// npm start on an empty data directory creates one administrator and prints its password once; the next start
// prints nothing, and the password must be changed before the account can do anything.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-start-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the server, waits until it says where it runs, returns what it printed and its URL, then stops it. */
async function start(work: (url: string) => Promise<void> = async () => {}): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MAMORI_DATA: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    MAMORI_NO_DEMO: '1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  try {
    const deadline = Date.now() + 30_000;
    while (!/ {2}API: /.test(out)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await work(/running at (http:\/\/\S+)\//.exec(out)?.[1] ?? '');
    return out;
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

test('the first start prints the bootstrap administrator once; it must change the password first', async () => {
  const first = await start();
  const match = /first start: administrator (\S+) {2}password (\S+)/.exec(first);
  assert.ok(match, first);
  const [, email, password] = match as unknown as [string, string, string];
  assert.equal(email, 'admin@mamori.local');

  const second = await start(async (url) => {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { stage: string }).stage, 'password-change-required');
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    assert.equal((await fetch(`${url}/api/v1/ledger`, { headers: { cookie } })).status, 401);
  });
  assert.doesNotMatch(second, /password/, 'printed only once');
});
