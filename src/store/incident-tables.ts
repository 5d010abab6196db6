import type { ColumnType } from 'kysely';

type Time = ColumnType<Date | string, string, string>;
type NullableTime = ColumnType<Date | string | null, string | null, string | null>;

export interface IncidentTables {
  incidents: {
    id: string;
    operator: string;
    status: string;
    discovered_at: Time;
    body_json: string;
    created_by: string;
    created_at: Time;
    updated_at: Time;
  };
  incident_reports: {
    incident_id: string;
    kind: string;
    version: number;
    items_json: string;
    author: string;
    created_at: Time;
  };
  incident_actions: {
    id: string;
    incident_id: string;
    description: string;
    owner: string;
    due_date: string;
    status: string;
    created_at: Time;
    closed_at: NullableTime;
    closed_by: string | null;
  };
  incident_notifications: {
    id: string;
    incident_id: string;
    kind: string;
    subject_id: string | null;
    channel: string | null;
    description: string;
    recorded_by: string;
    recorded_at: Time;
  };
}
