// The retention repository on every store dialect: legal holds, one active job across nodes, leases that fence a
// node whose claim was taken over, batches recorded before and after they run, certificates chained to evidence.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import type { NewDisposalJob, StoredCertificate } from '../../src/app/retention/retention-ports.ts';
import { EMPTY_DIGEST } from '../../src/core/retention/disposal-certificate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const at = (s: number) => new Date(Date.UTC(2026, 3, 1, 0, 0, s));
const job = (id: string): NewDisposalJob => ({
  id,
  requestedBy: 'privacy-officer',
  createdAt: at(0),
  asOf: '2026-04-01',
  ledgerVersion: 1,
  systems: ['hr-database'],
  targets: [],
  progress: [{ state: 'pending', disposed: 0, batches: 0, cursor: null, keysSha256: EMPTY_DIGEST }],
  holds: [],
});

for (const dialect of testDialects()) {
  describe(`retention store (${dialect.kind})`, () => {
    let database: TestDatabase;
    let store: Store;
    let other: Store;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
      other = await openStore(database.config);
    });
    after(async () => {
      await other?.close();
      await store?.close();
      await database?.drop();
    });

    test('holds are placed with their evidence, listed while active, released once', async () => {
      const hold = {
        id: 'hold-1',
        scope: { kind: 'person' as const, subject: 'case-7' },
        reason: 'litigation',
        owner: 'legal',
        placedBy: 'u1',
        placedAt: at(1),
      };
      const head = (await store.evidence.head()).seq;
      await store.retention.addHold(hold, new Uint8Array([1, 2, 3]), [
        { type: 'disposal', actor: 'u1', at: at(1), payload: { event: 'hold-placed', hold: 'hold-1' } },
      ]);
      assert.equal((await store.evidence.head()).seq, head + 1);
      assert.deepEqual(await store.retention.holdIdentity('hold-1'), new Uint8Array([1, 2, 3]));
      assert.deepEqual(
        (await store.retention.holds({ active: true })).map((h) => h.id),
        ['hold-1'],
      );
      const released = { by: 'u2', at: at(2), reason: 'case closed' };
      assert.equal(await store.retention.releaseHold('hold-1', released, []), true);
      assert.equal(await store.retention.releaseHold('hold-1', released, []), false, 'already released');
      assert.deepEqual(await store.retention.holds({ active: true }), []);
      assert.deepEqual((await store.retention.hold('hold-1'))?.released, released);
    });

    test('one active job across nodes; a lease fences off the node whose claim was taken over', async () => {
      await store.retention.createJob(job('job-1'), []);
      await assert.rejects(other.retention.createJob(job('job-2'), []), (e: Error & { code?: string }) => {
        assert.equal(e.code, 'CONFLICT');
        assert.match(e.message, /job-1/);
        return true;
      });
      const a = await store.retention.claim('job-1', 'node-a', at(10), 5000);
      assert.equal(a?.epoch, 1);
      assert.equal(await other.retention.claim('job-1', 'node-b', at(12), 5000), undefined, 'lease still valid');
      await store.retention.beginBatch(
        a!,
        { jobId: 'job-1', seq: 1, target: 0, keys: [1, 2, 3], keysSha256: 'd1' },
        at(20),
      );
      assert.equal(
        await other.retention.claim('job-1', 'node-b', at(18), 5000),
        undefined,
        'the batch renewed the lease',
      );
      const b = await other.retention.claim('job-1', 'node-b', at(21), 5000);
      assert.equal(b?.epoch, 2, 'expired: node b takes over');
      const progress = [{ state: 'pending' as const, disposed: 3, batches: 1, cursor: 3, keysSha256: 'x' }];
      await assert.rejects(store.retention.completeBatch(a!, 1, 3, progress), { code: 'CONFLICT' }, 'node a is fenced');
      const pending = await other.retention.pendingBatch('job-1');
      assert.deepEqual(pending?.keys, [1, 2, 3]);
      await other.retention.completeBatch(b!, 1, 3, progress);
      assert.equal(await other.retention.pendingBatch('job-1'), undefined);
      assert.deepEqual((await store.retention.job('job-1'))?.progress, progress);
      assert.equal(await store.retention.batchCount('job-1'), 1);
      assert.equal(await store.retention.requestCancel('job-1'), true);
      assert.equal((await store.retention.job('job-1'))?.cancelRequested, true);

      const certificate: StoredCertificate = {
        id: 'cert-job-1',
        kind: 'run',
        jobId: 'job-1',
        issuedAt: at(30),
        body: {
          id: 'cert-job-1',
          kind: 'run',
          jobId: 'job-1',
          status: 'cancelled',
          asOf: '2026-04-01',
          ledgerVersion: 1,
          requestedBy: 'privacy-officer',
          executedBy: 'node-b',
          startedAt: at(10).toISOString(),
          finishedAt: at(30).toISOString(),
          targets: [],
          holds: [],
          totals: { planned: 0, disposed: 3, held: 0, remaining: 0 },
          verification: { ok: true, method: 're-query', checkedAt: at(30).toISOString() },
        },
        bodySha256: 'b'.repeat(64),
        pdf: new Uint8Array([37, 80, 68, 70]),
        pdfSha256: 'c'.repeat(64),
      };
      const evidence = [
        { type: 'disposal' as const, actor: 'privacy-officer', subject: 'cert-job-1', at: at(30), payload: { n: 3 } },
      ];
      const head = (await store.evidence.head()).seq;
      await assert.rejects(store.retention.finishJob(a!, { status: 'cancelled', certificate, now: at(30) }, evidence), {
        code: 'CONFLICT',
      });
      assert.equal((await store.evidence.head()).seq, head, 'a fenced finish records no evidence');
      await other.retention.finishJob(b!, { status: 'cancelled', certificate, now: at(30) }, evidence);
      assert.equal((await store.evidence.head()).seq, head + 1);
      const finished = (await store.retention.job('job-1'))!;
      assert.equal(finished.status, 'cancelled');
      assert.equal(finished.certificateId, 'cert-job-1');
      assert.equal(finished.lease, undefined);
      assert.deepEqual((await store.retention.certificate('cert-job-1'))?.pdf, certificate.pdf);
      assert.deepEqual(
        (await store.retention.certificates(5)).map((c) => c.id),
        ['cert-job-1'],
      );
      assert.equal(await store.retention.activeJob(), undefined);
      await other.retention.createJob(job('job-2'), []);
      assert.equal((await store.retention.activeJob())?.id, 'job-2', 'a new job once the first is over');
    });
  });
}
