// The privacy center's tables on every dialect: notice publications (once per ledger version, oldest first,
// exact times), preference links by token hash, and one random subject id per e-mail digest even when two
// requests create it at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

for (const dialect of testDialects()) {
  describe(`privacy center tables on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('notice publications round-trip in order and a version is published once', async () => {
      const second = {
        ledgerVersion: 2,
        publishedAt: new Date('2026-05-01T00:00:00.123Z'),
        publishedBy: 'user:a',
        comment: '',
      };
      const first = {
        ledgerVersion: 1,
        publishedAt: new Date('2026-04-01T09:00:00Z'),
        publishedBy: 'cli:b',
        comment: '初版',
      };
      await store.noticePublications.add(second);
      await store.noticePublications.add(first);
      assert.deepEqual(await store.noticePublications.list(), [first, second]);
      await assert.rejects(store.noticePublications.add({ ...first, publishedAt: new Date() }), {
        code: 'CONFLICT',
      });
    });

    test('links are found by token hash; a digest keeps its first subject id, also under a race', async () => {
      const link = {
        tokenHash: 'f'.repeat(64),
        emailDigest: 'd'.repeat(64),
        lang: 'en' as const,
        createdAt: new Date('2026-04-01T00:00:00Z'),
        expiresAt: new Date('2026-04-02T00:00:00Z'),
      };
      await store.preferences.addLink(link);
      assert.deepEqual(await store.preferences.findLink(link.tokenHash), link);
      assert.equal(await store.preferences.findLink('0'.repeat(64)), undefined);
      assert.equal(await store.preferences.purgeLinks(link.expiresAt), 0, 'not yet expired before its expiry');
      assert.equal(await store.preferences.purgeLinks(new Date('2026-04-03T00:00:00Z')), 1);
      assert.equal(await store.preferences.findLink(link.tokenHash), undefined);
      assert.equal(await store.preferences.findSubject(link.emailDigest), undefined);
      const ids = await Promise.all(
        ['pc-a', 'pc-b', 'pc-c'].map((id) => store.preferences.subjectFor(link.emailDigest, id, new Date())),
      );
      assert.equal(new Set(ids).size, 1, `one id wins: ${ids.join(', ')}`);
      assert.equal(await store.preferences.findSubject(link.emailDigest), ids[0]);
      assert.equal(await store.preferences.subjectFor(link.emailDigest, 'pc-z', new Date()), ids[0]);
    });
  });
}
