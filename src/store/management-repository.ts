import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { EvidenceEvent } from '../app/evidence-log.ts';
import {
  MANAGEMENT_KINDS,
  type ManagementKind,
  type ManagementRecord,
  type ManagementRecordRepository,
} from '../app/management-ports.ts';
import { AppError } from '../core/app-error.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { Database } from './database.ts';
import type { EvidenceWriter } from './evidence-writer.ts';
import type { ManagementRecordsTable } from './management-tables.ts';
import { compact, toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

const BodySchema = z.record(z.string(), z.unknown());
const KindSchema = z.enum(MANAGEMENT_KINDS);

export class KyselyManagementRecordRepository implements ManagementRecordRepository {
  readonly #db: Kysely<Database>;
  readonly #writer: EvidenceWriter | undefined;

  /** With the evidence writer, changes and their evidence entries commit in one transaction. */
  constructor(db: Kysely<Database>, writer?: EvidenceWriter) {
    this.#db = db;
    this.#writer = writer;
  }

  async insert(records: readonly ManagementRecord[], evidence: readonly EvidenceEvent[] = []): Promise<void> {
    if (records.length === 0 && evidence.length === 0) return;
    try {
      await this.#chained(evidence, (db) => insertRecords(db, records));
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

  async update(
    kind: ManagementKind,
    id: string,
    expected: object,
    body: object,
    evidence: readonly EvidenceEvent[] = [],
  ): Promise<boolean> {
    try {
      return await this.#chained(evidence, async (db) => {
        const result = await db
          .updateTable('management_records')
          .set({ body_json: canonicalJson(body) })
          .where('kind', '=', kind)
          .where('id', '=', id)
          .where('body_json', '=', canonicalJson(expected))
          .executeTakeFirst();
        // A lost compare-and-set must not leave its evidence behind: undo the transaction.
        if (Number(result.numUpdatedRows) !== 1 && evidence.length > 0) throw LOST;
        return Number(result.numUpdatedRows) === 1;
      });
    } catch (error) {
      if (error === LOST) return false;
      throw error;
    }
  }

  /** Runs `work` alone, or inside the evidence writer's transaction that appends `evidence`. */
  #chained<T>(evidence: readonly EvidenceEvent[], work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (evidence.length === 0) return this.#db.transaction().execute(work);
    if (this.#writer === undefined) throw new AppError('INTERNAL', 'this store cannot chain evidence to records');
    return this.#writer.appendWith(evidence, work);
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

const LOST = Symbol('compare-and-set lost');

// SQLite binds at most 32766 parameters per statement; 6 columns x 1000 rows stays well under.
const ROWS_PER_INSERT = 1000;

async function insertRecords(db: Kysely<Database>, records: readonly ManagementRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += ROWS_PER_INSERT) {
    await insertChunk(db, records.slice(start, start + ROWS_PER_INSERT));
  }
}

async function insertChunk(db: Kysely<Database>, records: readonly ManagementRecord[]): Promise<void> {
  await db
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
