import type { Kysely } from 'kysely';
import type { EvidenceEvent } from '../app/evidence-log.ts';
import type {
  CorrectiveAction,
  Incident,
  IncidentLetter,
  IncidentNotification,
  IncidentReportVersion,
  IncidentRepository,
} from '../app/incidents/incident-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { ReportKind } from '../core/incidents/report-items.ts';
import type { Database } from './database.ts';
import type { EvidenceWriter } from './evidence-writer.ts';
import { incidentBodyJson } from './incident-row.ts';
import { toAction, toIncident, toLetter, toNotification, toReportVersion } from './incident-rows.ts';
import { isUniqueViolation } from './unique-violation.ts';

// Thrown inside a chained transaction to undo it (a close that found nothing open records no evidence).
const NOTHING = Symbol('nothing changed');

export class KyselyIncidentRepository implements IncidentRepository {
  readonly #db: Kysely<Database>;
  readonly #writer: EvidenceWriter | undefined;

  /** With the evidence writer, every change and its evidence entries commit in one transaction. */
  constructor(db: Kysely<Database>, writer?: EvidenceWriter) {
    this.#db = db;
    this.#writer = writer;
  }

  /** Runs `work` alone, or in the evidence writer's transaction that appends `evidence`. */
  #chained<T>(evidence: readonly EvidenceEvent[], work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (evidence.length === 0) return this.#db.transaction().execute(work);
    if (this.#writer === undefined) throw new AppError('INTERNAL', 'this store cannot chain evidence to records');
    return this.#writer.appendWith(evidence, work);
  }

  async create(incident: Incident, evidence: readonly EvidenceEvent[] = []): Promise<void> {
    await this.#chained(evidence, async (db) => {
      await db
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
    });
  }

  async update(incident: Incident, evidence: readonly EvidenceEvent[] = []): Promise<void> {
    await this.#chained(evidence, (db) => updateIncident(db, incident));
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

  async addReportVersion(
    v: Omit<IncidentReportVersion, 'version'>,
    evidence: (version: number) => readonly EvidenceEvent[] = () => [],
  ): Promise<IncidentReportVersion> {
    // Next number per (incident, kind); two concurrent drafts may pick the same one: the key refuses the later,
    // which retries (its evidence went with its rolled-back transaction).
    for (let attempt = 0; ; attempt++) {
      const last = await this.#db
        .selectFrom('incident_reports')
        .select((eb) => eb.fn.max('version').as('max'))
        .where('incident_id', '=', v.incidentId)
        .where('kind', '=', v.kind)
        .executeTakeFirst();
      const version = Number(last?.max ?? 0) + 1;
      try {
        await this.#chained(evidence(version), async (db) => {
          await db
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
        });
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
    return rows.map(toReportVersion);
  }

  async addAction(a: CorrectiveAction, evidence: readonly EvidenceEvent[] = []): Promise<void> {
    await this.#chained(evidence, async (db) => {
      await db
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
    });
  }

  async closeAction(
    incidentId: string,
    actionId: string,
    by: string,
    at: Date,
    evidence: readonly EvidenceEvent[] = [],
  ): Promise<boolean> {
    try {
      return await this.#chained(evidence, async (db) => {
        const result = await db
          .updateTable('incident_actions')
          .set({ status: 'closed', closed_at: at.toISOString(), closed_by: by })
          .where('id', '=', actionId)
          .where('incident_id', '=', incidentId)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw NOTHING;
        return true;
      });
    } catch (error) {
      if (error === NOTHING) return false;
      throw error;
    }
  }

  async actions(incidentId: string): Promise<CorrectiveAction[]> {
    const rows = await this.#db
      .selectFrom('incident_actions')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    return rows.map(toAction);
  }

  async addNotification(
    n: IncidentNotification,
    evidence: readonly EvidenceEvent[] = [],
    also: { readonly letter?: IncidentLetter; readonly incident?: Incident } = {},
  ): Promise<void> {
    const { letter, incident } = also;
    await this.#chained(evidence, async (db) => {
      if (incident !== undefined) await updateIncident(db, incident);
      await db
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
      if (letter === undefined) return;
      await db
        .insertInto('incident_letters')
        .values({
          notification_id: letter.notificationId,
          incident_id: letter.incidentId,
          lang: letter.lang,
          content: letter.content,
          encrypted: letter.encrypted ? 1 : 0,
          created_at: letter.createdAt.toISOString(),
        })
        .execute();
    });
  }

  async notifications(incidentId: string): Promise<IncidentNotification[]> {
    const rows = await this.#db
      .selectFrom('incident_notifications')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('recorded_at')
      .orderBy('id')
      .execute();
    return rows.map(toNotification);
  }

  async letter(notificationId: string): Promise<IncidentLetter | undefined> {
    const row = await this.#db
      .selectFrom('incident_letters')
      .selectAll()
      .where('notification_id', '=', notificationId)
      .executeTakeFirst();
    return row === undefined ? undefined : toLetter(row);
  }
}

async function updateIncident(db: Kysely<Database>, incident: Incident): Promise<void> {
  await db
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
