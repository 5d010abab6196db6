import type { ColumnType } from 'kysely';

export interface ManagementRecordsTable {
  id: string;
  kind: string;
  operator: string | null;
  ref: string | null;
  recorded_at: ColumnType<Date | string, string, never>;
  body_json: string;
}

export interface ManagementTables {
  management_records: ManagementRecordsTable;
}
