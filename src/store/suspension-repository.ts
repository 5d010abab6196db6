import type { Kysely, Selectable } from 'kysely';
import type { SuspensionRepository } from '../app/consent-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Suspension } from '../core/consent/consent-record.ts';
import { CoalescedReads } from './coalesced-reads.ts';
import type { SuspensionsTable } from './consent-tables.ts';
import type { Database, StoreKind } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';
import { groupBySubject, subjectRowsQuery } from './subject-rows-query.ts';
import { isUniqueViolation } from './unique-violation.ts';

export class KyselySuspensionRepository implements SuspensionRepository {
  readonly #db: Kysely<Database>;
  readonly #forSubjects: ReturnType<typeof subjectRowsQuery<'suspensions'>>;
  // Concurrent reads of single people (consent-state calls) share one statement.
  readonly #one = new CoalescedReads<Suspension>((ids) => this.listForSubjects(ids));

  constructor(db: Kysely<Database>, kind: StoreKind) {
    this.#db = db;
    this.#forSubjects = subjectRowsQuery(kind, 'suspensions', ['since', 'id']);
  }

  async add(s: Suspension): Promise<void> {
    await this.#insert(s).catch((error: unknown) => {
      if (!isUniqueViolation(error) || s.requestId === undefined) throw error;
      throw new AppError('CONFLICT', `a suspension for request ${s.requestId} is already recorded`, {
        details: { rule: 'suspension-recorded' },
      });
    });
  }

  #insert(s: Suspension) {
    return this.#db
      .insertInto('suspensions')
      .values({
        id: s.id,
        subject_id: s.subjectId,
        kind: s.kind,
        purpose: s.purpose ?? null,
        recipient: s.recipient ?? null,
        request_id: s.requestId ?? null,
        since: s.since.toISOString(),
        lifted_at: s.liftedAt?.toISOString() ?? null,
      })
      .execute();
  }

  async lift(id: string, at: Date): Promise<boolean> {
    const result = await this.#db
      .updateTable('suspensions')
      .set({ lifted_at: at.toISOString() })
      .where('id', '=', id)
      .where('lifted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  listForSubject(subjectId: string): Promise<readonly Suspension[]> {
    return this.#one.read(subjectId);
  }

  async listForSubjects(subjectIds: readonly string[]): Promise<ReadonlyMap<string, readonly Suspension[]>> {
    return groupBySubject(subjectIds, await this.#forSubjects(this.#db, subjectIds), toSuspension);
  }
}

function toSuspension(row: Selectable<SuspensionsTable>): Suspension {
  return compact({
    id: row.id,
    subjectId: row.subject_id,
    kind: row.kind as Suspension['kind'],
    purpose: row.purpose ?? undefined,
    recipient: row.recipient ?? undefined,
    requestId: row.request_id ?? undefined,
    since: toDate(row.since, 'suspensions.since'),
    liftedAt: optionalDate(row.lifted_at, 'suspensions.lifted_at'),
  });
}
