import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { createKysely } from '../../src/store/create-kysely.ts';
import type { Database } from '../../src/store/database.ts';
import { KyselyEvidenceStore } from '../../src/store/evidence-repository.ts';
import { EvidenceWriter } from '../../src/store/evidence-writer.ts';
import { migrateToLatest } from '../../src/store/migrations/migrate-to-latest.ts';
import { openEvidenceChain } from '../../src/store/open-evidence-chain.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { event, keysOf, newSigningKey, openRaw, type RawDatabase } from './evidence-support.ts';

const key = newSigningKey();

for (const dialect of testDialects()) {
  describe(`evidence group-commit writer on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let db: Kysely<Database>;
    let writer: EvidenceWriter;
    let raw: RawDatabase;

    beforeEach(async () => {
      database = await dialect.createDatabase();
      db = createKysely(database.config);
      await migrateToLatest(db, dialect.kind);
      // As openStore wires it: appends go through the writer's own connection or thread.
      writer = new EvidenceWriter(db, {
        kind: dialect.kind,
        signingKey: key,
        chain: openEvidenceChain(database.config),
      });
      raw = await openRaw(database.config);
    });
    afterEach(async () => {
      await writer.close();
      await db.destroy();
      await raw.close();
      await database.drop();
    });

    test('concurrent appends share commits, and each receipt is already visible to another connection', async () => {
      const seen: boolean[] = [];
      await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const receipt = await writer.append(event(i));
          const rows = await raw.query('SELECT hash FROM evidence_entries WHERE seq = $1', [receipt.seq]);
          seen.push((rows[0] as { hash?: string } | undefined)?.hash === receipt.hash);
        }),
      );
      assert.equal(seen.length, 40);
      assert.ok(seen.every(Boolean), 'a caller was told "recorded" before its entry was committed');
      assert.equal(writer.stats.entries, 40);
      assert.ok(
        writer.stats.commits < 10,
        `expected group commits, got ${writer.stats.commits} commits for 40 appends`,
      );
    });

    test('a caller the database refuses fails alone; its neighbours in the batch are recorded', async () => {
      await raw.query(
        dialect.kind === 'postgres'
          ? `ALTER TABLE evidence_entries ADD CONSTRAINT test_refuse CHECK (actor <> 'refused-actor')`
          : `CREATE TRIGGER test_refuse BEFORE INSERT ON evidence_entries WHEN NEW.actor = 'refused-actor'
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
      );
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          writer.appendMany(i === 5 ? [event(i), event(i, { actor: 'refused-actor' })] : [event(i)]),
        ),
      );
      assert.equal(results[5]?.status, 'rejected');
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 11);
      const store = new KyselyEvidenceStore(db, dialect.kind, writer);
      const verification = await verifyEvidence({ store: { evidence: store }, keys: keysOf(key) });
      assert.deepEqual([verification.ok, verification.entries], [true, 11]);
    });

    test('checkpoints come every N entries, and a quiet tail is sealed by the timer', async () => {
      const timed = new EvidenceWriter(db, {
        kind: dialect.kind,
        signingKey: key,
        checkpoints: { entries: 5, seconds: 1 },
        chain: openEvidenceChain(database.config),
      });
      try {
        const store = new KyselyEvidenceStore(db, dialect.kind, timed);
        // The first commit is sealed at once (no checkpoint yet); then every 5 entries.
        await timed.append(event(1));
        for (let i = 2; i <= 12; i++) await timed.append(event(i));
        const seqs = async () => (await store.checkpoints({ from: 1, to: 100 })).map((c) => c.seq);
        assert.deepEqual(await seqs(), [1, 6, 11]);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        assert.deepEqual(await seqs(), [1, 6, 11, 12]);
      } finally {
        await timed.close();
      }
    });

    test('when the database is gone, every waiting caller is told so and none is told "recorded"', async () => {
      // Without a chain of its own, the writer appends on the caller's connection.
      const plain = new EvidenceWriter(db, { kind: dialect.kind, signingKey: key });
      await db.destroy();
      const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => plain.append(event(i))));
      assert.ok(results.every((r) => r.status === 'rejected'));
      await plain.close();
      db = createKysely(database.config);
    });

    if (dialect.kind === 'postgres') {
      test("the writer's connection is killed inside its transaction: its callers are told, the chain goes on", async () => {
        await writer.appendMany(Array.from({ length: 10 }, (_, i) => event(i)));
        // Hold the chain lock, so the writer's next transaction is open and waiting when its connection dies.
        await raw.query('BEGIN');
        await raw.query(`SELECT pg_advisory_xact_lock(hashtext('mamori.evidence-chain'))`);
        // One caller: a batch of several would be retried caller by caller, and those retries would succeed.
        const appending = writer.appendMany(Array.from({ length: 5 }, (_, i) => event(100 + i)));
        appending.catch(() => {});
        const waiting = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'`;
        let pids: { pid: number }[] = [];
        while (pids.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          pids = await raw.query<{ pid: number }>(waiting);
        }
        await raw.query('SELECT pg_terminate_backend($1)', [pids[0]?.pid]);
        await raw.query('COMMIT');
        await assert.rejects(appending);
        const after = await writer.appendMany([event(200), event(201)]);
        assert.deepEqual(
          after.map((r) => r.seq),
          [11, 12],
        );
        const store = new KyselyEvidenceStore(db, dialect.kind, writer);
        const verification = await verifyEvidence({ store: { evidence: store }, keys: keysOf(key) });
        assert.deepEqual([verification.ok, verification.entries], [true, 12]);
      });
    }
  });
}
