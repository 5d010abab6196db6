// What is stored is exactly what was hashed, whatever route the rows took to the database (PostgreSQL's JSON
// parameter, SQLite's packed message to its writer thread, the caller's own transaction) and wherever in a
// batch's chunks they fall: text that JSON escapes, non-ASCII, nesting, a subject of null.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { EvidenceEvent } from '../../src/app/evidence-log.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import { entryHash } from '../../src/core/evidence/evidence-entry.ts';
import { createKysely } from '../../src/store/create-kysely.ts';
import type { Database } from '../../src/store/database.ts';
import { FIRST_CHUNK } from '../../src/store/evidence-pipeline.ts';
import { KyselyEvidenceStore } from '../../src/store/evidence-repository.ts';
import { EvidenceWriter } from '../../src/store/evidence-writer.ts';
import { migrateToLatest } from '../../src/store/migrations/migrate-to-latest.ts';
import { openEvidenceChain } from '../../src/store/open-evidence-chain.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { event, events, keysOf, newSigningKey, openRaw } from './evidence-support.ts';

const key = newSigningKey();

const AWKWARD: readonly Omit<EvidenceEvent, 'at'>[] = [
  {
    type: 'consent',
    actor: '受付 "窓口" \\ tab\t',
    subject: 'p-😀-\u2028',
    payload: {
      text: '同意 "quoted" \\ \n \u0001 \u00e9\u0301',
      nested: { z: [1, null, true, { deep: ['x'] }], a: {} },
    },
  },
  { type: 'read', actor: 'staff-1', payload: { 'key "quoted"': 'value', '10': -0.5, '9': 1e21, empty: '' } },
  { type: 'decision', actor: '</script>', subject: 'ｅｍｐ-１', payload: { items: ['name', '部署'], when: 'now' } },
];

const awkward = (n: number): EvidenceEvent => ({
  ...(AWKWARD[n % AWKWARD.length] as Omit<EvidenceEvent, 'at'>),
  at: new Date(Date.UTC(2026, 3, 1, 9, 0, 0, n)),
});

interface StoredRow {
  seq: number | string;
  type: string;
  actor: string;
  subject: string | null;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

for (const dialect of testDialects()) {
  describe(`evidence stored as hashed on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let db: Kysely<Database>;
    let writer: EvidenceWriter;

    beforeEach(async () => {
      database = await dialect.createDatabase();
      db = createKysely(database.config);
      await migrateToLatest(db, dialect.kind);
      writer = new EvidenceWriter(db, {
        kind: dialect.kind,
        signingKey: key,
        chain: openEvidenceChain(database.config),
      });
    });
    afterEach(async () => {
      await writer.close();
      await db.destroy();
      await database.drop();
    });

    test('awkward text is stored byte for byte as hashed, on every route and at chunk edges', async () => {
      // A large batch, awkward entries first, last and on both sides of the first chunk's end...
      const batch = events(1, FIRST_CHUNK * 3);
      for (const at of [0, FIRST_CHUNK - 1, FIRST_CHUNK, batch.length - 1]) batch[at] = awkward(at);
      const sent: EvidenceEvent[] = [...batch];
      await writer.appendMany(batch);
      // ...single appends sharing group commits...
      const singles = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? awkward(100 + i) : event(100 + i)));
      sent.push(...singles);
      const receipts = await Promise.all(singles.map((e) => writer.append(e)));
      assert.deepEqual(
        receipts.map((r) => r.seq),
        Array.from({ length: 6 }, (_, i) => batch.length + 1 + i),
      );
      // ...and entries written with a change of the caller's own, in a transaction on the caller's connection.
      const withWork = [awkward(200), awkward(201)];
      sent.push(...withWork);
      assert.equal(await writer.appendWith(withWork, async () => 'changed'), 'changed');

      const raw = await openRaw(database.config);
      try {
        const rows = await raw.query<StoredRow>('SELECT * FROM evidence_entries ORDER BY seq');
        const mine = rows.filter((row) => sent.some((e) => e.actor === row.actor && e.at.toISOString() === row.at));
        assert.equal(mine.length, sent.length);
        for (const row of mine) {
          const input = sent.find((e) => e.at.toISOString() === row.at && e.actor === row.actor) as EvidenceEvent;
          assert.equal(row.payload, canonicalJson(input.payload));
          assert.equal(row.type, input.type);
          assert.equal(row.subject, input.subject ?? null);
          const fields = { ...row, payloadJson: row.payload, prevHash: row.prev_hash };
          assert.equal(row.hash, entryHash(fields), `entry ${row.seq} is not stored as it was hashed`);
        }
      } finally {
        await raw.close();
      }
      const store = { evidence: new KyselyEvidenceStore(db, dialect.kind, writer) };
      const result = await verifyEvidence({ store, keys: keysOf(key) });
      assert.equal(result.ok, true, result.problem?.message);
    });
  });
}
