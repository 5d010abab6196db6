import type { ColumnType } from 'kysely';

/** Background searches of the company's databases for requests (migration 016). */
export interface RequestSearchJobsTable {
  request_id: string;
  state: string;
  started_by: string;
  started_at: ColumnType<Date | string, string, string>;
  finished_at: ColumnType<Date | string | null, string | null, string | null>;
  systems_json: string;
  result_json: string | null;
  error_code: string | null;
  error_message: string | null;
  attempts: ColumnType<number | string, number | undefined, number>;
  lease_owner: string | null;
  lease_until: ColumnType<Date | string | null, string | null, string | null>;
  lease_epoch: ColumnType<number | string, number | undefined, number>;
  updated_at: ColumnType<Date | string, string, string>;
}

export interface SearchJobTables {
  request_search_jobs: RequestSearchJobsTable;
}
