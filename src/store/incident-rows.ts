import type { Selectable } from 'kysely';
import { z } from 'zod';
import type {
  CorrectiveAction,
  Incident,
  IncidentLetter,
  IncidentNotification,
  IncidentReportVersion,
} from '../app/incidents/incident-ports.ts';
import { AppError } from '../core/app-error.ts';
import { REPORT_KINDS, ReportItemsSchema } from '../core/incidents/report-items.ts';
import { incidentBodyOf } from './incident-row.ts';
import type { IncidentTables } from './incident-tables.ts';
import type { IncidentLettersTable } from './management-tables.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

// Rows of the incident tables read back through zod (a damaged row is an INTERNAL error, never a wrong answer).
const Status = z.enum(['open', 'closed']);
const Kind = z.enum(REPORT_KINDS);
const NoticeKind = z.enum(['dispatch', 'substitute', 'client']);
const Channel = z.enum(['letter', 'email', 'phone', 'other']);
const Lang = z.enum(['ja', 'en']);

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('INTERNAL', `stored ${what} is unreadable`);
  return result.data;
}

export function toIncident(row: Selectable<IncidentTables['incidents']>): Incident {
  return {
    id: row.id,
    operator: row.operator,
    status: parsed(Status, row.status, `incident ${row.id} status`),
    ...incidentBodyOf(row.body_json, row.id),
    createdBy: row.created_by,
    createdAt: toDate(row.created_at, 'incidents.created_at'),
    updatedAt: toDate(row.updated_at, 'incidents.updated_at'),
  };
}

export function toReportVersion(row: Selectable<IncidentTables['incident_reports']>): IncidentReportVersion {
  return {
    incidentId: row.incident_id,
    kind: parsed(Kind, row.kind, 'report kind'),
    version: Number(row.version),
    items: parsed(ReportItemsSchema, JSON.parse(row.items_json), `report ${row.incident_id}/${row.kind}`),
    author: row.author,
    createdAt: toDate(row.created_at, 'incident_reports.created_at'),
  };
}

export function toAction(row: Selectable<IncidentTables['incident_actions']>): CorrectiveAction {
  return compact({
    id: row.id,
    incidentId: row.incident_id,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    status: parsed(Status, row.status, 'action status'),
    createdAt: toDate(row.created_at, 'incident_actions.created_at'),
    closedAt: optionalDate(row.closed_at, 'incident_actions.closed_at'),
    closedBy: row.closed_by ?? undefined,
  });
}

export function toNotification(row: Selectable<IncidentTables['incident_notifications']>): IncidentNotification {
  return compact({
    id: row.id,
    incidentId: row.incident_id,
    kind: parsed(NoticeKind, row.kind, 'notification kind'),
    subjectId: row.subject_id ?? undefined,
    channel: row.channel === null ? undefined : parsed(Channel, row.channel, 'notification channel'),
    description: row.description,
    recordedBy: row.recorded_by,
    recordedAt: toDate(row.recorded_at, 'incident_notifications.recorded_at'),
  });
}

export function toLetter(row: Selectable<IncidentLettersTable>): IncidentLetter {
  return {
    notificationId: row.notification_id,
    incidentId: row.incident_id,
    lang: parsed(Lang, row.lang, 'letter language'),
    content: new Uint8Array(row.content),
    encrypted: Number(row.encrypted) === 1,
    createdAt: toDate(row.created_at, 'incident_letters.created_at'),
  };
}
