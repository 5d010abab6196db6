import type { ColumnType } from 'kysely';

type Time = ColumnType<Date | string, string, string>;
type Count = ColumnType<number | string, number, number>;

export interface RetentionHoldsTable {
  id: string;
  kind: string;
  scope_json: string;
  reason: string;
  owner: string;
  placed_by: string;
  placed_at: ColumnType<Date | string, string, never>;
  released_by: string | null;
  released_at: Time | null;
  release_reason: string | null;
  identity_sealed: Uint8Array | null;
}

export interface RetentionJobsTable {
  id: string;
  status: string;
  active: number | null;
  requested_by: string;
  created_at: ColumnType<Date | string, string, never>;
  updated_at: Time;
  started_at: Time | null;
  finished_at: Time | null;
  as_of: string;
  ledger_version: number;
  body_json: string;
  progress_json: string;
  lease_owner: string | null;
  lease_until: Time | null;
  lease_epoch: Count;
  attempts: Count;
  cancel_requested: number;
  error: string | null;
  certificate_id: string | null;
}

export interface RetentionBatchesTable {
  job_id: string;
  seq: number;
  target: number;
  keys_json: string | null;
  keys_sha256: string;
  state: string;
  count: number | null;
}

export interface RetentionCertificatesTable {
  id: string;
  kind: string;
  job_id: string | null;
  issued_at: ColumnType<Date | string, string, never>;
  body_json: string;
  body_sha256: string;
  pdf: Uint8Array;
  pdf_sha256: string;
}

export interface RetentionDocumentsTable {
  id: string;
  certificate_id: string;
  file_name: string;
  media_type: string;
  content: Uint8Array;
  encrypted: number;
  sha256: string;
  uploaded_at: ColumnType<Date | string, string, never>;
}

/** Legal holds, disposal jobs and batches, certificates and contractors' documents (migration 012). */
export interface RetentionTables {
  retention_holds: RetentionHoldsTable;
  retention_jobs: RetentionJobsTable;
  retention_batches: RetentionBatchesTable;
  retention_certificates: RetentionCertificatesTable;
  retention_documents: RetentionDocumentsTable;
}
