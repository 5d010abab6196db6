import type { ColumnType } from 'kysely';
import type { AuthTables } from './auth-tables.ts';
import type { ConsentTables } from './consent-tables.ts';
import type { DataKeyTables } from './data-key-tables.ts';
import type { EvidenceTables } from './evidence-tables.ts';
import type { IncidentTables } from './incident-tables.ts';
import type { LedgerProposalTables } from './ledger-proposal-tables.ts';
import type { ManagementTables } from './management-tables.ts';
import type { PrivacyCenterTables } from './privacy-center-tables.ts';
import type { RequestTables } from './request-tables.ts';
import type { RetentionTables } from './retention-tables.ts';
import type { SearchJobTables } from './search-job-tables.ts';
import type { VerificationJobTables } from './verification-job-tables.ts';

/**
 * One row per stored ledger version. `created_at` is timestamptz on PostgreSQL (read back as a Date) and ISO-8601
 * text on SQLite; `ledger_json` is jsonb on PostgreSQL (read back parsed) and text on SQLite. Both are written as
 * strings and validated on the way out.
 */
export interface LedgerVersionsTable {
  number: number;
  ledger_id: string;
  content_hash: string;
  author: string;
  comment: string;
  created_at: ColumnType<Date | string, string, never>;
  source: string;
  ledger_json: ColumnType<unknown, string, never>;
}

/** The Kysely view of Mamori's schema (see migrations/ for how it is built per dialect). */
export interface Database
  extends ConsentTables,
    EvidenceTables,
    LedgerProposalTables,
    AuthTables,
    DataKeyTables,
    RequestTables,
    IncidentTables,
    ManagementTables,
    RetentionTables,
    VerificationJobTables,
    SearchJobTables,
    PrivacyCenterTables {
  ledger_versions: LedgerVersionsTable;
}

export type StoreKind = 'sqlite' | 'postgres';
