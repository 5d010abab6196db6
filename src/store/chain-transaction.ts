import { type Kysely, sql } from 'kysely';
import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import { GENESIS_HASH } from '../core/evidence/evidence-entry.ts';
import type { Database, StoreKind } from './database.ts';

// One lock for the whole chain, taken inside each appending transaction and released by its commit.
export const LOCK_CHAIN_SQL = "select pg_advisory_xact_lock(hashtext('mamori.evidence-chain'))";

/**
 * Runs `work` in a transaction that alone may extend the chain: an advisory transaction lock on PostgreSQL
 * (so several API nodes append one linear chain), BEGIN IMMEDIATE on SQLite (the write lock up front, so a
 * second process waits instead of failing to upgrade a read snapshot).
 */
export async function inChainTransaction<T>(
  db: Kysely<Database>,
  kind: StoreKind,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (kind === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await lockChain(trx);
      return work(trx);
    });
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
  });
}

/** PostgreSQL: waits for the chain lock, held until this transaction ends (every API node takes the same one). */
export async function lockChain(trx: Kysely<Database>): Promise<void> {
  await sql.raw(LOCK_CHAIN_SQL).execute(trx);
}

/** Where the chain stands: its head, and the newest checkpoint (seq 0 when there is none). */
export interface ChainState {
  readonly head: ChainAnchor;
  readonly checkpoint: { readonly seq: number; readonly at: number };
}

/** The row CHAIN_STATE_SQL returns (numbers may come back as strings from PostgreSQL's bigint). */
export interface ChainStateRow {
  head_seq: number | string | null;
  head_hash: string | null;
  archived_seq: number | string | null;
  archived_hash: string | null;
  checkpoint_seq: number | string | null;
  checkpoint_at: string | null;
}

/** One round trip; every part is an index probe. Plain text, so the SQLite writer thread runs the same query. */
export const CHAIN_STATE_SQL = `select
      (select seq from evidence_entries order by seq desc limit 1) as head_seq,
      (select hash from evidence_entries order by seq desc limit 1) as head_hash,
      (select through_seq from evidence_archives order by through_seq desc limit 1) as archived_seq,
      (select checkpoint_hash from evidence_archives order by through_seq desc limit 1) as archived_hash,
      (select seq from evidence_checkpoints order by seq desc limit 1) as checkpoint_seq,
      (select at from evidence_checkpoints order by seq desc limit 1) as checkpoint_at`;

export async function readChainState(db: Kysely<Database>): Promise<ChainState> {
  const { rows } = await sql.raw<ChainStateRow>(CHAIN_STATE_SQL).execute(db);
  return toChainState(rows[0]);
}

export function toChainState(row: ChainStateRow | undefined): ChainState {
  const head =
    row?.head_seq != null && row.head_hash != null
      ? { seq: Number(row.head_seq), hash: row.head_hash }
      : row?.archived_seq != null && row.archived_hash != null
        ? { seq: Number(row.archived_seq), hash: row.archived_hash }
        : { seq: 0, hash: GENESIS_HASH };
  const checkpoint =
    row?.checkpoint_seq != null && row.checkpoint_at != null
      ? { seq: Number(row.checkpoint_seq), at: Date.parse(row.checkpoint_at) }
      : { seq: 0, at: Number.NEGATIVE_INFINITY };
  return { head, checkpoint };
}
