// The pipelined writer (evidence-pipeline.ts): rows linked while the database stores earlier ones, on
// PostgreSQL's connection and SQLite's writer thread. Chains must stay linear and verifiable whatever happens.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Store } from '../../src/app/ports.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import type { AppError } from '../../src/core/app-error.ts';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import type { Checkpoint } from '../../src/core/evidence/checkpoint.ts';
import type { ChainRow } from '../../src/core/evidence/evidence-entry.ts';
import { createKysely } from '../../src/store/create-kysely.ts';
import type { Database } from '../../src/store/database.ts';
import { KyselyEvidenceStore } from '../../src/store/evidence-repository.ts';
import { SqliteChainThread } from '../../src/store/evidence-sqlite-thread.ts';
import { EvidenceWriter } from '../../src/store/evidence-writer.ts';
import { migrateToLatest } from '../../src/store/migrations/migrate-to-latest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { event, events, keysOf, newSigningKey, openRaw } from './evidence-support.ts';

const key = newSigningKey();
const keys = keysOf(key);

for (const dialect of testDialects()) {
  describe(`pipelined evidence writer on ${dialect.kind}`, () => {
    let database: TestDatabase;
    const stores: Store[] = [];
    const open = async () => {
      const store = await openStore(database.config, { evidence: { signingKey: key } });
      stores.push(store);
      return store;
    };

    beforeEach(async () => {
      database = await dialect.createDatabase();
    });
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
      await database.drop();
    });

    test('a batch of many chunks chains, seals and verifies', async () => {
      const store = await open();
      const receipts = await store.evidence.appendMany(events(1, 1234));
      assert.deepEqual(
        receipts.map((r) => r.seq),
        Array.from({ length: 1234 }, (_, i) => i + 1),
      );
      const result = await verifyEvidence({ store, keys });
      assert.equal(result.ok, true, result.problem?.message);
      assert.equal(result.entries, 1234);
      assert.deepEqual(
        (await store.evidence.checkpoints({ from: 1, to: 2000 })).map((c) => c.seq),
        [1234],
      );
    });

    test('two writers taking turns relink after each other: one linear chain', async () => {
      // Each writer links its next batch after its own last commit; the other writer moved the head since,
      // so every batch is linked again from the head read under the lock.
      const [a, b] = [await open(), await open()];
      const all: number[] = [];
      for (let round = 0; round < 6; round++) {
        const writer = round % 2 === 0 ? a : b;
        all.push(...(await writer.evidence.appendMany(events(round * 300, 300))).map((r) => r.seq));
      }
      await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => a.evidence.append(event(5000 + i))),
        ...Array.from({ length: 20 }, (_, i) => b.evidence.append(event(6000 + i))),
      ]).then((receipts) => all.push(...receipts.map((r) => r.seq)));
      assert.deepEqual(
        all.sort((x, y) => x - y),
        Array.from({ length: 1840 }, (_, i) => i + 1),
      );
      const result = await verifyEvidence({ store: a, keys });
      assert.equal(result.ok, true, result.problem?.message);
      assert.equal(result.entries, 1840);
    });

    test('concurrent callers are each told "recorded" only once another connection can read the entry', async () => {
      const store = await open();
      const raw = await openRaw(database.config);
      try {
        const seen = await Promise.all(
          Array.from({ length: 60 }, async (_, i) => {
            const receipt =
              i % 3 === 0
                ? (await store.evidence.appendMany(events(i * 10, 7)))[6]
                : await store.evidence.append(event(i));
            const rows = await raw.query('SELECT hash FROM evidence_entries WHERE seq = $1', [receipt?.seq]);
            return (rows[0] as { hash?: string } | undefined)?.hash === receipt?.hash;
          }),
        );
        assert.ok(seen.every(Boolean), 'a caller was told "recorded" before its entry was committed');
      } finally {
        await raw.close();
      }
      assert.equal((await verifyEvidence({ store, keys })).ok, true);
    });

    test("writes on the store's own connection interleave with large appends without failing", async () => {
      // SQLite: the writer thread holds the write lock only while it works, never while waiting for the main
      // thread, so a write on the main connection waits at most for one commit.
      const store = await open();
      const appends = Array.from({ length: 6 }, (_, i) => store.evidence.appendMany(events(i * 800, 800)));
      const writes = (async () => {
        for (let i = 0; i < 40; i++) {
          await store.consents.record({
            id: `c-${i}`,
            subjectId: `p-${i % 3}`,
            status: 'given',
            scope: { purpose: 'newsletter' },
            method: 'web',
            recordedBy: 'staff-1',
            at: new Date(Date.UTC(2026, 4, 1, 0, 0, i)),
          });
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await Promise.all([...appends, writes]);
      assert.equal((await store.consents.listForSubject('p-0')).length, 14);
      const result = await verifyEvidence({ store, keys });
      assert.equal(result.ok, true, result.problem?.message);
      assert.equal(result.entries, 4800);
    });

    test('a large call with refused events records nothing of it, names every issue, and the chain goes on', async () => {
      // After a first commit the head is predicted: on SQLite a large call then goes straight into the pipeline,
      // checked chunk by chunk while the thread already stores the first.
      const store = await open();
      await store.evidence.appendMany(events(1, 10));
      const batch = events(100, 900);
      batch[10] = event(110, { payload: { contact: 'taro@example.jp' } });
      batch[850] = event(950, { subject: 'ops@example.jp' });
      await assert.rejects(store.evidence.appendMany(batch), (error: AppError) => {
        assert.equal(error.code, 'VALIDATION');
        assert.deepEqual(
          error.issues.map((issue) => issue.path),
          ['events.10.payload.contact', 'events.850.subject'],
        );
        return true;
      });
      const after = await store.evidence.appendMany(events(2000, 300));
      assert.deepEqual([after[0]?.seq, after.at(-1)?.seq], [11, 310]);
      const result = await verifyEvidence({ store, keys });
      assert.equal(result.ok, true, result.problem?.message);
      assert.equal(result.entries, 310);
    });

    test("a call's events are read while it runs: changing them afterwards changes nothing recorded", async () => {
      const store = await open();
      await store.evidence.appendMany(events(1, 10));
      const batch = events(100, 700);
      const sent = batch.map((e) => canonicalJson(e.payload));
      const appending = store.evidence.appendMany(batch);
      // Callers arriving meanwhile ride the next commit.
      const singles = Promise.all(Array.from({ length: 20 }, (_, i) => store.evidence.append(event(900 + i))));
      for (const e of batch) (e.payload as Record<string, unknown>).n = 'changed afterwards';
      const receipts = await appending;
      assert.deepEqual(
        (await singles).map((r) => r.seq),
        Array.from({ length: 20 }, (_, i) => 711 + i),
      );
      const raw = await openRaw(database.config);
      try {
        const rows = await raw.query<{ seq: number | string; payload: string }>(
          'SELECT seq, payload FROM evidence_entries WHERE seq >= $1 AND seq <= $2 ORDER BY seq',
          [receipts[0]?.seq, receipts.at(-1)?.seq],
        );
        assert.deepEqual(
          rows.map((row) => row.payload),
          sent,
        );
      } finally {
        await raw.close();
      }
      assert.equal((await verifyEvidence({ store, keys })).ok, true);
    });

    if (dialect.kind === 'sqlite') {
      test('the writer thread dies mid-batch: the batch fails, nothing half-written, later appends chain on', async () => {
        const config = database.config as { kind: 'sqlite'; path: string };
        const db: Kysely<Database> = createKysely(config);
        await migrateToLatest(db, 'sqlite');
        const thread = new CrashingThread(config.path);
        const writer = new EvidenceWriter(db, { kind: 'sqlite', signingKey: key, chain: thread });
        const store = { evidence: new KyselyEvidenceStore(db, 'sqlite', writer) };
        try {
          await writer.appendMany(events(1, 10));
          thread.crashAfterRows = 250;
          await assert.rejects(writer.appendMany(events(100, 900)), /writer thread stopped/);
          // The thread is started again; the chain continues from the last durable entry.
          const after = await writer.appendMany(events(2000, 600));
          assert.deepEqual([after[0]?.seq, after.at(-1)?.seq], [11, 610]);
          const result = await verifyEvidence({ store, keys });
          assert.equal(result.ok, true, result.problem?.message);
          assert.equal(result.entries, 610);
        } finally {
          await writer.close();
          await db.destroy();
        }
      });
    }
  });
}

/**
 * Kills its worker (as a crash would) once a given number of rows has been posted in a transaction, and lets
 * the commit be sent only after the thread is gone, so the crash always falls inside the transaction.
 */
class CrashingThread extends SqliteChainThread {
  crashAfterRows = Number.POSITIVE_INFINITY;
  #posted = 0;
  #killed: Promise<void> | undefined;

  override insert(rows: readonly ChainRow[]): void {
    super.insert(rows);
    this.#count(rows);
  }

  override async commit(rows: readonly ChainRow[], checkpoint: Checkpoint | undefined): Promise<void> {
    // On a busy machine the head may be confirmed only after every row is linked: all rows come with the commit.
    this.#count(rows);
    this.#posted = 0;
    if (this.#killed !== undefined) {
      await this.#killed;
      this.#killed = undefined;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return super.commit(rows, checkpoint);
  }

  #count(rows: readonly ChainRow[]): void {
    this.#posted += rows.length;
    if (this.#posted >= this.crashAfterRows) {
      this.crashAfterRows = Number.POSITIVE_INFINITY;
      this.#killed = this.kill();
    }
  }
}
