import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { z } from 'zod';
import type {
  NewVerificationJob,
  VerificationJob,
  VerificationJobLease,
  VerificationJobRepository,
  VerificationOutcome,
} from '../app/verification-job-ports.ts';
import type { EvidenceVerification } from '../app/verify-evidence.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { optionalDate, toDate } from './row-values.ts';
import type { EvidenceVerificationJobsTable } from './verification-job-tables.ts';

const Seq = z.number().int().min(0);
// The stored result is an edge (STYLE.md): checked on the way out like any JSON column.
const ResultSchema = z.object({
  ok: z.boolean(),
  from: Seq,
  to: Seq,
  entries: Seq,
  anchor: z.enum(['genesis', 'archive-checkpoint', 'previous-entry']),
  checkpoints: Seq,
  sealedThrough: Seq,
  unsealed: Seq,
  problem: z
    .object({
      seq: Seq.optional(),
      kind: z.enum([
        'edited',
        'deleted',
        'inserted',
        'reordered',
        'broken-link',
        'checkpoint-mismatch',
        'forged-checkpoint',
        'archive-mismatch',
        'unsealed',
        'bad-file',
        'untrusted-key',
      ]),
      message: z.string(),
    })
    .optional(),
});
const StatusSchema = z.enum(['running', 'done', 'failed']);

export class KyselyVerificationJobRepository implements VerificationJobRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(job: NewVerificationJob): Promise<VerificationJob> {
    const at = job.createdAt.toISOString();
    await this.#db
      .insertInto('evidence_verification_jobs')
      .values({
        id: job.id,
        status: 'running',
        actor: job.actor,
        from_seq: job.from ?? null,
        to_seq: job.to ?? null,
        total: job.total,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return (await this.get(job.id))!;
  }

  async get(id: string): Promise<VerificationJob | undefined> {
    const row = await this.#db
      .selectFrom('evidence_verification_jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toJob(row);
  }

  async list(limit: number): Promise<readonly VerificationJob[]> {
    const rows = await this.#db
      .selectFrom('evidence_verification_jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toJob);
  }

  async claim(id: string, owner: string, now: Date, leaseMs: number): Promise<VerificationJobLease | undefined> {
    const at = now.toISOString();
    // Compare-and-set: one node wins; the others see an unexpired lease (PostgreSQL re-checks after the row lock).
    const result = await this.#db
      .updateTable('evidence_verification_jobs')
      .set({
        lease_owner: owner,
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        lease_epoch: sql<number>`lease_epoch + 1`,
        attempts: sql<number>`attempts + 1`,
        checked: 0,
        updated_at: at,
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<', at)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    const row = await this.#db
      .selectFrom('evidence_verification_jobs')
      .select(['lease_owner', 'lease_epoch'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.lease_owner === owner ? { id, owner, epoch: Number(row.lease_epoch) } : undefined;
  }

  async progress(lease: VerificationJobLease, checked: number, now: Date, leaseUntil: Date): Promise<boolean> {
    const result = await this.#fenced(lease, {
      checked,
      updated_at: now.toISOString(),
      lease_until: leaseUntil.toISOString(),
    });
    return Number(result.numUpdatedRows) === 1;
  }

  async finish(lease: VerificationJobLease, outcome: VerificationOutcome, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const result = await this.#fenced(lease, {
      status: outcome.status,
      ...(outcome.status === 'done'
        ? { checked: outcome.result.entries, result_json: JSON.stringify(outcome.result) }
        : { error: outcome.error }),
      updated_at: at,
      finished_at: at,
      lease_owner: null,
      lease_until: null,
    });
    return Number(result.numUpdatedRows) === 1;
  }

  async abandoned(now: Date, limit: number): Promise<readonly string[]> {
    const rows = await this.#db
      .selectFrom('evidence_verification_jobs')
      .select('id')
      .where('status', '=', 'running')
      .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<', now.toISOString())]))
      .orderBy('created_at', 'asc')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  #fenced(lease: VerificationJobLease, values: Updateable<EvidenceVerificationJobsTable>) {
    return this.#db
      .updateTable('evidence_verification_jobs')
      .set(values)
      .where('id', '=', lease.id)
      .where('status', '=', 'running')
      .where('lease_owner', '=', lease.owner)
      .where('lease_epoch', '=', lease.epoch)
      .executeTakeFirst();
  }
}

function toJob(row: Selectable<EvidenceVerificationJobsTable>): VerificationJob {
  const status = StatusSchema.safeParse(row.status);
  if (!status.success) throw new AppError('INTERNAL', 'stored verification job has an unknown status');
  let result: EvidenceVerification | undefined;
  if (row.result_json !== null) {
    const parsed = ResultSchema.safeParse(JSON.parse(row.result_json));
    if (!parsed.success) throw new AppError('INTERNAL', 'stored verification result is damaged');
    result = parsed.data as EvidenceVerification;
  }
  const finishedAt = optionalDate(row.finished_at, 'evidence_verification_jobs.finished_at');
  return {
    id: row.id,
    status: status.data,
    actor: row.actor,
    ...(row.from_seq === null ? {} : { from: Number(row.from_seq) }),
    ...(row.to_seq === null ? {} : { to: Number(row.to_seq) }),
    total: Number(row.total),
    checked: Number(row.checked),
    attempts: Number(row.attempts),
    createdAt: toDate(row.created_at, 'evidence_verification_jobs.created_at'),
    updatedAt: toDate(row.updated_at, 'evidence_verification_jobs.updated_at'),
    ...(finishedAt === undefined ? {} : { finishedAt }),
    ...(result === undefined ? {} : { result }),
    ...(row.error === null ? {} : { error: row.error }),
  };
}
