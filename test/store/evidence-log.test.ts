import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../src/app/ports.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { AppError } from '../../src/core/app-error.ts';
import { verifyCheckpoint } from '../../src/core/evidence/checkpoint.ts';
import { GENESIS_HASH } from '../../src/core/evidence/evidence-entry.ts';
import { type OpenStoreOptions, openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { event, events, keysOf, newSigningKey, openRaw } from './evidence-support.ts';

const key = newSigningKey();
const keys = keysOf(key);

for (const dialect of testDialects()) {
  describe(`evidence log on ${dialect.kind}`, () => {
    let database: TestDatabase;
    const stores: Store[] = [];
    const open = async (
      options: OpenStoreOptions = { evidence: { signingKey: key, checkpoints: { entries: 10, seconds: 3600 } } },
    ) => {
      const store = await openStore(database.config, options);
      stores.push(store);
      return store;
    };

    beforeEach(async () => {
      database = await dialect.createDatabase();
    });
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      await database.drop();
    });

    test('an empty log verifies and has the genesis head', async () => {
      const store = await open();
      assert.deepEqual(await store.evidence.head(), { seq: 0, hash: GENESIS_HASH });
      const result = await verifyEvidence({ store, keys });
      assert.equal(result.ok, true);
      assert.equal(result.entries, 0);
    });

    test('appends chain from 1, return durable receipts, and verify', async () => {
      const store = await open();
      const first = await store.evidence.append(event(1));
      assert.equal(first.seq, 1);
      const more = await store.evidence.appendMany(events(2, 24));
      assert.deepEqual(
        more.map((r) => r.seq),
        Array.from({ length: 24 }, (_, i) => i + 2),
      );
      const rows = [];
      for await (const chunk of store.evidence.rows({ from: 1, to: 25 })) rows.push(...chunk);
      assert.equal(rows.length, 25);
      assert.equal(rows[0]?.prevHash, GENESIS_HASH);
      assert.equal(rows[0]?.hash, first.hash);
      for (let i = 1; i < rows.length; i++) assert.equal(rows[i]?.prevHash, rows[i - 1]?.hash);
      assert.deepEqual(await store.evidence.head(), { seq: 25, hash: more.at(-1)?.hash });
      const result = await verifyEvidence({ store, keys });
      assert.deepEqual(
        { ok: result.ok, from: result.from, to: result.to, entries: result.entries, anchor: result.anchor },
        { ok: true, from: 1, to: 25, entries: 25, anchor: 'genesis' },
      );
      // A checkpoint at the first batch (none existed) and after every 10 entries since.
      const checkpoints = await store.evidence.checkpoints({ from: 1, to: 100 });
      assert.deepEqual(
        checkpoints.map((c) => c.seq),
        [1, 25],
      );
      for (const c of checkpoints) assert.deepEqual(verifyCheckpoint(c, keys.trusted), { ok: true });
      assert.equal(result.sealedThrough, 25);
      const partial = await verifyEvidence({ store, keys }, { from: 5, to: 9 });
      assert.deepEqual([partial.ok, partial.entries, partial.anchor], [true, 5, 'previous-entry']);
    });

    test('list filters by type, subject and time, in seq order, paged by afterSeq', async () => {
      const store = await open();
      await store.evidence.appendMany(events(1, 30));
      const reads = await store.evidence.list({ type: 'read', limit: 100 });
      assert.deepEqual(
        reads.map((e) => e.seq),
        [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30],
      );
      const subject = await store.evidence.list({ subject: 'p-3', limit: 100 });
      assert.deepEqual(
        subject.map((e) => e.seq),
        [3, 8, 13, 18, 23, 28],
      );
      const timed = await store.evidence.list({ from: event(10).at, to: event(12).at, limit: 100 });
      assert.deepEqual(
        timed.map((e) => e.seq),
        [10, 11, 12],
      );
      const page1 = await store.evidence.list({ limit: 4 });
      const page2 = await store.evidence.list({ limit: 4, afterSeq: page1.at(-1)?.seq ?? 0 });
      assert.deepEqual(
        [...page1, ...page2].map((e) => e.seq),
        [1, 2, 3, 4, 5, 6, 7, 8],
      );
      const [one] = await store.evidence.list({ afterSeq: 2, limit: 1 });
      assert.deepEqual(one && { ...one, hash: '', prevHash: '' }, {
        seq: 3,
        type: 'decision',
        actor: 'svc-payroll',
        subject: 'p-3',
        at: '2026-04-01T09:00:00.003Z',
        payload: { items: ['name', 'department'], n: 3, purpose: 'payroll' },
        hash: '',
        prevHash: '',
      });
    });

    test('personal data values are refused and nothing of the call is recorded', async () => {
      const store = await open();
      await assert.rejects(
        store.evidence.appendMany([event(1), event(2, { payload: { contact: 'taro@example.jp' } })]),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'VALIDATION' &&
          error.issues[0]?.path === 'events.1.payload.contact',
      );
      await assert.rejects(store.evidence.append(event(1, { subject: '090-1234-5678' })), /refused/);
      assert.equal((await store.evidence.head()).seq, 0);
    });

    test('UPDATE, DELETE (and TRUNCATE) are refused by the database', async () => {
      const store = await open();
      await store.evidence.appendMany(events(1, 12));
      const raw = await openRaw(database.config);
      try {
        for (const statement of [
          `UPDATE evidence_entries SET actor = 'x' WHERE seq = 3`,
          'DELETE FROM evidence_entries WHERE seq = 3',
          `UPDATE evidence_checkpoints SET hash = 'x'`,
          'DELETE FROM evidence_checkpoints',
          ...(dialect.kind === 'postgres' ? ['TRUNCATE evidence_entries', 'TRUNCATE evidence_checkpoints'] : []),
        ]) {
          await assert.rejects(raw.query(statement), /append-only/, statement);
        }
      } finally {
        await raw.close();
      }
      assert.equal((await verifyEvidence({ store, keys })).ok, true);
    });

    test('two store instances appending at once build one linear, gap-free chain', async () => {
      // PostgreSQL: two stores (two pools, as two API nodes) in this process. SQLite: two processes, on a
      // database migrated first (concurrent first-time migrations of one SQLite file are not safe).
      const verifier = await open();
      const seqs =
        dialect.kind === 'postgres'
          ? await appendFromTwoStores(await open(), await open())
          : await appendFromTwoProcesses(database.config.kind === 'sqlite' ? database.config.path : '');
      assert.equal(seqs.length, 160);
      assert.deepEqual(
        [...seqs].sort((x, y) => x - y),
        Array.from({ length: 160 }, (_, i) => i + 1),
      );
      const result = await verifyEvidence({ store: verifier, keys });
      assert.equal(result.ok, true, result.problem?.message);
      assert.equal(result.entries, 160);
    });

    test('close waits for queued appends; a store without a key chains but cannot seal', async () => {
      const store = await open({});
      const pending = store.evidence.appendMany(events(1, 50));
      await store.close();
      assert.equal((await pending).length, 50);
      const again = await open({});
      assert.equal((await again.evidence.head()).seq, 50);
      assert.equal(again.evidence.publicKey, undefined);
      await assert.rejects(again.evidence.seal(), /no evidence signing key/);
      assert.deepEqual(await again.evidence.checkpoints({ from: 1, to: 50 }), []);
    });
  });
}

async function appendFromTwoStores(a: Store, b: Store): Promise<number[]> {
  const callers = [a, b].flatMap((store, s) =>
    Array.from({ length: 8 }, async (_, caller) => {
      const receipts = [];
      for (let i = 0; i < 5; i++) receipts.push(await store.evidence.append(event(s * 1000 + caller * 10 + i)));
      receipts.push(...(await store.evidence.appendMany(events(5000 + s * 100 + caller * 10, 5))));
      return receipts;
    }),
  );
  return (await Promise.all(callers)).flat().map((r) => r.seq);
}

async function appendFromTwoProcesses(path: string): Promise<number[]> {
  const worker = fileURLToPath(new URL('./evidence-append-worker.ts', import.meta.url));
  const run = (tag: string) =>
    new Promise<number[]>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', worker, path, tag], (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve((JSON.parse(stdout) as { seq: number }[]).map((r) => r.seq));
      });
    });
  return (await Promise.all([run('1'), run('2')])).flat();
}
