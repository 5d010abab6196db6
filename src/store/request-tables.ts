import type { ColumnType } from 'kysely';

type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

export interface RequestsTable {
  id: string;
  tracking_code: string;
  operator: string;
  type: string;
  status: string;
  duplicate_key: string;
  received_at: Time;
  due_at: Time;
  closed_at: NullableTime;
  updated_at: Time;
  version: number;
  data_json: string;
}

export interface RequestEventsTable {
  request_id: string;
  seq: number;
  at: Time;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string;
  note_json: string | null;
}

export interface RequestDocumentsTable {
  id: string;
  request_id: string;
  kind: string;
  file_name: string;
  media_type: string;
  content: Uint8Array;
  encrypted: number;
  uploaded_at: Time;
}

export interface RequestDeliveriesTable {
  id: string;
  request_id: string;
  kind: string;
  token_hash: string | null;
  allowed_person_hash: string | null;
  expires_at: NullableTime;
  max_downloads: number;
  downloads: number;
  revoked_at: NullableTime;
  created_at: Time;
  created_by: string;
  dispatch_json: string | null;
}

export interface RequestDownloadEventsTable {
  delivery_id: string;
  at: Time;
  outcome: string;
  address: string | null;
}

export interface RequestTables {
  requests: RequestsTable;
  request_events: RequestEventsTable;
  request_documents: RequestDocumentsTable;
  request_deliveries: RequestDeliveriesTable;
  request_download_events: RequestDownloadEventsTable;
}
