import type { ColumnType } from 'kysely';

/** Timestamps: timestamptz on PostgreSQL (read as Date), ISO-8601 UTC text on SQLite; written as ISO strings. */
type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

export interface ConsentsTable {
  id: string;
  subject_id: string;
  status: string;
  purpose: string | null;
  recipient: string | null;
  country: string | null;
  items_json: string | null;
  method: string;
  information_version: string | null;
  recorded_by: string;
  at: Time;
}

export interface SuspensionsTable {
  id: string;
  subject_id: string;
  kind: string;
  purpose: string | null;
  recipient: string | null;
  request_id: string | null;
  since: Time;
  lifted_at: NullableTime;
}

export interface ProvisionRecordsTable {
  id: string;
  operator: string;
  recipient: string;
  subject_id: string;
  items_json: string;
  basis: string;
  consent_id: string | null;
  bulk: number;
  bulk_key: string | null;
  first_provided_at: Time;
  last_provided_at: Time;
  count: number;
  retain_until: Time;
}

export interface ReceiptRecordsTable {
  id: string;
  operator: string;
  provider_name: string;
  provider_address: string;
  provider_representative: string;
  provider_acquisition: string;
  subject_id: string;
  items_json: string;
  consent_id: string | null;
  received_at: Time;
  checked_by: string;
  retain_until: Time;
}

export interface ConsentTables {
  consents: ConsentsTable;
  suspensions: SuspensionsTable;
  provision_records: ProvisionRecordsTable;
  receipt_records: ReceiptRecordsTable;
}
