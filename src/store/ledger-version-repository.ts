import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { LedgerVersion, LedgerVersionRepository, LedgerVersionSummary, NewLedgerVersion } from '../app/ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { toLedgerVersion, toLedgerVersionSummary } from './ledger-version-row.ts';

const SUMMARY_COLUMNS = ['number', 'ledger_id', 'content_hash', 'author', 'comment', 'created_at'] as const;
const MAX_APPEND_ATTEMPTS = 60;
// The column is a 32-bit integer on PostgreSQL; larger numbers cannot exist, and asking would be a driver error.
const MAX_NUMBER = 2_147_483_647;

/** Ledger versions in one table; numbers come from the table itself, so they stay gap-free across nodes. */
export class KyselyLedgerVersionRepository implements LedgerVersionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async append(version: NewLedgerVersion): Promise<LedgerVersion> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#insertNext(version);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (attempt >= MAX_APPEND_ATTEMPTS) {
          throw new AppError('CONFLICT', 'could not number the new ledger version: too many concurrent appends', {
            cause: error,
          });
        }
        // Another node took the number first; jittered backoff so the losers do not collide again in lockstep.
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
      }
    }
  }

  async latest(): Promise<LedgerVersion | undefined> {
    const row = await this.#db
      .selectFrom('ledger_versions')
      .selectAll()
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : toLedgerVersion(row);
  }

  async get(number: number): Promise<LedgerVersion | undefined> {
    if (!Number.isSafeInteger(number) || number < 1 || number > MAX_NUMBER) return undefined;
    const row = await this.#db
      .selectFrom('ledger_versions')
      .selectAll()
      .where('number', '=', number)
      .executeTakeFirst();
    return row === undefined ? undefined : toLedgerVersion(row);
  }

  async list(page: { readonly limit: number; readonly offset: number }): Promise<readonly LedgerVersionSummary[]> {
    for (const [name, value] of Object.entries(page)) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new AppError('VALIDATION', `${name} must be a non-negative integer`, {
          issues: [{ path: name, message: 'must be a non-negative integer' }],
        });
      }
    }
    const rows = await this.#db
      .selectFrom('ledger_versions')
      .select(SUMMARY_COLUMNS)
      .orderBy('number', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map(toLedgerVersionSummary);
  }

  async latestNumber(): Promise<number | undefined> {
    const row = await this.#db
      .selectFrom('ledger_versions')
      .select((eb) => eb.fn.max('number').as('number'))
      .executeTakeFirst();
    return row?.number === null || row?.number === undefined ? undefined : Number(row.number);
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('ledger_versions')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    // PostgreSQL returns count(*) as a bigint string.
    return Number(row.count);
  }

  /**
   * Next number and insert in one statement, hence one transaction. Two nodes may still compute the same number;
   * the primary key then rejects the later insert (PostgreSQL waits for the first to commit), and we retry.
   * On SQLite the single statement takes the write lock before it reads, so it always sees the latest number.
   */
  async #insertNext(version: NewLedgerVersion): Promise<LedgerVersion> {
    const row = await this.#db
      .insertInto('ledger_versions')
      .values((eb) => ({
        number: eb.selectFrom('ledger_versions').select(sql<number>`coalesce(max(number), 0) + 1`.as('next')),
        ledger_id: version.ledgerId,
        content_hash: version.contentHash,
        author: version.author,
        comment: version.comment,
        created_at: version.createdAt.toISOString(),
        source: version.source,
        ledger_json: JSON.stringify(version.ledger),
      }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toLedgerVersion(row);
  }
}

/** PostgreSQL unique_violation, or SQLite's primary key / unique constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return (
    error.code === '23505' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
