import type pg from 'pg';
import { AppError } from '../core/app-error.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import { type ChainRow, GENESIS_HASH } from '../core/evidence/evidence-entry.ts';
import { CHAIN_STATE_SQL, type ChainState, LOCK_CHAIN_SQL, toChainState } from './chain-transaction.ts';
import { HeadMovedError, type SpeculativeChain } from './evidence-pipeline.ts';

// READ COMMITTED whatever the database's default: every statement after the lock then sees the previous lock
// holder's commit. One simple-protocol message, so BEGIN and the lock cost one round trip.
const BEGIN_LOCKED = `begin isolation level read committed; ${LOCK_CHAIN_SQL}`;

// Each chunk is stored only if the head is the entry its first row links to ($2, $3): the check is in the
// statement itself, so rows linked after a predicted head can be sent without waiting for a head read. The
// statement runs after the lock, so under READ COMMITTED it sees every earlier holder's commit. Its row count
// says whether it stored the chunk (all rows) or not (none).
const HEAD_IS = `exists (select from (${CHAIN_STATE_SQL}) s
    where coalesce(s.head_seq, s.archived_seq, 0) = $2::bigint
      and coalesce(s.head_hash, s.archived_hash, '${GENESIS_HASH}') = $3::text)`;
const STORE_ROWS = `insert into evidence_entries (seq, type, actor, subject, at, payload, prev_hash, hash)
    select seq, type, actor, subject, at, "payloadJson", "prevHash", hash
    from json_to_recordset($1::json) as r(seq bigint, type text, actor text, subject text, at text,
      "payloadJson" text, "prevHash" text, hash text)
    where ${HEAD_IS}`;
// A checkpoint is stored only with the entry it seals: queued right after the last chunk, it stores nothing if
// that chunk did not go in (as a second statement: with the chunk, as a data-modifying CTE, the chunk's insert
// took an eighth longer).
const STORE_SEAL = `insert into evidence_checkpoints (seq, hash, at, key_id, signature)
    select $1::bigint, $2::text, $3::text, $4::text, $5::text
    where exists (select from evidence_entries where seq = $1::bigint and hash = $2::text)`;

const ignore = () => {};
const DROPPED = new WeakSet<pg.PoolClient>();

/**
 * PostgreSQL appends on a connection of the writer's own, held between transactions (so BEGIN goes out the
 * moment an append starts): BEGIN and the chain lock in one round trip, then one guarded `INSERT ... SELECT
 * FROM json_to_recordset` per chunk, each sent as soon as the one before is answered, then COMMIT once every
 * chunk is stored. If no chunk was stored, the head had moved: the real state is read in the same transaction,
 * which keeps the lock, so the rows linked again after it go into that transaction and cannot miss again.
 */
export class PostgresChain implements SpeculativeChain {
  readonly yieldBetweenChunks = true;
  readonly #pool: pg.Pool;
  /** The writer's connection, kept checked out; dropped (and replaced on next use) after any failure. */
  #connection: pg.PoolClient | undefined;
  /** The open transaction's connection, once BEGIN and the lock succeeded. */
  #tx: Promise<pg.PoolClient> | undefined;
  /** The same connection, once the last statement sent has been answered: the next one goes then. */
  #idle: Promise<pg.PoolClient> | undefined;
  #chunks: { readonly size: number; readonly stored: Promise<number> }[] = [];

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async peek(): Promise<ChainState> {
    const client = await this.#connect();
    try {
      return toChainState((await client.query(CHAIN_STATE_SQL)).rows[0]);
    } catch (error) {
      this.#drop(client, error);
      throw error;
    }
  }

  begin(): void {
    // A transaction kept open after a miss (see commit) holds the lock already: the relinked rows go into it.
    if (this.#tx !== undefined) return;
    this.#chunks = [];
    const held = this.#connection;
    // With the connection at hand, BEGIN is written to it now, before the rows are linked.
    const opened = held === undefined ? this.#connect().then(lock) : lock(held);
    this.#tx = opened.catch((error: unknown) => {
      if (this.#connection !== undefined) this.#drop(this.#connection, error);
      throw error;
    });
    this.#tx.catch(ignore);
    this.#idle = this.#tx;
  }

