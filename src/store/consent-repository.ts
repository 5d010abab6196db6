import type { Kysely, Selectable } from 'kysely';
import type { ConsentRepository, Page } from '../app/consent-ports.ts';
import type { ConsentRecord } from '../core/consent/consent-record.ts';
import { CoalescedReads } from './coalesced-reads.ts';
import type { ConsentsTable } from './consent-tables.ts';
import type { Database, StoreKind } from './database.ts';
import { compact, toDate, toItems } from './row-values.ts';
import { groupBySubject, subjectRowsQuery } from './subject-rows-query.ts';

export class KyselyConsentRepository implements ConsentRepository {
  readonly #db: Kysely<Database>;
  readonly #forSubjects: ReturnType<typeof subjectRowsQuery<'consents'>>;
  // Concurrent reads of single people (consent-state calls) share one statement.
  readonly #one = new CoalescedReads<ConsentRecord>((ids) => this.listForSubjects(ids));

  constructor(db: Kysely<Database>, kind: StoreKind) {
    this.#db = db;
    this.#forSubjects = subjectRowsQuery(kind, 'consents', ['at', 'id']);
  }

  async record(consent: ConsentRecord): Promise<void> {
    await this.#db
      .insertInto('consents')
      .values({
        id: consent.id,
        subject_id: consent.subjectId,
        status: consent.status,
        purpose: consent.scope.purpose ?? null,
        recipient: consent.scope.recipient ?? null,
        country: consent.scope.country ?? null,
        items_json: consent.scope.items ? JSON.stringify(consent.scope.items) : null,
        method: consent.method,
        information_version: consent.informationVersion ?? null,
        recorded_by: consent.recordedBy,
        at: consent.at.toISOString(),
      })
      .execute();
  }

  listForSubject(subjectId: string): Promise<readonly ConsentRecord[]> {
    return this.#one.read(subjectId);
  }

  async listForSubjects(subjectIds: readonly string[]): Promise<ReadonlyMap<string, readonly ConsentRecord[]>> {
    return groupBySubject(subjectIds, await this.#forSubjects(this.#db, subjectIds), toConsent);
  }

  async list(
    filter: {
      subjectId?: string;
      purpose?: string;
      recipient?: string;
      status?: string;
      since?: Date;
      visiblePurposes?: readonly string[];
    },
    page: Page,
  ): Promise<{ items: readonly ConsentRecord[]; total: number }> {
    let query = this.#db.selectFrom('consents');
    if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
    if (filter.purpose !== undefined) query = query.where('purpose', '=', filter.purpose);
    if (filter.recipient !== undefined) query = query.where('recipient', '=', filter.recipient);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.since !== undefined) query = query.where('at', '>=', filter.since.toISOString());
    const visible = filter.visiblePurposes;
    if (visible !== undefined) {
      query = query.where((eb) =>
        visible.length === 0
          ? eb('purpose', 'is', null)
          : eb.or([eb('purpose', 'is', null), eb('purpose', 'in', visible)]),
      );
    }
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
      query.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toConsent), total: Number(count.count) };
  }
}

function toConsent(row: Selectable<ConsentsTable>): ConsentRecord {
  const items = toItems(row.items_json, 'consents.items_json');
  return compact({
    id: row.id,
    subjectId: row.subject_id,
    status: row.status as ConsentRecord['status'],
    scope: compact({
      purpose: row.purpose ?? undefined,
      recipient: row.recipient ?? undefined,
      country: row.country ?? undefined,
      items,
    }),
    method: row.method as ConsentRecord['method'],
    informationVersion: row.information_version ?? undefined,
    recordedBy: row.recorded_by,
    at: toDate(row.at, 'consents.at'),
  });
}
