// npm start with MAMORI_TLS_CERT and MAMORI_TLS_KEY serves HTTPS (a self-signed certificate made with openssl);
// cookies are then Secure with the __Host- prefix, and field encryption's key file is created private.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-tls-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function selfSigned(): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

/** A request that trusts the test's own certificate (and only it). */
function call(
  url: string,
  ca: Buffer,
  init: { method: string; body?: string },
): Promise<{ status: number; cookies: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method, ca, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cookies: res.headers['set-cookie'] ?? [], body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

test('npm start serves HTTPS with a certificate and key; the session cookies are Secure and __Host-', async () => {
  const tls = selfSigned();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MAMORI_DATA: dir,
    PORT: '0',
    HOST: '127.0.0.1',
    MAMORI_NO_DEMO: '1',
    MAMORI_TLS_CERT: tls.cert,
    MAMORI_TLS_KEY: tls.key,
  };
  delete env.DATABASE_URL;
  delete env.MAMORI_MASTER_KEY;
  delete env.MAMORI_KEYS_FILE;
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
    const url = /running at (https:\/\/\S+)\//.exec(out)?.[1]?.replace('localhost', '127.0.0.1');
    assert.ok(url, out);
    const match = /first start: administrator (\S+) {2}password (\S+)/.exec(out);
    assert.ok(match, out);
    const ca = readFileSync(tls.cert);
    assert.equal((await call(`${url}/health`, ca, { method: 'GET' })).status, 200);
    const login = await call(`${url}/api/v1/auth/login`, ca, {
      method: 'POST',
      body: JSON.stringify({ email: match[1], password: match[2] }),
    });
    assert.equal(login.status, 200, login.body);
    assert.equal(login.cookies.length, 2);
    for (const cookie of login.cookies) {
      assert.match(cookie, /^__Host-mamori_(session|csrf)=/);
      assert.match(cookie, /; Secure/);
      assert.match(cookie, /SameSite=Strict/);
    }
    await assert.rejects(call(`${url}/health`, Buffer.from(''), { method: 'GET' }), /self.signed|certificate/i);
    assert.equal(statSync(join(dir, 'keys.json')).mode & 0o777, 0o600, 'master key file created private');
    assert.match(out, /field encryption master keys: .*keys\.json/);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});
