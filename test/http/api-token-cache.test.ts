// Bearer tokens are looked up through a short-lived cache (src/http/auth/cached-api-tokens.ts): a revocation
// made elsewhere (another API node, the CLI) takes effect within API_TOKEN_CACHE_MS, one made through this node
// at once, and the cache saves the lookup for the requests in between.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { API_TOKEN_CACHE_MS, CachedApiTokens } from '../../src/http/auth/cached-api-tokens.ts';
import { type AuthTestApp, createApiToken, createUserAndLogin, openAuthTestApp } from '../support/http-auth.ts';

let t: AuthTestApp;
before(async () => {
  t = await openAuthTestApp();
});
after(() => t.close());

test('a token revoked by another node stops working here within the cache bound', async () => {
  const admin = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const issued = await createApiToken(t.app, admin, { name: 'elsewhere' });
  const me = () => t.call('GET', '/api/v1/auth/me', { headers: issued.headers });
  assert.equal((await me()).status, 200);
  // Straight in the database, as another node or `mamori token revoke` would: this app's cache is not told.
  assert.equal(await t.store.apiTokens.revoke(issued.id, t.clock.now()), true);
  t.clock.advance(API_TOKEN_CACHE_MS);
  assert.equal((await me()).status, 401, 'still accepted after the documented bound');
});

test('lookups within the bound are served from the cache; revoke and touch go through and update it', async () => {
  let lookups = 0;
  let at = 0;
  const inner = t.store.apiTokens;
  const counting: typeof inner = {
    create: (token) => inner.create(token),
    get: (id) => inner.get(id),
    list: () => inner.list(),
    revoke: (id, revokedAt) => inner.revoke(id, revokedAt),
    touch: (id, touchedAt) => inner.touch(id, touchedAt),
    findByTokenHash: (hash) => {
      lookups++;
      return inner.findByTokenHash(hash);
    },
  };
  const cache = new CachedApiTokens(counting, { now: () => new Date(at) }, 1000);
  const admin = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const issued = await createApiToken(t.app, admin, { name: 'cached' });
  const stored = await inner.get(issued.id);
  assert.ok(stored);
  assert.equal((await cache.findByTokenHash(stored.tokenHash))?.id, issued.id);
  at = 999;
  await cache.touch(issued.id, new Date('2026-04-01T09:05:00Z'));
  assert.deepEqual((await cache.findByTokenHash(stored.tokenHash))?.lastUsedAt, new Date('2026-04-01T09:05:00Z'));
  assert.equal(lookups, 1);
  at = 1000;
  await cache.findByTokenHash(stored.tokenHash);
  assert.equal(lookups, 2, 'looked up again once the bound has passed');
  assert.equal(await cache.revoke(issued.id, new Date('2026-04-01T09:06:00Z')), true);
  assert.ok((await cache.findByTokenHash(stored.tokenHash))?.revokedAt, 'a revocation here is seen at once');
  assert.equal(lookups, 3);
  assert.equal(await cache.findByTokenHash('0'.repeat(64)), undefined);
  assert.equal(await cache.findByTokenHash('0'.repeat(64)), undefined);
  assert.equal(lookups, 5, 'unknown tokens are not remembered');
});

test('a lookup in flight while the token is revoked here does not put the unrevoked row back', async () => {
  const inner = t.store.apiTokens;
  let release: () => void = () => undefined;
  let holdNext = false;
  const slow: typeof inner = {
    create: (token) => inner.create(token),
    get: (id) => inner.get(id),
    list: () => inner.list(),
    revoke: (id, revokedAt) => inner.revoke(id, revokedAt),
    touch: (id, touchedAt) => inner.touch(id, touchedAt),
    findByTokenHash: async (hash) => {
      const row = await inner.findByTokenHash(hash);
      // The row is read before the revocation, and answered after it.
      if (holdNext) await new Promise<void>((resolve) => (release = resolve));
      return row;
    },
  };
  const cache = new CachedApiTokens(slow, { now: () => new Date(0) }, 60_000);
  const admin = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const issued = await createApiToken(t.app, admin, { name: 'raced' });
  const stored = await inner.get(issued.id);
  assert.ok(stored);
  holdNext = true;
  const inFlight = cache.findByTokenHash(stored.tokenHash);
  await new Promise((resolve) => setTimeout(resolve, 20));
  holdNext = false;
  await cache.revoke(issued.id, new Date('2026-04-01T09:06:00Z'));
  release();
  assert.equal((await inFlight)?.revokedAt, undefined, 'the in-flight answer was read before the revocation');
  assert.ok((await cache.findByTokenHash(stored.tokenHash))?.revokedAt, 'but it was not cached: the next use sees it');
});
