import type { Kysely } from 'kysely';
import { z } from 'zod';
import type {
  CorrectiveAction,
  Incident,
  IncidentNotification,
  IncidentReportVersion,
  IncidentRepository,
} from '../app/incidents/incident-ports.ts';
import { AppError } from '../core/app-error.ts';
import { REPORT_KINDS, ReportItemsSchema, type ReportKind } from '../core/incidents/report-items.ts';
import type { Database } from './database.ts';
import { incidentBodyJson, incidentBodyOf } from './incident-row.ts';
import { compact, optionalDate, toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

const Status = z.enum(['open', 'closed']);
const Kind = z.enum(REPORT_KINDS);
const NoticeKind = z.enum(['dispatch', 'substitute']);
const Channel = z.enum(['letter', 'email']);

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('INTERNAL', `stored ${what} is unreadable`);
  return result.data;
}

export class KyselyIncidentRepository implements IncidentRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(incident: Incident): Promise<void> {
    await this.#db
      .insertInto('incidents')
      .values({
        id: incident.id,
        operator: incident.operator,
        status: incident.status,
        discovered_at: incident.facts.discoveredAt.toISOString(),
        body_json: incidentBodyJson(incident),
        created_by: incident.createdBy,
        created_at: incident.createdAt.toISOString(),
        updated_at: incident.updatedAt.toISOString(),
      })
      .execute();
  }

  async update(incident: Incident): Promise<void> {
    await this.#db
      .updateTable('incidents')
      .set({
        status: incident.status,
        discovered_at: incident.facts.discoveredAt.toISOString(),
        body_json: incidentBodyJson(incident),
        updated_at: incident.updatedAt.toISOString(),
      })
      .where('id', '=', incident.id)
      .execute();
  }

  async get(id: string): Promise<Incident | undefined> {
    const row = await this.#db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toIncident(row);
  }

  async list(filter: { readonly operators?: readonly string[]; readonly status?: 'open' | 'closed' }) {
    if (filter.operators?.length === 0) return [];
    let query = this.#db.selectFrom('incidents').selectAll();
    if (filter.operators !== undefined) query = query.where('operator', 'in', [...filter.operators]);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    const rows = await query.orderBy('discovered_at', 'desc').orderBy('id').execute();
    return rows.map(toIncident);
  }

  async addReportVersion(v: Omit<IncidentReportVersion, 'version'>): Promise<IncidentReportVersion> {
    // Next number per (incident, kind); two concurrent drafts may pick the same one: the key refuses the later,
    // which retries.
    for (let attempt = 0; ; attempt++) {
      const last = await this.#db
        .selectFrom('incident_reports')
        .select((eb) => eb.fn.max('version').as('max'))
        .where('incident_id', '=', v.incidentId)
        .where('kind', '=', v.kind)
        .executeTakeFirst();
      const version = Number(last?.max ?? 0) + 1;
      try {
        await this.#db
          .insertInto('incident_reports')
          .values({
            incident_id: v.incidentId,
            kind: v.kind,
            version,
            items_json: JSON.stringify(v.items),
            author: v.author,
            created_at: v.createdAt.toISOString(),
          })
          .execute();
        return { ...v, version };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async reportVersions(incidentId: string, kind?: ReportKind): Promise<IncidentReportVersion[]> {
    let query = this.#db.selectFrom('incident_reports').selectAll().where('incident_id', '=', incidentId);
    if (kind !== undefined) query = query.where('kind', '=', kind);
    const rows = await query.orderBy('kind').orderBy('version').execute();
    return rows.map((row) => ({
      incidentId: row.incident_id,
      kind: parsed(Kind, row.kind, 'report kind'),
      version: Number(row.version),
      items: parsed(ReportItemsSchema, JSON.parse(row.items_json), `report ${incidentId}/${row.kind}`),
      author: row.author,
      createdAt: toDate(row.created_at, 'incident_reports.created_at'),
    }));
  }

  async addAction(a: CorrectiveAction): Promise<void> {
    await this.#db
      .insertInto('incident_actions')
      .values({
        id: a.id,
        incident_id: a.incidentId,
        description: a.description,
        owner: a.owner,
        due_date: a.dueDate,
        status: a.status,
        created_at: a.createdAt.toISOString(),
        closed_at: a.closedAt?.toISOString() ?? null,
        closed_by: a.closedBy ?? null,
      })
      .execute();
  }

  async closeAction(incidentId: string, actionId: string, by: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('incident_actions')
      .set({ status: 'closed', closed_at: at.toISOString(), closed_by: by })
      .where('id', '=', actionId)
      .where('incident_id', '=', incidentId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async actions(incidentId: string): Promise<CorrectiveAction[]> {
    const rows = await this.#db
      .selectFrom('incident_actions')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    return rows.map((row) =>
      compact({
        id: row.id,
        incidentId: row.incident_id,
        description: row.description,
        owner: row.owner,
        dueDate: row.due_date,
        status: parsed(Status, row.status, 'action status'),
        createdAt: toDate(row.created_at, 'incident_actions.created_at'),
        closedAt: optionalDate(row.closed_at, 'incident_actions.closed_at'),
        closedBy: row.closed_by ?? undefined,
      }),
    );
  }

  async addNotification(n: IncidentNotification): Promise<void> {
    await this.#db
      .insertInto('incident_notifications')
      .values({
        id: n.id,
        incident_id: n.incidentId,
        kind: n.kind,
        subject_id: n.subjectId ?? null,
        channel: n.channel ?? null,
        description: n.description,
        recorded_by: n.recordedBy,
        recorded_at: n.recordedAt.toISOString(),
      })
      .execute();
  }

  async notifications(incidentId: string): Promise<IncidentNotification[]> {
    const rows = await this.#db
      .selectFrom('incident_notifications')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('recorded_at')
      .orderBy('id')
      .execute();
    return rows.map((row) =>
      compact({
        id: row.id,
        incidentId: row.incident_id,
        kind: parsed(NoticeKind, row.kind, 'notification kind'),
        subjectId: row.subject_id ?? undefined,
        channel: row.channel === null ? undefined : parsed(Channel, row.channel, 'notification channel'),
        description: row.description,
        recordedBy: row.recorded_by,
        recordedAt: toDate(row.recorded_at, 'incident_notifications.recorded_at'),
      }),
    );
  }
}

function toIncident(row: {
  id: string;
  operator: string;
  status: string;
  body_json: string;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
}): Incident {
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