  insert(rows: readonly ChainRow[]): void {
    const first = rows[0] as ChainRow;
    this.#send(STORE_ROWS, [JSON.stringify(rows), first.seq - 1, first.prevHash], rows.length);
  }

  /** Queues a statement storing `size` rows; its row count, once answered, says whether it did. */
  #send(text: string, values: unknown[], size: number): void {
    const previous = this.#idle;
    if (previous === undefined) throw new AppError('INTERNAL', 'evidence rows sent outside their transaction');
    // Sent once BEGIN, the lock and every earlier statement succeeded (after a failure nothing more goes out),
    // and only then: node-postgres would queue it, but that is deprecated.
    const stored = previous.then(async (client) => {
      const result = await client.query({ name: statementName(text), text, values });
      return result.rowCount ?? 0;
    });
    this.#idle = Promise.all([previous, stored]).then(([client]) => client);
    // Awaited in commit; marked handled here since a failure may come before that await.
    stored.catch(ignore);
    this.#idle.catch(ignore);
    this.#chunks.push({ size, stored });
  }

  async commit(rows: readonly ChainRow[], checkpoint: Checkpoint | undefined): Promise<void> {
    const tx = this.#tx;
    if (tx === undefined) throw new AppError('INTERNAL', 'evidence commit outside its transaction');
    if (rows.length > 0) this.insert(rows);
    if (checkpoint !== undefined) {
      const c = checkpoint;
      this.#send(STORE_SEAL, [c.seq, c.hash, c.at, c.keyId, c.signature], 1);
    }
    const chunks = this.#chunks;
    this.#chunks = [];
    let client: pg.PoolClient;
    let stored: number[];
    try {
      client = await tx;
      stored = await Promise.all(chunks.map((chunk) => chunk.stored));
    } catch (error) {
      await this.rollback();
      throw error;
    }
    if (stored.every((count, i) => count === chunks[i]?.size)) {
      this.#tx = undefined;
      this.#idle = undefined;
      try {
        await client.query('commit');
      } catch (error) {
        // Whether it committed is unknown: the connection is not reused, and the writer reads the head again.
        this.#drop(client, error);
        throw error;
      }
      return;
    }
    if (stored.some((count) => count !== 0)) {
      await this.rollback();
      throw new AppError('INTERNAL', 'an evidence batch was stored in part: rolled back, nothing recorded');
    }
    let state: ChainState;
    try {
      state = toChainState((await client.query(CHAIN_STATE_SQL)).rows[0]);
    } catch (error) {
      await this.rollback();
      throw error;
    }
    throw new HeadMovedError(state);
  }

  async rollback(): Promise<void> {
    const tx = this.#tx;
    this.#tx = undefined;
    this.#idle = undefined;
    this.#chunks = [];
    // A transaction that never opened has nothing to roll back (and its connection was dropped already).
    const client = await tx?.catch(() => undefined);
    if (client === undefined) return;
    try {
      await client.query('rollback');
    } catch (error) {
      this.#drop(client, error);
    }
  }

  async close(): Promise<void> {
    await this.rollback();
    const held = this.#connection;
    this.#connection = undefined;
    held?.release();
    await this.#pool.end();
  }

  async #connect(): Promise<pg.PoolClient> {
    if (this.#connection !== undefined) return this.#connection;
    const client = await this.#pool.connect();
    // A connection lost while held emits 'error' (with no listener that would end the process): it is given up
    // at once, so the next append opens another; statements in flight fail with it, telling their callers.
    client.on('error', (error) => {
      // Only while held: once given back (close), the pool answers for it.
      if (this.#connection === client) this.#drop(client, error);
    });
    this.#connection = client;
    return client;
  }

  /** Gives up a connection whose state is unknown: the pool closes it, the next use opens another. */
  #drop(client: pg.PoolClient, error: unknown): void {
    if (this.#connection === client) this.#connection = undefined;
    if (DROPPED.has(client)) return;
    DROPPED.add(client);
    client.release(error instanceof Error ? error : true);
  }
}

async function lock(client: pg.PoolClient): Promise<pg.PoolClient> {
  await client.query(BEGIN_LOCKED);
  return client;
}

// Named, so each connection parses and plans the two statements once.
function statementName(text: string): string {
  return text === STORE_ROWS ? 'mamori-evidence-rows' : 'mamori-evidence-seal';
}
