import type { ColumnType } from 'kysely';

export interface ManagementRecordsTable {
  id: string;
  kind: string;
  operator: string | null;
  ref: string | null;
  recorded_at: ColumnType<Date | string, string, never>;
  body_json: string;
}

/** Results of evidence verification runs (migration 013). */
export interface EvidenceVerificationsTable {
  id: string;
  at: ColumnType<Date | string, string, never>;
  actor: string;
  ok: number;
  from_seq: ColumnType<number | string, number, never>;
  to_seq: ColumnType<number | string, number, never>;
  entries: ColumnType<number | string, number, never>;
  checkpoints: ColumnType<number | string, number, never>;
  problem_json: string | null;
}

/** BR-11 letters to affected people, sealed at rest (migration 013). */
export interface IncidentLettersTable {
  notification_id: string;
  incident_id: string;
  lang: string;
  content: Uint8Array;
  encrypted: number;
  created_at: ColumnType<Date | string, string, never>;
}

export interface ManagementTables {
  management_records: ManagementRecordsTable;
  evidence_verifications: EvidenceVerificationsTable;
  incident_letters: IncidentLettersTable;
}
