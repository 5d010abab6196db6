import type { ChainAnchor } from '../core/evidence/chain-verifier.ts';
import type { Checkpoint, EvidencePublicKey } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';
import type { EvidenceType } from '../core/evidence/evidence-types.ts';
import type { EvidenceLog } from './evidence-log.ts';

/** One stored entry as readers see it: the payload parsed, the subject absent when there is none. */
export interface EvidenceEntry {
  readonly seq: number;
  readonly type: string;
  readonly actor: string;
  readonly subject?: string;
  readonly at: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** Filters for listing entries; always in seq order, paged by `afterSeq`. */
export interface EvidenceFilter {
  readonly type?: EvidenceType;
  readonly subject?: string;
  /** Who acted (a user or application id, `system`, `cli`). */
  readonly actor?: string;
  /** Event time range, inclusive. */
  readonly from?: Date;
  readonly to?: Date;
  readonly afterSeq?: number;
  readonly limit: number;
}

/** A retired range: entries 1..throughSeq were exported and removed; the checkpoint at throughSeq seals them. */
export interface EvidenceArchive {
  readonly fromSeq: number;
  readonly throughSeq: number;
  readonly checkpointHash: string;
  /** The `archival` entry that logged this step. */
  readonly archivalSeq: number;
  readonly exportSha256: string;
  readonly archivedAt: string;
}

/** The evidence log with what verification, export, archival and the API need to read it. */
export interface EvidenceStore extends EvidenceLog {
  /** The public half of the key this store signs checkpoints with; undefined when it cannot sign. */
  readonly publicKey: EvidencePublicKey | undefined;
  /** Last entry (or, when every entry is archived, the sealing checkpoint); seq 0 and the genesis hash if empty. */
  head(): Promise<ChainAnchor>;
  /**
   * Rows with seq in [from, to], in seq order, as consecutive chunks (one per round trip) so a million rows
   * never sit in memory and the reader loops over each chunk without an await per row.
   */
  rows(range: { readonly from: number; readonly to: number }): AsyncIterable<readonly ChainRow[]>;
  list(filter: EvidenceFilter): Promise<readonly EvidenceEntry[]>;
  /** Checkpoints with seq in [from, to], in seq order (the first `limit` of them when given). */
  checkpoints(range: {
    readonly from: number;
    readonly to: number;
    readonly limit?: number;
  }): Promise<readonly Checkpoint[]>;
  /** Signs a checkpoint at `seq` (default: the head) unless one exists, and returns the one at `seq`. */
  seal(seq?: number): Promise<Checkpoint>;
  latestArchive(): Promise<EvidenceArchive | undefined>;
  /**
   * Records `archive` and removes the entries it covers, in one transaction. The only way entries leave the
   * table; on PostgreSQL it needs the operator role (mamori_app has no DELETE).
   */
  removeArchived(archive: EvidenceArchive): Promise<number>;
}

/** Public keys whose checkpoints verification accepts: the current one first, then retired ones. */
export interface EvidenceKeys {
  readonly current: EvidencePublicKey;
  readonly trusted: readonly EvidencePublicKey[];
}
