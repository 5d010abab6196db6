import type { ColumnType } from 'kysely';

/** Background verifications of the evidence log (migration 014). */
export interface EvidenceVerificationJobsTable {
  id: string;
  status: string;
  actor: string;
  from_seq: ColumnType<number | string | null, number | null, never>;
  to_seq: ColumnType<number | string | null, number | null, never>;
  total: ColumnType<number | string, number, never>;
  checked: ColumnType<number | string, number | undefined, number>;
  attempts: ColumnType<number | string, number | undefined, number>;
  lease_owner: string | null;
  lease_until: ColumnType<Date | string | null, string | null, string | null>;
  lease_epoch: ColumnType<number | string, number | undefined, number>;
  created_at: ColumnType<Date | string, string, never>;
  updated_at: ColumnType<Date | string, string, string>;
  finished_at: ColumnType<Date | string | null, string | null, string | null>;
  result_json: string | null;
  error: string | null;
}

export interface VerificationJobTables {
  evidence_verification_jobs: EvidenceVerificationJobsTable;
}
