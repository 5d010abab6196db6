import type { Kysely } from 'kysely';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { type ChainState, lockChain, readChainState } from './chain-transaction.ts';
import type { Database } from './database.ts';
import { insertRecordset } from './evidence-inserts.ts';

/**
 * One appending transaction driven step by step, so the writer can hash the next rows while the database
 * stores the previous ones: `begin` takes the chain lock and reads the state; `insert` queues rows without
 * waiting; `commit` stores the last rows and the checkpoint sealing them, and resolves once everything is
 * durable, or rejects (having rolled back) if any part failed.
 */
export interface ChainSink {
  begin(): Promise<ChainState>;
  insert(rows: readonly ChainRow[]): void;
  commit(rows: readonly ChainRow[], checkpoint: Checkpoint | undefined): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
}

const ignore = () => {};

/**
 * PostgreSQL: a Kysely transaction held open between calls. node-postgres queues statements on the connection,
 * so `insert` returns at once and the server stores rows while JavaScript links the next ones.
 */
export class PostgresChainSink implements ChainSink {
  readonly #db: Kysely<Database>;
  #trx: Kysely<Database> | undefined;
  #pending: Promise<unknown>[] = [];
  #finish: { resolve(): void; reject(error: unknown): void } | undefined;
  #done: Promise<void> | undefined;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  begin(): Promise<ChainState> {
    this.#pending = [];
    const finished = new Promise<void>((resolve, reject) => {
      this.#finish = { resolve, reject };
    });
    finished.catch(ignore);
    return new Promise<ChainState>((resolveState, rejectState) => {
      this.#done = this.#db.transaction().execute(async (trx) => {
        await lockChain(trx);
        const state = await readChainState(trx);
        this.#trx = trx;
        resolveState(state);
        await finished;
        await Promise.all(this.#pending);
      });
      // A failed BEGIN, lock or read rejects the state; after that, the failure belongs to commit().
      this.#done.catch(rejectState);
    });
  }

  insert(rows: readonly ChainRow[], checkpoint?: Checkpoint): void {
    const trx = this.#trx;
    if (trx === undefined) throw new Error('insert before the chain state was read');
    const statement = insertRecordset(trx, rows, checkpoint);
    // Awaited in the transaction; marked handled here since a failure may come before that await.
    statement.catch(ignore);
    this.#pending.push(statement);
  }

  async commit(rows: readonly ChainRow[], checkpoint: Checkpoint | undefined): Promise<void> {
    if (rows.length > 0) this.insert(rows, checkpoint);
    this.#finish?.resolve();
    try {
      await this.#done;
    } finally {
      this.#reset();
    }
  }

  async rollback(): Promise<void> {
    this.#finish?.reject(new Error('rolled back'));
    try {
      await this.#done?.catch(ignore);
    } finally {
      this.#reset();
    }
  }

  async close(): Promise<void> {}

  #reset(): void {
    this.#trx = undefined;
    this.#finish = undefined;
    this.#done = undefined;
    this.#pending = [];
  }
}
