import type { Kysely, Selectable } from 'kysely';
import {
  FAILED_OUTCOMES,
  type FailureQuery,
  type LoginAttempt,
  type LoginAttemptRepository,
  type LoginOutcome,
  type LoginStep,
} from '../app/auth/auth-ports.ts';
import type { FailureStats } from '../core/auth/login-throttle.ts';
import type { LoginAttemptsTable } from './auth-tables.ts';
import type { Database } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

export class KyselyLoginAttemptRepository implements LoginAttemptRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async record(attempt: LoginAttempt): Promise<void> {
    await this.recordMany([attempt]);
  }

  async recordMany(attempts: readonly LoginAttempt[]): Promise<void> {
    if (attempts.length === 0) return;
    await this.#db
      .insertInto('login_attempts')
      .values(
        attempts.map((a) => ({
          id: a.id,
          at: a.at.toISOString(),
          account: a.account,
          user_id: a.userId ?? null,
          source_ip: a.sourceIp,
          step: a.step,
          outcome: a.outcome,
          failed: FAILED_OUTCOMES.has(a.outcome) ? 1 : 0,
        })),
      )
      .execute();
  }

  async failureStats(q: FailureQuery): Promise<{ ip: FailureStats; account: FailureStats; accountIp: FailureStats }> {
    const accountSince = q.accountSince.toISOString();
    // A success resets the account's counts: only failures inserted after it count.
    const success = await this.#db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('account', '=', q.account)
      .where('outcome', '=', 'success')
      .where('at', '>=', accountSince)
      .executeTakeFirst();
    const afterSeq = Number(success?.seq ?? 0);
    const failures = () =>
      this.#db
        .selectFrom('login_attempts')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('at').as('last')])
        .where('failed', '=', 1);
    const [ip, account, accountIp] = await Promise.all([
      failures().where('source_ip', '=', q.sourceIp).where('at', '>=', q.ipSince.toISOString()).executeTakeFirst(),
      failures()
        .where('account', '=', q.account)
        .where('at', '>=', accountSince)
        .where('seq', '>', afterSeq)
        .executeTakeFirst(),
      failures()
        .where('account', '=', q.account)
        .where('source_ip', '=', q.sourceIp)
        .where('at', '>=', accountSince)
        .where('seq', '>', afterSeq)
        .executeTakeFirst(),
    ]);
    return { ip: toStats(ip), account: toStats(account), accountIp: toStats(accountIp) };
  }

  async list(filter: { account?: string; sourceIp?: string; limit: number }): Promise<readonly LoginAttempt[]> {
    let query = this.#db.selectFrom('login_attempts').selectAll();
    if (filter.account !== undefined) query = query.where('account', '=', filter.account);
    if (filter.sourceIp !== undefined) query = query.where('source_ip', '=', filter.sourceIp);
    const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
    return rows.map(toAttempt);
  }
}

function toStats(row: { n: number | string; last: Date | string | null } | undefined): FailureStats {
  const failures = Number(row?.n ?? 0);
  const last = optionalDate(row?.last ?? null, 'login_attempts.at');
  return last === undefined ? { failures } : { failures, lastFailureAt: last };
}

function toAttempt(row: Selectable<LoginAttemptsTable>): LoginAttempt {
  return compact({
    id: row.id,
    at: toDate(row.at, 'login_attempts.at'),
    account: row.account,
    userId: row.user_id ?? undefined,
    sourceIp: row.source_ip,
    step: row.step as LoginStep,
    outcome: row.outcome as LoginOutcome,
  });
}
