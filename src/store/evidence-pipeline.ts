import { AppError } from '../core/app-error.ts';
import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { linkEntries } from '../core/evidence/link-entries.ts';
import type { ChainState } from './chain-transaction.ts';
import type { EventSource } from './prepared-events.ts';

/**
 * One store's appending transaction, posted whole without waiting in between: `begin` (told the head the rows
 * are linked after), `insert` each chunk as it is linked, `commit` the last rows and the checkpoint sealing
 * them. The store refuses the rows, storing none, if the head is elsewhere: `commit` then rejects with
 * HeadMovedError and the real state (PostgreSQL keeps its transaction and lock for the rows linked again).
 * `commit` resolves only once everything is durable.
 */
export interface SpeculativeChain {
  /**
   * Whether to give the event loop a turn between chunks. PostgreSQL: yes, its replies (which let the next
   * statement go out) are read there. SQLite: never: the thread holds the write lock from begin to commit and
   * must not wait for this thread, whose own writes may be waiting for that lock; begin to commit is then
   * synchronous.
   */
  readonly yieldBetweenChunks: boolean;
  /** The chain's state, read outside any transaction: the prediction for a first append. */
  peek(): Promise<ChainState>;
  begin(expected: ChainAnchor): void;
  insert(rows: readonly ChainRow[]): void;
  commit(rows: readonly ChainRow[], checkpoint: Checkpoint | undefined): Promise<void>;
  /** Ends an open transaction without storing anything (an append given up between begin and commit). */
  rollback(): Promise<void>;
  close(): Promise<void>;
}

/** The head was not where the rows were linked (another process appended): link again after `state.head`. */
export class HeadMovedError extends Error {
  readonly state: ChainState;

  constructor(state: ChainState) {
    super('the evidence chain head moved');
    this.state = state;
  }
}

/**
 * Rows linked and handed to the database at first. The first chunk is small, so the database starts early, and
 * each next one twice as large: it is linked (and, for a call going straight in, checked) while the database
 * stores the one before, which takes about as long, and a batch still takes few statements (1,000 rows: three).
 * Measured on 1,000-row batches against growth of 4 (the database then waited for the second chunk: 10-20
 * points lower) and of 1 (more statements: a few points lower).
 */
export const FIRST_CHUNK = 200;
const CHUNK_GROWTH = 2;

/** How often an append is linked again after another process moved the head, before giving up. */
const RELINK_TRIES = 5;

/**
 * What a commit stored: consecutive seqs from `firstSeq` with their hashes (for the receipts), and the new head.
 * Only the hashes are kept, not the rows: a batch's rows are let go as soon as each chunk is handed over.
 */
export interface Appended {
  readonly firstSeq: number;
  readonly hashes: readonly string[];
  readonly last: ChainRow;
}

export function appendedOf(rows: readonly ChainRow[]): Appended {
  return {
    firstSeq: (rows[0] as ChainRow).seq,
    hashes: rows.map((row) => row.hash),
    last: rows[rows.length - 1] as ChainRow,
  };
}

export interface SpeculativeOptions {
  /** The state this writer's last commit left; linking starts there before the database confirms it. */
  readonly predicted: ChainState | undefined;
  /** The checkpoint to store with the last row, if one is due. */
  readonly seal: (state: ChainState, last: ChainRow) => Checkpoint | undefined;
}

/**
 * Appends `events` in one transaction of `chain`, linked after the predicted state (re-linked after the real
 * one if the chain refuses it). The chain stores each chunk while the next is linked. The predicted checkpoint
 * may be older than the real one (another process sealed since), which can only make a checkpoint come early,
 * never late. Resolves only after the commit: a receipt never names an entry that is not durable.
 */
export async function appendSpeculative(
  chain: SpeculativeChain,
  events: EventSource,
  options: SpeculativeOptions,
): Promise<{ appended: Appended; state: ChainState }> {
  let state = options.predicted ?? (await chain.peek());
  for (let attempt = 1; ; attempt++) {
    chain.begin(state.head);
    let committed: Promise<void>;
    const hashes: string[] = new Array(events.length);
    let finalChunk: ChainRow[] = [];
    try {
      for (const { chunk, from, final } of linkedChunks(state.head, events)) {
        for (let i = 0; i < chunk.length; i++) hashes[from + i] = (chunk[i] as ChainRow).hash;
        if (final) {
          finalChunk = chunk;
          break;
        }
        chain.insert(chunk);
        if (chain.yieldBetweenChunks) await new Promise((resolve) => setImmediate(resolve));
      }
      committed = chain.commit(finalChunk, options.seal(state, finalChunk[finalChunk.length - 1] as ChainRow));
    } catch (error) {
      await chain.rollback();
      throw error;
    }
    try {
      await committed;
      const last = finalChunk[finalChunk.length - 1] as ChainRow;
      return { appended: { firstSeq: state.head.seq + 1, hashes, last }, state };
    } catch (error) {
      if (!(error instanceof HeadMovedError)) throw error;
      if (attempt >= RELINK_TRIES) {
        await chain.rollback();
        throw new AppError('CONFLICT', 'the evidence chain head kept moving: nothing recorded', { cause: error });
      }
      state = error.state;
    }
  }
}

/** The events linked after `head`, a chunk at a time (see FIRST_CHUNK). */
function* linkedChunks(
  head: ChainAnchor,
  events: EventSource,
): Generator<{ readonly chunk: ChainRow[]; readonly from: number; readonly final: boolean }> {
  let anchor = head;
  let size = FIRST_CHUNK;
  for (let from = 0; from < events.length; size *= CHUNK_GROWTH) {
    const to = Math.min(from + size, events.length);
    const chunk = linkEntries(anchor, events.slice(from, to));
    anchor = chunk[chunk.length - 1] as ChainRow;
    yield { chunk, from, final: to === events.length };
    from = to;
  }
}
