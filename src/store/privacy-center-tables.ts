import type { ColumnType } from 'kysely';

/** Timestamps: timestamptz on PostgreSQL (read as Date), ISO-8601 UTC text on SQLite; written as ISO strings. */
type Time = ColumnType<Date | string, string, string>;

export interface NoticePublicationsTable {
  ledger_version: number;
  published_at: Time;
  published_by: string;
  comment: string;
}

export interface PreferenceSubjectsTable {
  email_digest: string;
  subject_id: string;
  created_at: Time;
}

export interface PreferenceLinksTable {
  token_hash: string;
  email_digest: string;
  lang: string;
  created_at: Time;
  expires_at: Time;
}

export interface PrivacyCenterTables {
  notice_publications: NoticePublicationsTable;
  preference_subjects: PreferenceSubjectsTable;
  preference_links: PreferenceLinksTable;
}
