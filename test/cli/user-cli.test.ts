import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/mamori.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamori-user-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mamori(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, MAMORI_DATA: join(dir, 'data'), MAMORI_AUTHOR: 'tester' };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('user add prints a temporary password once; list shows accounts without secrets', () => {
  const added = mamori('user', 'add', '--email', 'Hanako@Example.test', '--role', 'privacy-staff', '--all-operators');
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /^created hanako@example\.test \([0-9a-f-]{36}\): privacy-staff; all operators$/m);
  const password = /^temporary password: (\S+)$/m.exec(added.out)?.[1] ?? '';
  assert.ok(password.length >= 24);
  const scoped = mamori(
    'user',
    'add',
    '--email',
    'taro@example.test',
    '--role',
    'auditor,request-handler',
    '--operator',
    'op-a',
    '--json',
  );
  assert.equal(scoped.code, 0, scoped.err);
  assert.equal(JSON.parse(scoped.out).email, 'taro@example.test');

  const list = mamori('user', 'list', '--json');
  assert.equal(list.code, 0, list.err);
  const users = JSON.parse(list.out);
  assert.deepEqual(
    users.map((u: { email: string; roles: string[]; operators: unknown; mustChangePassword: boolean }) => [
      u.email,
      u.roles,
      u.operators,
      u.mustChangePassword,
    ]),
    [
      ['hanako@example.test', ['privacy-staff'], 'all', true],
      ['taro@example.test', ['auditor', 'request-handler'], ['op-a'], true],
    ],
  );
  assert.ok(!list.out.includes(password) && !list.out.includes('argon2'), 'no password, no hash');
  const text = mamori('user', 'list');
  assert.match(
    text.out,
    /hanako@example\.test {2}privacy-staff {2}operators:all {2}active no-mfa must-change-password/,
  );
});

test('user add refuses duplicates and unknown roles', () => {
  const again = mamori('user', 'add', '--email', 'hanako@example.test', '--role', 'auditor', '--all-operators');
  assert.equal(again.code, 3, 'CONFLICT');
  assert.match(again.err, /exists/);
  const role = mamori('user', 'add', '--email', 'x@example.test', '--role', 'superuser', '--all-operators');
  assert.equal(role.code, 64);
  assert.match(role.err, /administrator, privacy-staff/);
});

test('user disable and reset-mfa', () => {
  const reset = mamori('user', 'reset-mfa', 'hanako@example.test');
  assert.equal(reset.code, 0, reset.err);
  assert.match(reset.out, /reset the second factor of hanako@example\.test; 0 session\(s\) ended/);
  const disabled = mamori('user', 'disable', 'taro@example.test');
  assert.equal(disabled.code, 0, disabled.err);
  assert.match(mamori('user', 'list').out, /taro@example\.test .* disabled/);
  assert.equal(mamori('user', 'disable', 'nobody@example.test').code, 2, 'NOT_FOUND');
});

test('token create prints the token once; list shows scope, never the value; revoke', () => {
  const created = mamori('token', 'create', '--name', 'ci-import', '--expires-days', '7');
  assert.equal(created.code, 0, created.err);
  const token = created.out.trim().split('\n').at(-1) ?? '';
  assert.match(token, /^mmr_/);
  const id = /\(([0-9a-f-]{36})\)/.exec(created.out)?.[1] ?? '';
  const list = mamori('token', 'list');
  assert.match(list.out, new RegExp(`${id} {2}ci-import {2}active`));
  assert.ok(!list.out.includes(token));
  assert.equal(mamori('token', 'revoke', id).code, 0);
  assert.match(mamori('token', 'list').out, /ci-import {2}revoked/);
  assert.equal(mamori('token', 'create', '--name', 'x', '--expires-days', '999').code, 1, 'at most a year');
});
