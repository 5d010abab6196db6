import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { archiveEvidence } from '../../src/app/archive-evidence.ts';
import type { ExportSink } from '../../src/app/export-evidence.ts';
import { exportEvidence } from '../../src/app/export-evidence.ts';
import type { Store } from '../../src/app/ports.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { verifyExport } from '../../src/app/verify-export.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { events, keysOf, newSigningKey, openRaw } from './evidence-support.ts';

const key = newSigningKey();
const keys = keysOf(key);
const clock = { now: () => new Date('2026-06-01T00:00:00Z') };

function memorySink(): ExportSink & { lines: string[]; closed: boolean } {
  return {
    lines: [],
    closed: false,
    write(line) {
      this.lines.push(line);
    },
    async close() {
      this.closed = true;
    },
  };
}

for (const dialect of testDialects()) {
  describe(`evidence export and archival on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    const deps = () => ({ store, keys, clock });

    beforeEach(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config, {
        evidence: { signingKey: key, checkpoints: { entries: 10, seconds: 3600 } },
      });
      for (let batch = 0; batch < 6; batch++) await store.evidence.appendMany(events(batch * 5 + 1, 5));
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    test('an exported range is extended to its checkpoint and verifies offline with the public key', async () => {
      const sink = memorySink();
      const summary = await exportEvidence(deps(), { from: 7, to: 12, sink });
      assert.equal(sink.closed, true);
      const sealedAt = (await store.evidence.checkpoints({ from: 12, to: 100 }))[0]?.seq;
      assert.deepEqual([summary.from, summary.to], [7, sealedAt]);
      assert.equal(sink.lines.length, 1 + summary.checkpoints + summary.entries);
      const result = await verifyExport(sink.lines, { publicKey: key.publicKey });
      assert.deepEqual(
        [result.ok, result.entries, result.anchor, result.keyChecked],
        [true, summary.entries, 'previous-entry', true],
      );
      const whole = memorySink();
      await exportEvidence(deps(), { sink: whole });
      const all = await verifyExport(whole.lines);
      assert.deepEqual([all.ok, all.from, all.to, all.anchor, all.keyChecked], [true, 1, 30, 'genesis', false]);
    });

    test('a modified export file fails and names the entry', async () => {
      const sink = memorySink();
      await exportEvidence(deps(), { sink });
      const entryLine = (seq: number) => sink.lines.findIndex((l) => l.startsWith(`{"kind":"entry","seq":${seq},`));
      const edited = [...sink.lines];
      edited[entryLine(9)] = (edited[entryLine(9)] as string).replace('"purpose":"payroll"', '"purpose":"marketing"');
      assert.deepEqual(pick(await verifyExport(edited, { publicKey: key.publicKey })), [9, 'edited']);
      const dropped = sink.lines.filter((_, i) => i !== entryLine(9));
      assert.deepEqual(pick(await verifyExport(dropped)), [9, 'deleted']);
      const truncated = sink.lines.slice(0, entryLine(28));
      assert.deepEqual(pick(await verifyExport(truncated)), [28, 'deleted']);
      const other = newSigningKey();
      const result = await verifyExport(sink.lines, { publicKey: other.publicKey });
      assert.deepEqual([result.ok, result.problem?.kind], [false, 'untrusted-key']);
      const forged = sink.lines.map((l) =>
        l.startsWith('{"kind":"checkpoint"') ? l.replace(/"at":"[^"]+"/, '"at":"2020-01-01T00:00:00.000Z"') : l,
      );
      assert.equal((await verifyExport(forged)).problem?.kind, 'forged-checkpoint');
      assert.equal((await verifyExport(['not json'])).problem?.kind, 'bad-file');
    });

    test('archival exports, logs itself, removes the range; verification then starts at the sealing checkpoint', async () => {
      const sink = memorySink();
      const summary = await archiveEvidence(deps(), { through: 18, actor: 'operator-1', sink });
      assert.deepEqual([summary.fromSeq, summary.throughSeq, summary.removed, summary.archivalSeq], [1, 18, 18, 31]);
      assert.equal(summary.sealedBy.seq, 18);
      assert.equal((await verifyExport(sink.lines, { publicKey: key.publicKey })).ok, true);
      const [archival] = await store.evidence.list({ type: 'archival', limit: 10 });
      assert.deepEqual(archival?.payload, {
        fromSeq: 1,
        throughSeq: 18,
        checkpointSeq: 18,
        checkpointHash: summary.sealedBy.hash,
        exportSha256: summary.exportSha256,
        entries: 18,
      });
      assert.equal((await store.evidence.list({ limit: 1 }))[0]?.seq, 19);
      const verification = await verifyEvidence(deps());
      assert.deepEqual(
        [verification.ok, verification.from, verification.to, verification.anchor],
        [true, 19, 31, 'archive-checkpoint'],
      );
      await assert.rejects(verifyEvidence(deps(), { from: 5 }), /archived/);
      // The chain goes on, and a second archival may follow.
      await store.evidence.appendMany(events(100, 5));
      const second = await archiveEvidence(deps(), { through: 33, actor: 'operator-1', sink: memorySink() });
      assert.deepEqual([second.fromSeq, second.removed], [19, 15]);
      assert.equal((await verifyEvidence(deps())).ok, true);
    });

    test('archival refuses a broken chain, and deletion beyond the archive stays refused', async () => {
      const raw = await openRaw(database.config);
      try {
        await raw.bypassingTriggers(() => raw.query(`UPDATE evidence_entries SET actor = 'x' WHERE seq = 4`).then());
        await assert.rejects(
          archiveEvidence(deps(), { through: 10, actor: 'op', sink: memorySink() }),
          /entry 4 was edited/,
        );
        await assert.rejects(raw.query('DELETE FROM evidence_entries WHERE seq = 12'), /append-only/);
      } finally {
        await raw.close();
      }
    });
  });
}

function pick(result: { problem?: { seq?: number; kind: string } }) {
  return [result.problem?.seq, result.problem?.kind];
}
