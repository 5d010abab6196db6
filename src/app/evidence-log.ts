/** Kinds of event the evidence log records (defined in core, where entries are hashed and checked). */
export { EVIDENCE_TYPES, type EvidenceType } from '../core/evidence/evidence-types.ts';

import type { EvidenceType } from '../core/evidence/evidence-types.ts';

/**
 * One event to record. Ids and item names only: never personal data values (a subject is named by its id,
 * items by their ledger ids).
 */
export interface EvidenceEvent {
  readonly type: EvidenceType;
  readonly actor: string;
  readonly subject?: string;
  readonly at: Date;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** What the caller gets back once its entry is durable: its position and hash in the chain. */
export interface EvidenceReceipt {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Append-only, hash-chained record of everything Mamori decides and does. `append` resolves only after the
 * entry is durably committed; concurrent appends are group-committed.
 */
export interface EvidenceLog {
  append(event: EvidenceEvent): Promise<EvidenceReceipt>;
  appendMany(events: readonly EvidenceEvent[]): Promise<readonly EvidenceReceipt[]>;
}
