import { Worker } from 'node:worker_threads';
import { AppError } from '../core/app-error.ts';
import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { CHAIN_STATE_SQL, type ChainState, type ChainStateRow, toChainState } from './chain-transaction.ts';
import { HeadMovedError, type SpeculativeChain } from './evidence-pipeline.ts';
import { SQLITE_PRAGMAS } from './sqlite-dialect.ts';

type Reply =
  | { readonly tx: number; readonly kind: 'state' | 'moved'; readonly row: ChainStateRow | undefined }
  | { readonly tx: number; readonly kind: 'committed' }
  | { readonly tx: number; readonly kind: 'failed'; readonly message: string; readonly code?: string };

const ignore = () => {};

interface Pending {
  readonly tx: number;
  resolve(row: ChainStateRow | undefined): void;
  reject(error: unknown): void;
}

/**
 * SQLite evidence appends on a worker thread with its own connection: better-sqlite3 is synchronous, so on the
 * main thread every insert and the commit's fsync would stop the event loop. One transaction is posted as
 * begin (with the head its rows were linked after), rows, commit, without waiting in between: the thread never
 * holds the write lock while waiting for the main thread, whose own writes on its connection may have to wait
 * for that lock. If the thread dies, its uncommitted transaction dies with its connection; the waiting call
 * fails, and the next one starts a new thread.
 */
export class SqliteChainThread implements SpeculativeChain {
  readonly yieldBetweenChunks = false;
  readonly #path: string;
  #worker: Worker | undefined;
  #tx = 0;
  #pending: Pending | undefined;
  /** The thread the open transaction lives on: if it died, the transaction went with it. */
  #txWorker: Worker | undefined;
  /** The open transaction's answer: committed, refused (head moved) or failed. */
  #reply: Promise<ChainStateRow | undefined> | undefined;

  constructor(path: string) {
    this.#path = path;
  }

  /** The chain's state, read outside any transaction (the prediction for the first append). */
  async peek(): Promise<ChainState> {
    const worker = this.#start();
    const reply = this.#expect(++this.#tx);
    worker.postMessage({ tx: this.#tx, kind: 'peek' });
    return toChainState(await reply);
  }

  /** Opens the transaction: refused (HeadMovedError at commit) unless the head is `expected`. */
  begin(expected: ChainAnchor): void {
    this.#txWorker = this.#start();
    // Expected from now: a refusal may arrive while the rows are still being linked, before the commit is sent.
    this.#reply = this.#expect(++this.#tx);
    this.#reply.catch(ignore);
    this.#txWorker.postMessage({ tx: this.#tx, kind: 'begin', expected: { seq: expected.seq, hash: expected.hash } });
  }

  insert(rows: readonly ChainRow[]): void {
    this.#txWorker?.postMessage({ tx: this.#tx, kind: 'rows', ...packRows(rows) });
  }

  /** The last rows travel with the commit; resolves once it is durable. */
  async commit(rows: readonly ChainRow[], c: Checkpoint | undefined): Promise<void> {
    const worker = this.#txWorker;
    const reply = this.#reply;
    this.#txWorker = undefined;
    this.#reply = undefined;
    if (worker === undefined || reply === undefined || worker !== this.#worker) {
      throw new AppError('INTERNAL', 'the evidence writer thread stopped: nothing pending was recorded');
    }
    worker.postMessage({
      tx: this.#tx,
      kind: 'commit',
      ...packRows(rows),
      checkpoint: c === undefined ? null : [c.seq, c.hash, c.at, c.keyId, c.signature],
    });
    await reply;
  }

  async rollback(): Promise<void> {
    this.#txWorker?.postMessage({ tx: this.#tx, kind: 'rollback' });
    this.#txWorker = undefined;
    this.#reply = undefined;
    // The thread does not answer a rollback: nothing is awaited any more.
    this.#settle((p) => p.resolve(undefined));
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker === undefined) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref();
    worker.postMessage({ tx: 0, kind: 'close' });
    await exited;
  }

  /** Stops the thread at once, as a crash would (tests). */
  async kill(): Promise<void> {
    await this.#worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const worker = new Worker(new URL('./evidence-sqlite-worker.mjs', import.meta.url), {
      workerData: { path: this.#path, pragmas: SQLITE_PRAGMAS, stateSql: CHAIN_STATE_SQL },
    });
    worker.on('message', (reply: Reply) => this.#receive(reply));
    const stopped = (cause: unknown) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#settle((p) =>
        p.reject(
          new AppError('INTERNAL', 'the evidence writer thread stopped: nothing pending was recorded', { cause }),
        ),
      );
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`exit code ${code}`)));
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #receive(reply: Reply): void {
    if (this.#pending?.tx !== reply.tx) return;
    if (reply.kind === 'failed') {
      const error = Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code });
      this.#settle((p) => p.reject(error));
    } else if (reply.kind === 'moved') {
      this.#settle((p) => p.reject(new HeadMovedError(toChainState(reply.row))));
    } else {
      this.#settle((p) => p.resolve(reply.kind === 'state' ? reply.row : undefined));
    }
  }

  // A call in flight keeps the process alive; an idle thread must not.
  #expect(tx: number): Promise<ChainStateRow | undefined> {
    this.#worker?.ref();
    return new Promise((resolve, reject) => {
      this.#pending = { tx, resolve, reject };
    });
  }

  #settle(action: (pending: Pending) => void): void {
    const pending = this.#pending;
    this.#pending = undefined;
    this.#worker?.unref();
    if (pending !== undefined) action(pending);
  }
}

/** Rows as the thread receives them: consecutive seqs from `firstSeq`, their text fields in one string. */
export interface PackedRows {
  readonly firstSeq: number;
  readonly text: string;
  /** Per row, in TEXT_FIELDS order, each field's length in `text` (-1 for a null subject). */
  readonly lengths: Int32Array;
}

/** The order of a row's fields in PackedRows; the thread reads them back in the same order. */
export const TEXT_FIELDS = ['type', 'actor', 'subject', 'at', 'payloadJson', 'prevHash', 'hash'] as const;

/**
 * One string and a typed array instead of eight values per row: a message's strings are each copied out and
 * rebuilt by the thread, which cost more than hashing; one string is one copy, and the thread's slices of it
 * are views, not copies. JavaScript string lengths on both sides, so any text (non-ASCII too) comes back exact.
 */
export function packRows(rows: readonly ChainRow[]): PackedRows {
  const parts: string[] = new Array(rows.length * TEXT_FIELDS.length);
  const lengths = new Int32Array(rows.length * TEXT_FIELDS.length);
  let i = 0;
  // Field by field rather than by name from TEXT_FIELDS: this runs for every row.
  for (const { type, actor, subject, at, payloadJson, prevHash, hash } of rows) {
    parts[i] = type;
    lengths[i++] = type.length;
    parts[i] = actor;
    lengths[i++] = actor.length;
    parts[i] = subject ?? '';
    lengths[i++] = subject === null ? -1 : subject.length;
    parts[i] = at;
    lengths[i++] = at.length;
    parts[i] = payloadJson;
    lengths[i++] = payloadJson.length;
    parts[i] = prevHash;
    lengths[i++] = prevHash.length;
    parts[i] = hash;
    lengths[i++] = hash.length;
  }
  return { firstSeq: rows[0]?.seq ?? 0, text: parts.join(''), lengths };
}
