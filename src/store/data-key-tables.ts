import type { ColumnType } from 'kysely';

type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

/** Wrapped data-encryption keys (migration 006). */
export interface DataKeysTable {
  id: string;
  purpose: string;
  wrapped_key: string;
  master_key_id: string;
  created_at: Time;
  retired_at: NullableTime;
}

export interface DataKeyTables {
  data_keys: DataKeysTable;
}
