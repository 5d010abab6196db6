import type { Kysely, Selectable } from 'kysely';
import type { DisposalJob, JobLease, NewDisposalJob, StoredCertificate } from '../app/retention/retention-ports.ts';
import { AppError } from '../core/app-error.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { DisposalCertificate } from '../core/retention/disposal-certificate.ts';
import { HoldScopeSchema, type LegalHold } from '../core/retention/legal-hold.ts';
import type { Database } from './database.ts';
import { CertificateSchema, type JobBody, JobBodySchema, ProgressSchema, parseColumn } from './retention-row.ts';
import type { RetentionCertificatesTable, RetentionHoldsTable, RetentionJobsTable } from './retention-tables.ts';
import { optionalDate, toDate } from './row-values.ts';

// Rows of the retention tables in and out (the repository's statements live in retention-repository.ts).

const STATUSES: readonly DisposalJob['status'][] = ['queued', 'running', 'completed', 'failed', 'cancelled'];
const LEASE_LOST = 'the disposal job was taken over by another process (its lease was lost); this run stops';

/** A new job's row: queued and active. */
export async function insertJob(db: Kysely<Database>, job: NewDisposalJob, body: JobBody): Promise<void> {
  await db
    .insertInto('retention_jobs')
    .values({
      id: job.id,
      status: 'queued',
      active: 1,
      requested_by: job.requestedBy,
      created_at: job.createdAt.toISOString(),
      updated_at: job.createdAt.toISOString(),
      started_at: null,
      finished_at: null,
      as_of: job.asOf,
      ledger_version: job.ledgerVersion,
      body_json: canonicalJson(body),
      progress_json: canonicalJson(job.progress),
      lease_owner: null,
      lease_until: null,
      lease_epoch: 0,
      attempts: 0,
      cancel_requested: 0,
      error: null,
      certificate_id: null,
    })
    .execute();
}

type JobChanges = Parameters<ReturnType<Kysely<Database>['updateTable']>['set']>[0] & object;

/** Updates the job only while `lease` still holds it: a node whose lease another node took over writes nothing. */
export async function fenced(
  db: Kysely<Database>,
  lease: JobLease,
  changes: Partial<Record<keyof RetentionJobsTable, unknown>>,
) {
  const result = await db
    .updateTable('retention_jobs')
    .set({ ...(changes as JobChanges), updated_at: new Date().toISOString() })
    .where('id', '=', lease.jobId)
    .where('lease_owner', '=', lease.owner)
    .where('lease_epoch', '=', lease.epoch)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new AppError('CONFLICT', LEASE_LOST, { details: { job: lease.jobId } });
}

export async function insertCertificate(db: Kysely<Database>, c: StoredCertificate): Promise<void> {
  await db
    .insertInto('retention_certificates')
    .values({
      id: c.id,
      kind: c.kind,
      job_id: c.jobId ?? null,
      issued_at: c.issuedAt.toISOString(),
      body_json: canonicalJson(c.body),
      body_sha256: c.bodySha256,
      pdf: c.pdf,
      pdf_sha256: c.pdfSha256,
    })
    .execute();
}

export function toHold(row: Selectable<RetentionHoldsTable>): LegalHold {
  const scope = parseColumn(HoldScopeSchema, row.scope_json, `hold ${row.id} scope`);
  const releasedAt = optionalDate(row.released_at, 'retention_holds.released_at');
  return {
    id: row.id,
    scope,
    reason: row.reason,
    owner: row.owner,
    placedBy: row.placed_by,
    placedAt: toDate(row.placed_at, 'retention_holds.placed_at'),
    ...(releasedAt
      ? { released: { by: row.released_by ?? '', at: releasedAt, reason: row.release_reason ?? '' } }
      : {}),
  };
}

export function toJob(row: Selectable<RetentionJobsTable>): DisposalJob {
  const status = STATUSES.find((s) => s === row.status);
  if (status === undefined) throw new AppError('INTERNAL', `stored disposal job ${row.id} has an unknown status`);
  const body = parseColumn(JobBodySchema, row.body_json, `disposal job ${row.id}`) as JobBody;
  const progress = parseColumn(ProgressSchema, row.progress_json, `disposal job ${row.id} progress`);
  const until = optionalDate(row.lease_until, 'retention_jobs.lease_until');
  const started = optionalDate(row.started_at, 'retention_jobs.started_at');
  const finished = optionalDate(row.finished_at, 'retention_jobs.finished_at');
  return {
    id: row.id,
    status,
    requestedBy: row.requested_by,
    createdAt: toDate(row.created_at, 'retention_jobs.created_at'),
    updatedAt: toDate(row.updated_at, 'retention_jobs.updated_at'),
    asOf: row.as_of,
    ledgerVersion: Number(row.ledger_version),
    systems: body.systems,
    targets: body.targets,
    progress,
    holds: body.holds,
    cancelRequested: Number(row.cancel_requested) === 1,
    attempts: Number(row.attempts),
    ...(started ? { startedAt: started } : {}),
    ...(finished ? { finishedAt: finished } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    ...(row.certificate_id !== null ? { certificateId: row.certificate_id } : {}),
    ...(row.lease_owner !== null && until
      ? { lease: { owner: row.lease_owner, until, epoch: Number(row.lease_epoch) } }
      : {}),
  };
}

export function toCertificate(
  row: Omit<Selectable<RetentionCertificatesTable>, 'pdf'>,
): Omit<StoredCertificate, 'pdf'> {
  const kind = row.kind === 'run' || row.kind === 'contractor' ? row.kind : undefined;
  if (kind === undefined) throw new AppError('INTERNAL', `stored certificate ${row.id} has an unknown kind`);
  return {
    id: row.id,
    kind,
    ...(row.job_id !== null ? { jobId: row.job_id } : {}),
    issuedAt: toDate(row.issued_at, 'retention_certificates.issued_at'),
    body: parseColumn(CertificateSchema, row.body_json, `certificate ${row.id}`) as DisposalCertificate,
    bodySha256: row.body_sha256,
    pdfSha256: row.pdf_sha256,
  };
}
