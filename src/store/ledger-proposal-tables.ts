import type { ColumnType } from 'kysely';

type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

export interface LedgerProposalsTable {
  id: string;
  status: string;
  ledger_id: string;
  content_hash: string;
  comment: string;
  sources_json: string;
  proposed_by: string;
  proposed_at: Time;
  base_version: number | null;
  decided_by: string | null;
  decided_at: NullableTime;
  decision_comment: string | null;
  version: number | null;
}

export interface LedgerProposalTables {
  ledger_proposals: LedgerProposalsTable;
}
