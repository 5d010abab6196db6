import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import {
  MANAGEMENT_KINDS,
  type ManagementKind,
  type ManagementRecord,
  type ManagementRecordRepository,
} from '../app/management-ports.ts';
import { AppError } from '../core/app-error.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { Database } from './database.ts';
import type { ManagementRecordsTable } from './management-tables.ts';
import { compact, toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

const BodySchema = z.record(z.string(), z.unknown());
const KindSchema = z.enum(MANAGEMENT_KINDS);

export class KyselyManagementRecordRepository implements ManagementRecordRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async insert(records: readonly ManagementRecord[]): Promise<void> {
    if (records.length === 0) return;
    try {
      await this.#db
        .insertInto('management_records')
        .values(
          records.map((r) => ({
            id: r.id,
            kind: r.kind,
            operator: r.operator ?? null,
            ref: r.ref ?? null,
            recorded_at: r.recordedAt.toISOString(),
            body_json: canonicalJson(r.body),
          })),
        )
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'a record with this id exists', { cause: error });
      throw error;
    }
  }

  async get(kind: ManagementKind, id: string): Promise<ManagementRecord | undefined> {
    const row = await this.#db
      .selectFrom('management_records')
      .selectAll()
      .where('kind', '=', kind)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async list(kind: ManagementKind, filter: { operator?: string; ref?: string } = {}): Promise<ManagementRecord[]> {
    let query = this.#db.selectFrom('management_records').selectAll().where('kind', '=', kind);
    if (filter.operator !== undefined) query = query.where('operator', '=', filter.operator);
    if (filter.ref !== undefined) query = query.where('ref', '=', filter.ref);
    const rows = await query.orderBy('recorded_at').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async update(kind: ManagementKind, id: string, expected: object, body: object): Promise<boolean> {
    const result = await this.#db
      .updateTable('management_records')
      .set({ body_json: canonicalJson(body) })
      .where('kind', '=', kind)
      .where('id', '=', id)
      .where('body_json', '=', canonicalJson(expected))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async count(kinds: readonly ManagementKind[]): Promise<number> {
    if (kinds.length === 0) return 0;
    const row = await this.#db
      .selectFrom('management_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('kind', 'in', kinds)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function toRecord(row: Selectable<ManagementRecordsTable>): ManagementRecord {
  const kind = KindSchema.safeParse(row.kind);
  const body = BodySchema.safeParse(JSON.parse(row.body_json));
  if (!kind.success || !body.success) throw new AppError('INTERNAL', `stored management record ${row.id} is damaged`);
  return compact({
    id: row.id,
    kind: kind.data,
    operator: row.operator ?? undefined,
    ref: row.ref ?? undefined,
    recordedAt: toDate(row.recorded_at, 'recorded_at'),
    body: body.data,
  });
}
