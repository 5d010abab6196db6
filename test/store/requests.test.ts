import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import type { PrivacyRequest, RequestEvent } from '../../src/core/requests/privacy-request.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const request = (id: string, due: string, extra: Partial<PrivacyRequest> = {}): PrivacyRequest => ({
  id,
  trackingCode: `CODE-${id}`,
  channel: 'privacy-center',
  operator: 'op-a',
  type: 'disclosure',
  status: 'received',
  requester: {
    kind: 'agent',
    agentKind: 'attorney',
    identity: { kind: 'name-birth', name: '髙橋 花子', birthDate: '1990-04-01' },
    contact: { email: 'hanako@example.jp' },
    subjectId: 'staff-1',
  },
  replyMethod: 'electronic',
  details: { note: '日本語のメモ' },
  receivedAt: new Date('2026-04-01T01:00:00.123Z'),
  dueAt: new Date(due),
  fee: { amount: 1000, deadline: new Date('2026-04-15T14:59:59.999Z') },
  duplicateKey: 'dup-1',
  updatedAt: new Date('2026-04-01T01:00:00.123Z'),
  version: 1,
  ...extra,
});
const event = (requestId: string, seq: number, to: PrivacyRequest['status']): RequestEvent => ({
  requestId,
  seq,
  at: new Date('2026-04-01T01:00:00Z'),
  actor: 'hana',
  action: 'step',
  to,
  ...(seq > 1 ? { from: 'received' as const, note: { n: seq } } : {}),
});

for (const dialect of testDialects()) {
  describe(`requests on ${dialect.kind}`, () => {
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

    test('round-trip; tracking code and duplicate lookups; stable list order with filters', async () => {
      const a = request('a', '2026-04-15T14:59:59.999Z');
      const b = request('b', '2026-04-10T14:59:59.999Z', { operator: 'op-b', duplicateKey: 'dup-2' });
      const c = request('c', '2026-04-10T14:59:59.999Z', {
        status: 'closed',
        closedAt: new Date('2026-04-09T00:00:00Z'),
      });
      for (const r of [a, b, c]) await store.requests.create(r, event(r.id, 1, r.status));
      assert.deepEqual(await store.requests.get('a'), a);
      assert.deepEqual(await store.requests.byTrackingCode('CODE-b'), b);
      assert.deepEqual(
        (await store.requests.findByDuplicateKey('dup-1', new Date('2026-03-01T00:00:00Z'))).map((r) => r.id),
        ['c', 'a'],
      );
      assert.equal((await store.requests.findByDuplicateKey('dup-1', new Date('2026-05-01T00:00:00Z'))).length, 0);
      const all = await store.requests.list({}, { limit: 10, offset: 0 });
      assert.deepEqual(
        all.items.map((r) => r.id),
        ['b', 'c', 'a'],
      );
      assert.equal(all.total, 3);
      const mine = await store.requests.list({ operators: ['op-a'], status: ['received'] }, { limit: 10, offset: 0 });
      assert.deepEqual(
        mine.items.map((r) => r.id),
        ['a'],
      );
      const overdue = await store.requests.list(
        { status: ['received'], dueBefore: new Date('2026-04-12T00:00:00Z') },
        { limit: 10, offset: 0 },
      );
      assert.deepEqual(
        overdue.items.map((r) => r.id),
        ['b'],
      );
      assert.equal((await store.requests.list({ operators: [] }, { limit: 10, offset: 0 })).total, 0);
    });

    test('an update applies once per version and writes its event in the same transaction', async () => {
      const a = (await store.requests.get('a')) as PrivacyRequest;
      const next = { ...a, status: 'identity-check' as const, version: 2, identityVerifiedBy: 'hana' };
      const [first, second] = await Promise.all([
        store.requests.update(next, 1, event('a', 2, 'identity-check')),
        store.requests.update({ ...next, reviewedBy: 'x' }, 1, event('a', 2, 'identity-check')).catch(() => false),
      ]);
      assert.deepEqual([first, second].sort(), [false, true]);
      assert.equal((await store.requests.get('a'))?.version, 2);
      assert.deepEqual(
        (await store.requests.events('a')).map((e) => [e.seq, e.to, e.note]),
        [
          [1, 'received', undefined],
          [2, 'identity-check', { n: 2 }],
        ],
      );
    });

    test('documents keep their bytes until purged; deliveries count downloads up to the limit, revocable', async () => {
      const content = new Uint8Array([0, 255, 1, 128]);
      const doc = {
        id: 'd1',
        requestId: 'a',
        kind: 'identity' as const,
        fileName: 'id.png',
        mediaType: 'image/png',
        content,
        encrypted: false,
        uploadedAt: new Date('2026-04-02T00:00:00Z'),
      };
      await store.requests.addDocument(doc);
      assert.deepEqual(await store.requests.documents('a'), [doc]);
      const delivery = {
        id: 'v1',
        requestId: 'a',
        kind: 'download' as const,
        tokenHash: 'th',
        allowedPersonHash: 'ph',
        expiresAt: new Date('2026-05-01T00:00:00Z'),
        maxDownloads: 2,
        downloads: 0,
        createdAt: new Date('2026-04-20T00:00:00Z'),
        createdBy: 'ken',
      };
      await store.requests.addDelivery(delivery);
      assert.deepEqual(await store.requests.deliveryByTokenHash('th'), delivery);
      const counted = await Promise.all([1, 2, 3].map(() => store.requests.countDownload('v1')));
      assert.equal(counted.filter(Boolean).length, 2);
      await store.requests.addDownloadEvent({
        deliveryId: 'v1',
        at: new Date('2026-04-21T00:00:00Z'),
        outcome: 'downloaded',
        address: '192.0.2.1',
      });
      assert.deepEqual(await store.requests.downloadEvents('a'), [
        { deliveryId: 'v1', at: new Date('2026-04-21T00:00:00Z'), outcome: 'downloaded', address: '192.0.2.1' },
      ]);
      assert.equal(await store.requests.revokeDelivery('v1', new Date('2026-04-22T00:00:00Z')), true);
      assert.equal(await store.requests.revokeDelivery('v1', new Date('2026-04-23T00:00:00Z')), false);
      const paper = {
        ...delivery,
        id: 'v2',
        kind: 'paper' as const,
        maxDownloads: 0,
        dispatch: { method: 'post', at: new Date('2026-04-22T00:00:00Z') },
      };
      const { tokenHash: _t, allowedPersonHash: _p, expiresAt: _e, ...paperOnly } = paper;
      await store.requests.addDelivery(paperOnly);
      assert.deepEqual((await store.requests.deliveries('a')).at(-1), paperOnly);
      assert.equal(await store.requests.purgeDocuments('a'), 1);
      assert.deepEqual(await store.requests.documents('a'), []);
    });
  });
}
