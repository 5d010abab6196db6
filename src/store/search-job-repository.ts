import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { z } from 'zod';
import type {
  SearchJob,
  SearchJobLease,
  SearchJobRepository,
  SearchJobSystem,
  SearchOutcome,
} from '../app/search-job-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { optionalDate, toDate } from './row-values.ts';
import type { RequestSearchJobsTable } from './search-job-tables.ts';

const Count = z.number().int().min(0);
// JSON columns are an edge (STYLE.md): checked on the way out.
const SystemsSchema = z.array(
  z.object({ system: z.string(), state: z.enum(['waiting', 'searching', 'done']), rows: Count.optional() }),
);
const ResultSchema = z.object({ tables: Count, rows: Count, routedToCustomer: Count });
const StateSchema = z.enum(['running', 'done', 'failed']);

export class KyselySearchJobRepository implements SearchJobRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async begin(
    job: { readonly requestId: string; readonly startedBy: string; readonly systems: readonly SearchJobSystem[] },
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<{ readonly job: SearchJob; readonly lease?: SearchJobLease }> {
    const at = now.toISOString();
    const fresh = {
      state: 'running',
      started_by: job.startedBy,
      started_at: at,
      systems_json: JSON.stringify(job.systems),
      lease_owner: owner,
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
      updated_at: at,
    };
    const inserted = await this.#db
      .insertInto('request_search_jobs')
      .values({ request_id: job.requestId, ...fresh })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .executeTakeFirst();
    let won = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    if (!won) {
      // A finished job, or one whose process died, is replaced by this attempt; a live one is left alone.
      const replaced = await this.#db
        .updateTable('request_search_jobs')
        .set({
          ...fresh,
          finished_at: null,
          result_json: null,
          error_code: null,
          error_message: null,
          attempts: sql<number>`attempts + 1`,
          lease_epoch: sql<number>`lease_epoch + 1`,
        })
        .where('request_id', '=', job.requestId)
        .where((eb) => eb.or([eb('state', '!=', 'running'), eb('lease_until', '<', at)]))
        .executeTakeFirst();
      won = Number(replaced.numUpdatedRows) === 1;
    }
    const row = await this.#row(job.requestId);
    const stored = toJob(row);
    const lease =
      won && row.lease_owner === owner
        ? { requestId: job.requestId, owner, epoch: Number(row.lease_epoch) }
        : undefined;
    return lease ? { job: stored, lease } : { job: stored };
  }

  async get(requestId: string): Promise<SearchJob | undefined> {
    const row = await this.#db
      .selectFrom('request_search_jobs')
      .selectAll()
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return row === undefined ? undefined : toJob(row);
  }

  async claim(requestId: string, owner: string, now: Date, leaseMs: number): Promise<SearchJobLease | undefined> {
    const at = now.toISOString();
    // Compare-and-set on an expired lease: of two nodes resuming the same job, one wins.
    const result = await this.#db
      .updateTable('request_search_jobs')
      .set({
        lease_owner: owner,
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        lease_epoch: sql<number>`lease_epoch + 1`,
        attempts: sql<number>`attempts + 1`,
        updated_at: at,
      })
      .where('request_id', '=', requestId)
      .where('state', '=', 'running')
      .where('lease_until', '<', at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    const row = await this.#row(requestId);
    return row.lease_owner === owner ? { requestId, owner, epoch: Number(row.lease_epoch) } : undefined;
  }

  async progress(
    lease: SearchJobLease,
    systems: readonly SearchJobSystem[],
    now: Date,
    leaseUntil: Date,
  ): Promise<boolean> {
    const result = await this.#fenced(lease, {
      systems_json: JSON.stringify(systems),
      updated_at: now.toISOString(),
      lease_until: leaseUntil.toISOString(),
    });
    return Number(result.numUpdatedRows) === 1;
  }

  async finish(lease: SearchJobLease, outcome: SearchOutcome, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const result = await this.#fenced(lease, {
      state: outcome.state,
      ...(outcome.state === 'done'
        ? { result_json: outcome.result === undefined ? null : JSON.stringify(outcome.result) }
        : { error_code: outcome.error.code, error_message: outcome.error.message }),
      updated_at: at,
      finished_at: at,
      lease_owner: null,
      lease_until: null,
    });
    return Number(result.numUpdatedRows) === 1;
  }

  async abandoned(now: Date, limit: number): Promise<readonly string[]> {
    const rows = await this.#db
      .selectFrom('request_search_jobs')
      .select('request_id')
      .where('state', '=', 'running')
      .where('lease_until', '<', now.toISOString())
      .orderBy('started_at', 'asc')
      .limit(limit)
      .execute();
    return rows.map((row) => row.request_id);
  }

  #row(requestId: string) {
    return this.#db
      .selectFrom('request_search_jobs')
      .selectAll()
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();
  }

  #fenced(lease: SearchJobLease, values: Updateable<RequestSearchJobsTable>) {
    return this.#db
      .updateTable('request_search_jobs')
      .set(values)
      .where('request_id', '=', lease.requestId)
      .where('state', '=', 'running')
      .where('lease_owner', '=', lease.owner)
      .where('lease_epoch', '=', lease.epoch)
      .executeTakeFirst();
  }
}

function toJob(row: Selectable<RequestSearchJobsTable>): SearchJob {
  const state = StateSchema.safeParse(row.state);
  const systems = SystemsSchema.safeParse(JSON.parse(row.systems_json));
  const result = row.result_json === null ? undefined : ResultSchema.safeParse(JSON.parse(row.result_json));
  if (!state.success || !systems.success || (result !== undefined && !result.success)) {
    throw new AppError('INTERNAL', 'stored search job is damaged');
  }
  const finishedAt = optionalDate(row.finished_at, 'request_search_jobs.finished_at');
  return {
    requestId: row.request_id,
    state: state.data,
    startedAt: toDate(row.started_at, 'request_search_jobs.started_at'),
    startedBy: row.started_by,
    ...(finishedAt === undefined ? {} : { finishedAt }),
    attempts: Number(row.attempts),
    systems: systems.data.map(({ system, state, rows }) =>
      rows === undefined ? { system, state } : { system, state, rows },
    ),
    ...(result?.success ? { result: result.data } : {}),
    ...(row.error_code === null ? {} : { error: { code: row.error_code, message: row.error_message ?? '' } }),
  };
}
