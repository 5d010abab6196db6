import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import { linkEntries } from '../core/evidence/link-entries.ts';
import type { PreparedEvent } from '../core/evidence/prepare-event.ts';
import type { ChainState } from './chain-transaction.ts';
import type { ChainSink } from './evidence-chain-sink.ts';
import { HeadMovedError, type SqliteChainThread } from './evidence-sqlite-thread.ts';

/** Rows linked and handed to the database at a time: small enough to overlap, large enough to stay cheap. */
export const PIPELINE_CHUNK = 250;

export interface PipelineOptions {
  /** Where this writer's last commit left the head; linking starts there before the database confirms it. */
  readonly predicted: ChainAnchor | undefined;
  /** The checkpoint to store with the last row, if one is due. */
  readonly seal: (state: ChainState, last: ChainRow) => Checkpoint | undefined;
}

/**
 * Appends `events` in one transaction of `sink`, overlapping the work: while the database takes the lock and
 * reads the head, the rows are linked after the predicted head; while it stores one chunk, the next is linked.
 * Rows are only sent once the head read under the lock equals the head they were linked to; if another writer
 * moved it (another API node, the CLI, a failed commit of ours), everything is linked again from the real head.
 * Resolves with the rows only after the commit: a receipt never names an entry that is not durable.
 */
export async function appendPipelined(
  sink: ChainSink,
  events: readonly PreparedEvent[],
  options: PipelineOptions,
): Promise<ChainRow[]> {
  const state = sink.begin();
  let known: ChainState | undefined;
  state.then(
    (value) => {
      known = value;
    },
    () => {},
  );
  try {
    const start = options.predicted ?? (await state).head;
    let rows: ChainRow[] = [];
    let sent = 0;
    let anchor = start;
    for (let from = 0; from < events.length; from += PIPELINE_CHUNK) {
      const chunk = linkEntries(anchor, events.slice(from, from + PIPELINE_CHUNK));
      for (const row of chunk) rows.push(row);
      anchor = chunk[chunk.length - 1] as ChainRow;
      // The last chunk waits for the seal decision, which needs the state.
      if (from + PIPELINE_CHUNK >= events.length) break;
      if (known !== undefined && sameAnchor(known.head, start)) {
        sink.insert(rows.slice(sent));
        sent = rows.length;
      }
      // One turn of the event loop: the database's replies (lock, head, inserts) are handled between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const confirmed = known ?? (await state);
    if (!sameAnchor(confirmed.head, start)) {
      // Nothing was sent: every insert above waited for this head to be confirmed.
      rows = linkEntries(confirmed.head, events);
      sent = 0;
    }
    await sink.commit(rows.slice(sent), options.seal(confirmed, rows[rows.length - 1] as ChainRow));
    return rows;
  } catch (error) {
    await sink.rollback();
    throw error;
  }
}

function sameAnchor(a: ChainAnchor, b: ChainAnchor): boolean {
  return a.seq === b.seq && a.hash === b.hash;
}

/** How often a SQLite append is linked again after another process moved the head, before giving up. */
const RELINK_TRIES = 5;

/**
 * SQLite: the whole transaction is posted to the writer thread at once, linked after the predicted state
 * (the thread refuses it, touching nothing, if the head is elsewhere; it is then linked again from the head the
 * thread saw). The thread stores each chunk while the next is linked. The predicted checkpoint may be older than
 * the real one (another process sealed since), which can only make a checkpoint come early, never late.
 */
export async function appendSpeculative(
  thread: SqliteChainThread,
  events: readonly PreparedEvent[],
  options: { readonly predicted: ChainState | undefined; readonly seal: PipelineOptions['seal'] },
): Promise<{ rows: ChainRow[]; state: ChainState }> {
  let state = options.predicted ?? (await thread.peek());
  for (let attempt = 1; ; attempt++) {
    thread.begin(state.head);
    const rows: ChainRow[] = [];
    let anchor = state.head;
    for (let from = 0; from < events.length; from += PIPELINE_CHUNK) {
      const chunk = linkEntries(anchor, events.slice(from, from + PIPELINE_CHUNK));
      for (const row of chunk) rows.push(row);
      anchor = chunk[chunk.length - 1] as ChainRow;
      if (from + PIPELINE_CHUNK < events.length) thread.insert(chunk);
    }
    const lastChunk = rows.slice(Math.floor((rows.length - 1) / PIPELINE_CHUNK) * PIPELINE_CHUNK);
    try {
      await thread.commit(lastChunk, options.seal(state, anchor as ChainRow));
      return { rows, state };
    } catch (error) {
      if (!(error instanceof HeadMovedError) || attempt >= RELINK_TRIES) throw error;
      state = error.state;
    }
  }
}
