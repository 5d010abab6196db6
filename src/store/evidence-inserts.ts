import { type Kysely, sql } from 'kysely';
import { AppError } from '../core/app-error.ts';
import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import { type Checkpoint, type EvidenceSigningKey, signCheckpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { linkEntries } from '../core/evidence/link-entries.ts';
import type { PreparedEvent } from '../core/evidence/prepare-event.ts';
import { inChainTransaction, readChainState } from './chain-transaction.ts';
import type { Database, StoreKind } from './database.ts';
import { toCheckpoint } from './evidence-row.ts';

// SQLite allows 32766 bound parameters per statement; 8 columns x 1000 rows stays well under.
const SQLITE_ROWS_PER_INSERT = 1000;

/**
 * Chains `events` after `head` and inserts them in as few statements as possible: one `INSERT ... SELECT` over a
 * JSON parameter on PostgreSQL (whatever the row count), multi-row VALUES on SQLite. `seal` may return a signed
 * checkpoint of the last row, stored in the same statement on PostgreSQL (one round trip fewer).
 */
export async function insertChained(
  db: Kysely<Database>,
  kind: StoreKind,
  head: ChainAnchor,
  options: { readonly events: readonly PreparedEvent[]; readonly seal: (last: ChainRow) => Checkpoint | undefined },
): Promise<ChainRow[]> {
  const rows = linkEntries(head, options.events);
  const checkpoint = options.seal(rows[rows.length - 1] as ChainRow);
  if (kind === 'postgres') {
    await insertRecordset(db, rows, checkpoint);
    return rows;
  }
  for (let start = 0; start < rows.length; start += SQLITE_ROWS_PER_INSERT) {
    await insertValues(db, rows.slice(start, start + SQLITE_ROWS_PER_INSERT));
  }
  if (checkpoint !== undefined) await insertCheckpoint(db, checkpoint);
  return rows;
}

/**
 * The rows travel as one JSON array, expanded server-side by json_to_recordset: V8 writes JSON natively, where the
 * driver's text[] encoding escapes every element in JavaScript (it cost more than hashing the entries).
 */
export function insertRecordset(db: Kysely<Database>, rows: readonly ChainRow[], checkpoint: Checkpoint | undefined) {
  const entries = sql`insert into evidence_entries (seq, type, actor, subject, at, payload, prev_hash, hash)
    select seq, type, actor, subject, at, "payloadJson", "prevHash", hash
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(seq bigint, type text, actor text, subject text,
      at text, "payloadJson" text, "prevHash" text, hash text)`;
  if (checkpoint === undefined) return entries.execute(db);
  const c = checkpoint;
  return sql`with entries as (${entries})
    insert into evidence_checkpoints (seq, hash, at, key_id, signature)
    values (${c.seq}, ${c.hash}, ${c.at}, ${c.keyId}, ${c.signature})`.execute(db);
}

async function insertValues(db: Kysely<Database>, rows: readonly ChainRow[]): Promise<void> {
  await db
    .insertInto('evidence_entries')
    .values(
      rows.map((row) => ({
        seq: row.seq,
        type: row.type,
        actor: row.actor,
        subject: row.subject,
        at: row.at,
        payload: row.payloadJson,
        prev_hash: row.prevHash,
        hash: row.hash,
      })),
    )
    .execute();
}

export async function insertCheckpoint(db: Kysely<Database>, checkpoint: Checkpoint): Promise<void> {
  await db
    .insertInto('evidence_checkpoints')
    .values({
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      at: checkpoint.at,
      key_id: checkpoint.keyId,
      signature: checkpoint.signature,
    })
    .execute();
}

/** Signs a checkpoint at `seq` (default: the head) unless one exists; returns the checkpoint at `seq`. */
export function sealCheckpoint(
  db: Kysely<Database>,
  kind: StoreKind,
  options: { readonly key: EvidenceSigningKey; readonly seq: number | undefined; readonly at: Date },
): Promise<Checkpoint> {
  return inChainTransaction(db, kind, async (trx) => {
    const state = await readChainState(trx);
    const target = options.seq ?? state.head.seq;
    if (target < 1 || target > state.head.seq) {
      throw new AppError('NOT_FOUND', target < 1 ? 'the evidence log is empty' : `no evidence entry ${target}`);
    }
    const existing = await trx
      .selectFrom('evidence_checkpoints')
      .selectAll()
      .where('seq', '=', target)
      .executeTakeFirst();
    if (existing !== undefined) return toCheckpoint(existing);
    const row = await trx.selectFrom('evidence_entries').select('hash').where('seq', '=', target).executeTakeFirst();
    if (row === undefined) throw new AppError('NOT_FOUND', `evidence entry ${target} is archived or missing`);
    const checkpoint = signCheckpoint(options.key, { seq: target, hash: row.hash, at: options.at.toISOString() });
    await insertCheckpoint(trx, checkpoint);
    return checkpoint;
  });
}
