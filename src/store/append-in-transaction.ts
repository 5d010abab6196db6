import type { Kysely } from 'kysely';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import type { PreparedEvent } from '../core/evidence/prepare-event.ts';
import { type ChainState, inChainTransaction, readChainState } from './chain-transaction.ts';
import type { Database, StoreKind } from './database.ts';
import { insertChained } from './evidence-inserts.ts';
import { type Appended, appendedOf } from './evidence-pipeline.ts';

/** Writes of the caller's own, run inside the appending transaction (see EvidenceWriter.appendWith). */
export type ChainedWork<T> = (trx: Kysely<Database>) => Promise<T>;

/**
 * The way for batches whose callers change records of their own: one chain transaction on the caller's
 * connection, their writes first (they may refuse, e.g. a compare-and-set that lost), then the head read under
 * the lock and their evidence. The change and its evidence commit together or not at all.
 */
export function appendInTransaction(
  db: Kysely<Database>,
  kind: StoreKind,
  batch: {
    readonly works: readonly (ChainedWork<unknown> | undefined)[];
    readonly events: readonly PreparedEvent[];
    readonly seal: (state: ChainState, last: ChainRow) => Checkpoint | undefined;
  },
): Promise<{ appended: Appended; results: unknown[]; state: ChainState }> {
  return inChainTransaction(db, kind, async (trx) => {
    const results: unknown[] = [];
    for (const work of batch.works) results.push(work === undefined ? undefined : await work(trx));
    const state = await readChainState(trx);
    const rows = await insertChained(trx, kind, state.head, {
      events: batch.events,
      seal: (last) => batch.seal(state, last),
    });
    return { appended: appendedOf(rows), results, state };
  });
}
