import type { Kysely } from 'kysely';
import type { EvidenceEvent, EvidenceReceipt } from '../app/evidence-log.ts';
import type { EvidenceArchive, EvidenceEntry, EvidenceFilter, EvidenceStore } from '../app/evidence-store.ts';
import { AppError } from '../core/app-error.ts';
import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import type { Checkpoint, EvidencePublicKey } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { inChainTransaction, readChainState } from './chain-transaction.ts';
import type { Database, StoreKind } from './database.ts';
import { toArchive, toChainRow, toCheckpoint, toEvidenceEntry } from './evidence-row.ts';
import type { EvidenceWriter } from './evidence-writer.ts';

const ENTRY_COLUMNS = ['seq', 'type', 'actor', 'subject', 'at', 'payload', 'prev_hash', 'hash'] as const;
// Rows per round trip when streaming; the next chunk is fetched while the current one is hashed.
const CHUNK = 20_000;

/** The evidence tables behind the EvidenceStore port; appends go through the group-commit writer. */
export class KyselyEvidenceStore implements EvidenceStore {
  readonly #db: Kysely<Database>;
  readonly #kind: StoreKind;
  readonly #writer: EvidenceWriter;

  constructor(db: Kysely<Database>, kind: StoreKind, writer: EvidenceWriter) {
    this.#db = db;
    this.#kind = kind;
    this.#writer = writer;
  }

  get publicKey(): EvidencePublicKey | undefined {
    return this.#writer.signingKey?.publicKey;
  }

  append(event: EvidenceEvent): Promise<EvidenceReceipt> {
    return this.#writer.append(event);
  }

  appendMany(events: readonly EvidenceEvent[]): Promise<readonly EvidenceReceipt[]> {
    return this.#writer.appendMany(events);
  }

  seal(seq?: number): Promise<Checkpoint> {
    return this.#writer.seal(seq);
  }

  async head(): Promise<ChainAnchor> {
    return (await readChainState(this.#db)).head;
  }

  async *rows(range: { readonly from: number; readonly to: number }): AsyncIterable<readonly ChainRow[]> {
    let from = range.from;
    let pending = from <= range.to ? this.#chunk(from, range.to) : undefined;
    try {
      while (pending !== undefined) {
        const rows = await pending;
        // Seqs are gap-free unless tampered with, so a seq range is an exact page read from the primary key.
        from += CHUNK;
        pending = from <= range.to ? this.#chunk(from, range.to) : undefined;
        yield rows.map(toChainRow);
      }
    } finally {
      // A reader that stops early leaves the prefetched chunk unread; its failure must not go unhandled.
      pending?.catch(() => {});
    }
  }

  async list(filter: EvidenceFilter): Promise<readonly EvidenceEntry[]> {
    let query = this.#db.selectFrom('evidence_entries').select(ENTRY_COLUMNS);
    if (filter.type !== undefined) query = query.where('type', '=', filter.type);
    if (filter.subject !== undefined) query = query.where('subject', '=', filter.subject);
    if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
    if (filter.from !== undefined) query = query.where('at', '>=', filter.from.toISOString());
    if (filter.to !== undefined) query = query.where('at', '<=', filter.to.toISOString());
    if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
    const rows = await query.orderBy('seq', 'asc').limit(filter.limit).execute();
    return rows.map(toEvidenceEntry);
  }

  async checkpoints(range: {
    readonly from: number;
    readonly to: number;
    readonly limit?: number;
  }): Promise<readonly Checkpoint[]> {
    let query = this.#db
      .selectFrom('evidence_checkpoints')
      .selectAll()
      .where('seq', '>=', range.from)
      .where('seq', '<=', range.to)
      .orderBy('seq', 'asc');
    if (range.limit !== undefined) query = query.limit(range.limit);
    const rows = await query.execute();
    return rows.map(toCheckpoint);
  }

  async latestArchive(): Promise<EvidenceArchive | undefined> {
    const row = await this.#db
      .selectFrom('evidence_archives')
      .selectAll()
      .orderBy('through_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : toArchive(row);
  }

  removeArchived(archive: EvidenceArchive): Promise<number> {
    return inChainTransaction(this.#db, this.#kind, async (trx) => {
      const sealed = await trx
        .selectFrom('evidence_checkpoints')
        .select('hash')
        .where('seq', '=', archive.throughSeq)
        .executeTakeFirst();
      if (sealed?.hash !== archive.checkpointHash) {
        throw new AppError('CONFLICT', `no checkpoint at ${archive.throughSeq} with the archived hash`);
      }
      await trx
        .insertInto('evidence_archives')
        .values({
          through_seq: archive.throughSeq,
          from_seq: archive.fromSeq,
          checkpoint_hash: archive.checkpointHash,
          archival_seq: archive.archivalSeq,
          export_sha256: archive.exportSha256,
          archived_at: archive.archivedAt,
        })
        .execute();
      const result = await trx.deleteFrom('evidence_entries').where('seq', '<=', archive.throughSeq).executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }

  #chunk(from: number, to: number) {
    return this.#db
      .selectFrom('evidence_entries')
      .select(ENTRY_COLUMNS)
      .where('seq', '>=', from)
      .where('seq', '<=', Math.min(from + CHUNK - 1, to))
      .orderBy('seq', 'asc')
      .execute();
  }
}
