import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { signCheckpoint } from '../../src/core/evidence/checkpoint.ts';
import { entryHash } from '../../src/core/evidence/evidence-entry.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { events, keysOf, newSigningKey, openRaw, type RawDatabase } from './evidence-support.ts';

const key = newSigningKey();
const keys = keysOf(key);

interface Row {
  seq: number | string;
  type: string;
  actor: string;
  subject: string | null;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}
const hashOf = (row: Row) => entryHash({ ...row, payloadJson: row.payload, prevHash: row.prev_hash });

// Each test tampers with its own fresh log of 20 entries, checkpoints at 5, 15 and 20, then verifies.
for (const dialect of testDialects()) {
  describe(`evidence tampering on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let raw: RawDatabase;
    const row = async (seq: number) =>
      (await raw.query<Row>('SELECT * FROM evidence_entries WHERE seq = $1', [seq]))[0] as Row;
    const verify = async () => {
      const result = await verifyEvidence({ store, keys });
      return result.problem && { seq: result.problem.seq, kind: result.problem.kind };
    };
    // Seqs are moved out of the way first: the primary key is checked row by row.
    const moveSeqs = (from: number, by: number) =>
      raw
        .query(`UPDATE evidence_entries SET seq = seq + 1000000 WHERE seq >= $1`, [from])
        .then(() => raw.query(`UPDATE evidence_entries SET seq = seq - 1000000 + $1 WHERE seq >= 1000000`, [by]));

    beforeEach(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config, {
        evidence: { signingKey: key, checkpoints: { entries: 10, seconds: 3600 } },
      });
      for (let batch = 0; batch < 4; batch++) await store.evidence.appendMany(events(batch * 5 + 1, 5));
      await store.evidence.seal();
      raw = await openRaw(database.config);
      const checkpoints = await store.evidence.checkpoints({ from: 1, to: 20 });
      assert.deepEqual(
        checkpoints.map((c) => c.seq),
        [5, 15, 20],
      );
      assert.equal(await verify(), undefined);
    });
    afterEach(async () => {
      await store.close();
      await raw.close();
      await database.drop();
    });

    test('EDIT: a changed payload names the entry', async () => {
      await raw.bypassingTriggers(() =>
        raw.query(`UPDATE evidence_entries SET payload = '{"n":0}' WHERE seq = 7`).then(),
      );
      assert.deepEqual(await verify(), { seq: 7, kind: 'edited' });
    });

    test('EDIT: a changed subject with the hash column left alone names the entry', async () => {
      await raw.bypassingTriggers(() => raw.query(`UPDATE evidence_entries SET subject = 'p-9' WHERE seq = 12`).then());
      assert.deepEqual(await verify(), { seq: 12, kind: 'edited' });
    });

    test('DELETE: a removed entry is named as missing', async () => {
      await raw.bypassingTriggers(() => raw.query('DELETE FROM evidence_entries WHERE seq = 7').then());
      assert.deepEqual(await verify(), { seq: 7, kind: 'deleted' });
    });

    test('DELETE: a removed tail is caught by the checkpoint that sealed it', async () => {
      await raw.bypassingTriggers(() => raw.query('DELETE FROM evidence_entries WHERE seq >= 18').then());
      assert.deepEqual(await verify(), { seq: 18, kind: 'deleted' });
    });

    test('INSERT: a forged entry slipped in with a valid hash and link is named', async () => {
      const before = await row(6);
      await raw.bypassingTriggers(async () => {
        await moveSeqs(7, 1);
        const forged = { ...before, seq: 7, actor: 'intruder', prev_hash: before.hash };
        forged.hash = hashOf(forged);
        await raw.query(
          'INSERT INTO evidence_entries (seq, type, actor, subject, at, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [7, forged.type, forged.actor, forged.subject, forged.at, forged.payload, forged.prev_hash, forged.hash],
        );
      });
      assert.deepEqual(await verify(), { seq: 7, kind: 'inserted' });
    });

    test('REORDER: two swapped entries are named', async () => {
      await raw.bypassingTriggers(async () => {
        await raw.query('UPDATE evidence_entries SET seq = 1000007 WHERE seq = 7');
        await raw.query('UPDATE evidence_entries SET seq = 7 WHERE seq = 8');
        await raw.query('UPDATE evidence_entries SET seq = 8 WHERE seq = 1000007');
      });
      assert.deepEqual(await verify(), { seq: 7, kind: 'reordered' });
    });

    test('REWRITE: a tail re-hashed consistently is caught by the signed checkpoint', async () => {
      await raw.bypassingTriggers(async () => {
        let prev = (await row(6)).hash;
        for (let seq = 7; seq <= 20; seq++) {
          const changed = { ...(await row(seq)), prev_hash: prev };
          if (seq === 7) changed.actor = 'intruder';
          changed.hash = hashOf(changed);
          await raw.query('UPDATE evidence_entries SET actor = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [
            changed.actor,
            changed.prev_hash,
            changed.hash,
            seq,
          ]);
          prev = changed.hash;
        }
      });
      assert.deepEqual(await verify(), { seq: 15, kind: 'checkpoint-mismatch' });
    });

    test('FORGERY: an altered checkpoint signature is detected', async () => {
      await raw.bypassingTriggers(() =>
        raw.query(`UPDATE evidence_checkpoints SET hash = $1 WHERE seq = 15`, [`${'0'.repeat(63)}1`]).then(),
      );
      assert.deepEqual(await verify(), { seq: 15, kind: 'forged-checkpoint' });
    });

    test('FORGERY: a checkpoint signed by another key is detected (inserts need no bypass)', async () => {
      const intruder = newSigningKey();
      const fake = signCheckpoint(intruder, { seq: 12, hash: (await row(12)).hash, at: new Date().toISOString() });
      await raw.query(
        'INSERT INTO evidence_checkpoints (seq, hash, at, key_id, signature) VALUES ($1, $2, $3, $4, $5)',
        [fake.seq, fake.hash, fake.at, fake.keyId, fake.signature],
      );
      const result = await verifyEvidence({ store, keys });
      assert.deepEqual(result.problem && [result.problem.seq, result.problem.kind], [12, 'forged-checkpoint']);
      assert.match(result.problem?.message ?? '', /not a trusted key/);
    });

    test('the triggers are back after a bypass', async () => {
      await raw.bypassingTriggers(async () => {});
      await assert.rejects(raw.query(`UPDATE evidence_entries SET actor = 'x' WHERE seq = 1`), /append-only/);
      await assert.rejects(raw.query('DELETE FROM evidence_entries WHERE seq = 1'), /append-only/);
    });
  });
}
