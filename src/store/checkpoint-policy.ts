import { type Checkpoint, type EvidenceSigningKey, signCheckpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import type { ChainState } from './chain-transaction.ts';

export interface CheckpointPolicy {
  /** Seal at least every this many entries... */
  readonly entries: number;
  /** ...and every this many seconds while new entries arrive. */
  readonly seconds: number;
}

export const DEFAULT_CHECKPOINTS: CheckpointPolicy = { entries: 1000, seconds: 60 };

/** The checkpoint sealing `last`, signed, if the policy says one is due after `state`'s newest. */
export function dueCheckpoint(
  policy: CheckpointPolicy,
  key: EvidenceSigningKey | undefined,
  sealing: { readonly state: ChainState; readonly last: ChainRow; readonly now: Date },
): Checkpoint | undefined {
  const { state, last, now } = sealing;
  const due =
    last.seq - state.checkpoint.seq >= policy.entries || now.getTime() - state.checkpoint.at >= policy.seconds * 1000;
  if (key === undefined || !due) return undefined;
  return signCheckpoint(key, { seq: last.seq, hash: last.hash, at: now.toISOString() });
}
