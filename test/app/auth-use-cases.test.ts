// The authentication use cases below HTTP: argon2id hashing, the operators' password policies from the ledger,
// generated passwords, bootstrap, recovery codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { bootstrapAdministrator } from '../../src/app/auth/bootstrap-administrator.ts';
import { createUser } from '../../src/app/auth/create-user.ts';
import { ARGON2_PARAMS, argon2Hasher, TEST_ARGON2_PARAMS } from '../../src/app/auth/password-hasher.ts';
import { passwordPolicyFor } from '../../src/app/auth/password-policy-for.ts';
import { hashRecoveryCode, newRecoveryCodes } from '../../src/app/auth/recovery-codes.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import type { Store } from '../../src/app/ports.ts';
import { AppError } from '../../src/core/app-error.ts';
import { openStore } from '../../src/store/open-store.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';

const MINIMAL = readFileSync(new URL('../fixtures/minimal-ledger.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mamori-auth-app-'));
const clock = { now: () => new Date('2026-04-01T09:00:00Z') };
const hasher = argon2Hasher(TEST_ARGON2_PARAMS);
let store: Store;
let deps: { store: Store; clock: typeof clock; evidence: MemoryEvidenceLog; hasher: typeof hasher };

before(async () => {
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  deps = { store, clock, evidence: new MemoryEvidenceLog(), hasher };
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('argon2id with the stated parameters; the whole password counts, never truncated', async () => {
  const production = argon2Hasher();
  const password = `${'x9#Q'.repeat(24)}abcd`;
  assert.equal([...password].length, 100);
  const hash = await production.hash(password);
  const { memoryCost: m, timeCost: t, parallelism: p } = ARGON2_PARAMS;
  const params = Object.fromEntries((hash.split('$')[3] ?? '').split(',').map((kv) => kv.split('=')));
  assert.ok(hash.startsWith('$argon2id$v=19$'), hash);
  assert.deepEqual(params, { m: String(m), t: String(t), p: String(p) });
  assert.equal(await production.verify(hash, password), true);
  assert.equal(await production.verify(hash, `${password.slice(0, 99)}e`), false, 'the 100th character counts');
  assert.equal(await production.verify(hash, password.slice(0, 99)), false);
  assert.notEqual(await production.hash(password), hash, 'salted');
  assert.equal(production.needsRehash(hash), false);
  assert.equal(production.needsRehash(await hasher.hash(password)), true, 'cheaper hashes are redone at login');
  assert.equal(await production.verify('not a hash', password), false);
});

test('passwords are compared as NFKC (full-width input is the same password)', async () => {
  const hash = await hasher.hash('Ｐａｓｓ１２３！ｘＫ９＃ｍＱ');
  assert.equal(await hasher.verify(hash, 'Pass123!xK9#mQ'), true);
});

test("an operator's password policy in the ledger applies to its accounts; several operators: the strictest", async () => {
  assert.equal((await passwordPolicyFor(store, 'all')).minLength, 15, 'no ledger yet: the default');
  const ledger = MINIMAL.replace(
    '    businessLines: [staffing]\n',
    '    businessLines: [staffing]\n    passwordPolicy: {minLength: 20, requireSymbol: false}\n',
  );
  await importLedger({ store, clock }, { sources: [{ file: 'ledger.yaml', text: ledger }], author: 't', comment: 't' });
  const policy = await passwordPolicyFor(store, ['op']);
  assert.deepEqual([policy.minLength, policy.requireSymbol, policy.requireDigit], [20, false, true]);
  const account = { roles: ['auditor' as const], operators: ['op'], actor: 'test' };
  await assert.rejects(
    createUser(deps, { ...account, email: 'short@example.test', password: 'xK9#mQ2$vL7&pR4w' }),
    (e: unknown) => e instanceof AppError && e.issues.map((i) => i.code).join() === 'too-short',
  );
  const { user, password } = await createUser(deps, {
    ...account,
    email: 'long@example.test',
    password: 'xK9pmQ2kvL7wpR4wzT3n',
  });
  assert.equal(password, undefined, 'a given password is never echoed');
  assert.equal(user.mustChangePassword, false);
});

test('accounts: generated passwords are long, returned once and must be changed; bad input is refused', async () => {
  const { user, password } = await createUser(deps, {
    email: ' New.Person@Example.TEST ',
    roles: ['request-handler'],
    operators: 'all',
    actor: 'test',
  });
  assert.equal(user.email, 'new.person@example.test');
  assert.ok(password && password.length >= 24);
  assert.equal(user.mustChangePassword, true);
  assert.equal(await hasher.verify(user.passwordHash, password), true);
  const refuse = (input: object, path: string) =>
    assert.rejects(
      createUser(deps, { email: 'x@example.test', roles: ['auditor'], operators: 'all', actor: 't', ...input }),
      (e: unknown) => e instanceof AppError && e.issues[0]?.path === path,
    );
  await refuse({ email: 'no-at-sign' }, 'email');
  await refuse({ roles: [] }, 'roles');
  await refuse({ roles: ['application'] }, 'roles');
  await refuse({ operators: [] }, 'operators');
  const event = deps.evidence.events.find((e) => e.payload.action === 'user-created');
  assert.ok(event && !JSON.stringify(event).includes('@'), 'evidence names the account by id only');
});

test('bootstrap creates one administrator even when two nodes start at once', async () => {
  const dir2 = mkdtempSync(join(tmpdir(), 'mamori-bootstrap-'));
  const fresh = await openStore({ kind: 'sqlite', path: join(dir2, 'mamori.sqlite') });
  try {
    const d = { ...deps, store: fresh };
    const results = await Promise.all([bootstrapAdministrator(d), bootstrapAdministrator(d)]);
    assert.equal(results.filter((r) => r !== undefined).length, 1);
    const [admin] = await fresh.users.list();
    assert.deepEqual([admin?.roles, admin?.operators, admin?.mustChangePassword], [['administrator'], 'all', true]);
    assert.equal(await bootstrapAdministrator(d), undefined);
  } finally {
    await fresh.close();
    rmSync(dir2, { recursive: true, force: true });
  }
});

test('recovery codes: 80 random bits each, stored as salted SHA-256, forgiving about case and dashes', () => {
  const codes = newRecoveryCodes();
  assert.equal(codes.length, 10);
  assert.equal(new Set(codes).size, 10);
  for (const code of codes) assert.match(code, /^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
  const code = codes[0] as string;
  const hash = hashRecoveryCode('u1', code);
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.ok(!hash.includes(code.replace(/-/g, '')));
  assert.equal(hashRecoveryCode('u1', code.toUpperCase().replace(/-/g, ' ')), hash);
  assert.notEqual(hashRecoveryCode('u2', code), hash, 'bound to the account');
});
