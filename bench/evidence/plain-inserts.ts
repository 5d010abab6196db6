import { type Kysely, sql } from 'kysely';
import type { EvidenceEvent } from '../../src/app/evidence-log.ts';
import type { StoreKind } from '../../src/store/database.ts';

/**
 * The baseline: the same rows (same columns, same sizes, same indexes, same durability, same statements per
 * batch) without the chain: no lock, no head read, no validation, no hashing. Seqs come from a counter and the
 * two hash columns hold fixed 64-character values, so the database stores exactly as much as for the chain.
 */
export async function createPlainTable(db: Kysely<unknown>, kind: StoreKind): Promise<void> {
  const seq = kind === 'postgres' ? 'bigint' : 'integer';
  await sql
    .raw(
      `create table bench_plain (seq ${seq} primary key, type text not null, actor text not null, subject text,
        at text not null, payload text not null, prev_hash text not null, hash text not null)`,
    )
    .execute(db);
  await sql.raw('create index bench_plain_subject_idx on bench_plain (subject, seq)').execute(db);
  await sql.raw('create index bench_plain_at_idx on bench_plain (at)').execute(db);
}

const FILLER = 'f'.repeat(64);
let nextSeq = 1;

export async function insertPlain(
  db: Kysely<unknown>,
  kind: StoreKind,
  events: readonly EvidenceEvent[],
): Promise<void> {
  const rows = events.map((e) => ({
    seq: nextSeq++,
    type: e.type,
    actor: e.actor,
    subject: e.subject ?? null,
    at: e.at.toISOString(),
    payload: JSON.stringify(e.payload),
    prev_hash: FILLER,
    hash: FILLER,
  }));
  if (rows.length === 1) {
    const r = rows[0] as (typeof rows)[number];
    await sql`insert into bench_plain (seq, type, actor, subject, at, payload, prev_hash, hash)
      values (${r.seq}, ${r.type}, ${r.actor}, ${r.subject}, ${r.at}, ${r.payload}, ${r.prev_hash}, ${r.hash})`.execute(
      db,
    );
    return;
  }
  await db.transaction().execute(async (trx) => {
    if (kind === 'postgres') {
      // The same encoding as the chained writer: one JSON parameter, expanded server-side.
      await sql`insert into bench_plain (seq, type, actor, subject, at, payload, prev_hash, hash)
        select seq, type, actor, subject, at, payload, prev_hash, hash from json_to_recordset(${JSON.stringify(rows)}::json)
        as r(seq bigint, type text, actor text, subject text, at text, payload text, prev_hash text, hash text)`.execute(
        trx,
      );
      return;
    }
    const typed = trx as unknown as Kysely<PlainDatabase>;
    for (let start = 0; start < rows.length; start += 1000) {
      await typed
        .insertInto('bench_plain')
        .values(rows.slice(start, start + 1000))
        .execute();
    }
  });
}

interface PlainDatabase {
  bench_plain: {
    seq: number;
    type: string;
    actor: string;
    subject: string | null;
    at: string;
    payload: string;
    prev_hash: string;
    hash: string;
  };
}
