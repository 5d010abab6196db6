import type { ColumnType } from 'kysely';

// bigint on PostgreSQL comes back as a string; written as numbers.
type Seq = ColumnType<number | string, number, never>;

/**
 * The hash chain. Every column is text except seq, so what is read back is byte for byte what was hashed:
 * `at` is ISO-8601 UTC text and `payload` the canonical JSON text on both dialects.
 */
export interface EvidenceEntriesTable {
  seq: Seq;
  type: string;
  actor: string;
  subject: string | null;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** Signed checkpoints; the public key is named by id only (the key itself is published, never trusted from here). */
export interface EvidenceCheckpointsTable {
  seq: Seq;
  hash: string;
  at: string;
  key_id: string;
  signature: string;
}

/** One row per archival step; the triggers let entries up to the newest through_seq be deleted, nothing else. */
export interface EvidenceArchivesTable {
  through_seq: Seq;
  from_seq: Seq;
  checkpoint_hash: string;
  archival_seq: Seq;
  export_sha256: string;
  archived_at: string;
}

export interface EvidenceTables {
  evidence_entries: EvidenceEntriesTable;
  evidence_checkpoints: EvidenceCheckpointsTable;
  evidence_archives: EvidenceArchivesTable;
}
