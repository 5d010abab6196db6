import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { EvidenceEvent } from '../../src/app/evidence-log.ts';
import { createKysely } from '../../src/store/create-kysely.ts';
import type { StoreKind } from '../../src/store/database.ts';
import { openSqliteDatabase } from '../../src/store/sqlite-dialect.ts';
import type { StoreConfig } from '../../src/store/store-config.ts';

/**
 * The baseline: the same rows (same columns, same sizes, same indexes, same durability, same statements per
 * batch) without the chain: no lock, no head read, no validation, no hashing. Seqs come from a counter and the
 * two hash columns hold fixed 64-character values, so the database stores exactly as much as for the chain.
 * Each payload gets its own JSON.stringify. On SQLite the rows go through the same cached multi-row prepared
 * statements as the chained writer's thread uses, here on the calling thread (the plain way to use SQLite).
 */
export interface PlainTarget {
  insert(events: readonly EvidenceEvent[]): Promise<void>;
  close(): Promise<void>;
}

export async function openPlainTarget(config: StoreConfig): Promise<PlainTarget> {
  const db = createKysely(config) as unknown as Kysely<unknown>;
  await createPlainTable(db, config.kind);
  if (config.kind === 'postgres') {
    return { insert: (events) => insertPostgres(db, events), close: () => db.destroy() };
  }
  await db.destroy();
  const raw = openSqliteDatabase(config.path);
  return {
    insert: async (events) => insertSqlite(raw, events),
    close: async () => {
      raw.close();
    },
  };
}

async function createPlainTable(db: Kysely<unknown>, kind: StoreKind): Promise<void> {
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

function plainRows(events: readonly EvidenceEvent[]) {
  return events.map((e) => ({
    seq: nextSeq++,
    type: e.type,
    actor: e.actor,
    subject: e.subject ?? null,
    at: e.at.toISOString(),
    payload: JSON.stringify(e.payload),
    prev_hash: FILLER,
    hash: FILLER,
  }));
}

async function insertPostgres(db: Kysely<unknown>, events: readonly EvidenceEvent[]): Promise<void> {
  const rows = plainRows(events);
  if (rows.length === 1) {
    const r = rows[0] as (typeof rows)[number];
    await sql`insert into bench_plain (seq, type, actor, subject, at, payload, prev_hash, hash)
      values (${r.seq}, ${r.type}, ${r.actor}, ${r.subject}, ${r.at}, ${r.payload}, ${r.prev_hash}, ${r.hash})`.execute(
      db,
    );
    return;
  }
  // The same encoding as the chained writer: one JSON parameter, expanded server-side.
  await db.transaction().execute(async (trx) => {
    await sql`insert into bench_plain (seq, type, actor, subject, at, payload, prev_hash, hash)
      select seq, type, actor, subject, at, payload, prev_hash, hash from json_to_recordset(${JSON.stringify(rows)}::json)
      as r(seq bigint, type text, actor text, subject text, at text, payload text, prev_hash text, hash text)`.execute(
      trx,
    );
  });
}

// As the writer thread (src/store/evidence-sqlite-worker.mjs): up to 500 rows per statement, prepared once.
const ROWS_PER_STATEMENT = 500;
const statements = new WeakMap<SqliteDatabase.Database, Map<number, SqliteDatabase.Statement>>();

function insertStatement(db: SqliteDatabase.Database, count: number): SqliteDatabase.Statement {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(count);
  if (statement === undefined) {
    const row = '(?,?,?,?,?,?,?,?)';
    statement = db.prepare(
      `insert into bench_plain (seq, type, actor, subject, at, payload, prev_hash, hash) values ${new Array(count).fill(row).join(',')}`,
    );
    cache.set(count, statement);
  }
  return statement;
}

function insertSqlite(db: SqliteDatabase.Database, events: readonly EvidenceEvent[]): void {
  const rows = plainRows(events);
  const values = rows.flatMap((r) => [r.seq, r.type, r.actor, r.subject, r.at, r.payload, r.prev_hash, r.hash]);
  if (rows.length > 1) db.exec('begin immediate');
  try {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const count = Math.min(ROWS_PER_STATEMENT, rows.length - start);
      insertStatement(db, count).run(values.slice(start * 8, (start + count) * 8));
    }
    if (rows.length > 1) db.exec('commit');
  } catch (error) {
    if (db.inTransaction) db.exec('rollback');
    throw error;
  }
}
