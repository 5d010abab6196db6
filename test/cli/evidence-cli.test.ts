import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadEvidenceKey } from '../../src/app/evidence-key.ts';
import { openStore } from '../../src/store/open-store.ts';
import { events, openRaw } from '../store/evidence-support.ts';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-evidence-cli-'));
const data = join(dir, 'data');
const sqlite = { kind: 'sqlite', path: join(data, 'mamori.sqlite') } as const;

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: data, MAMORI_AUTHOR: 'operator-1' };
  delete env.DATABASE_URL;
  delete env.MAMORI_EVIDENCE_KEY;
  delete env.MAMORI_EVIDENCE_KEY_FILE;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

before(async () => {
  // The key the server would create on first start, then some evidence written through the store.
  const key = loadEvidenceKey({}, data);
  const store = await openStore(sqlite, {
    evidence: { signingKey: key.signing, checkpoints: { entries: 10, seconds: 3600 } },
  });
  for (let batch = 0; batch < 5; batch++) await store.evidence.appendMany(events(batch * 8 + 1, 8));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('public-key prints the PEM and key id; the private key file is 0600', () => {
  const r = mamori('evidence', 'public-key');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# key id [0-9a-f]{64}/);
  assert.match(r.out, /-----BEGIN PUBLIC KEY-----/);
  assert.equal(statSync(join(data, 'evidence-signing-key.pem')).mode & 0o777, 0o600);
  writeFileSync(join(dir, 'public.pem'), r.out.split('\n').slice(1).join('\n'));
});

test('verify checks the whole log; list shows entries', () => {
  const r = mamori('evidence', 'verify');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ok: entries 1-40 verified \(40 entries, anchored at genesis\)/);
  const json = JSON.parse(mamori('evidence', 'verify', '--from', '5', '--to', '9', '--json').out);
  assert.deepEqual([json.ok, json.entries, json.anchor], [true, 5, 'previous-entry']);
  assert.match(
    mamori('evidence', 'list', '--type', 'read', '--limit', '2').out,
    /^\s+2 .* read\s+svc-payroll\s+p-2\n\s+4 /,
  );
  assert.equal(mamori('evidence', 'verify', '--from', 'x').code, 64);
});

test('export writes a file that verify-export checks offline; a modified file fails naming the entry', () => {
  const out = join(dir, 'export.jsonl');
  const r = mamori('evidence', 'export', '--from', '3', '--to', '25', '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /exported entries 3-\d+/);
  const ok = mamori('evidence', 'verify-export', out, '--public-key', join(dir, 'public.pem'));
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /^ok: entries 3-\d+/);
  const lines = readFileSync(out, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith('{"kind":"entry","seq":11,'));
  lines[i] = (lines[i] as string).replace('"actor":"svc-payroll"', '"actor":"svc-other"');
  const bad = join(dir, 'tampered.jsonl');
  writeFileSync(bad, lines.join('\n'));
  const failed = mamori('evidence', 'verify-export', bad, '--public-key', join(dir, 'public.pem'));
  assert.equal(failed.code, 1);
  assert.match(failed.err, /FAILED at entry 11 \(edited\)/);
});

test('archive exports, logs and removes a range; verify then starts at its checkpoint', () => {
  const out = join(dir, 'archive-1-16.jsonl');
  const r = mamori('evidence', 'archive', '--through', '16', '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /archived entries 1-16 \(16 removed\)/);
  assert.equal(mamori('evidence', 'verify-export', out, '--public-key', join(dir, 'public.pem')).code, 0);
  const v = mamori('evidence', 'verify');
  assert.equal(v.code, 0, v.err);
  assert.match(v.out, /^ok: entries 17-41 verified \(25 entries, anchored at archive-checkpoint\)/);
  assert.match(mamori('evidence', 'list', '--type', 'archival').out, /41 .* archival\s+operator-1/);
});

test("verify names an entry edited behind Mamori's back and exits 1", async () => {
  const raw = await openRaw(sqlite);
  try {
    await raw.bypassingTriggers(() =>
      raw.query(`UPDATE evidence_entries SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 30`).then(),
    );
  } finally {
    await raw.close();
  }
  const r = mamori('evidence', 'verify');
  assert.equal(r.code, 1);
  assert.match(r.err, /FAILED at entry 30 \(edited\)/);
  assert.ok(!r.err.includes('    at '), 'no stack trace');
});

test('verify on a machine without the signing key trusts --public-key and creates no key', () => {
  const elsewhere = join(dir, 'elsewhere');
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: elsewhere, MAMORI_EVIDENCE_KEY_FILE: '' };
  delete env.DATABASE_URL;
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  const none = run('evidence', 'verify');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no evidence key/);
  assert.equal(existsSync(join(elsewhere, 'evidence-signing-key.pem')), false);
  // The shared database (copied here, as another machine would reach it) verifies with the published key alone.
  writeFileSync(join(elsewhere, 'mamori.sqlite'), readFileSync(join(data, 'mamori.sqlite')));
  const withKey = run('evidence', 'verify', '--to', '25', '--public-key', join(dir, 'public.pem'));
  assert.equal(withKey.status, 0, withKey.stderr);
  assert.match(withKey.stdout, /^ok: entries 17-25/);
  assert.equal(existsSync(join(elsewhere, 'evidence-signing-key.pem')), false);
});
