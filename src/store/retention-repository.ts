import { type Kysely, sql } from 'kysely';
import type { EvidenceEvent } from '../app/evidence-log.ts';
import type {
  DisposalBatch,
  DisposalJob,
  JobLease,
  NewDisposalJob,
  RetentionDocument,
  RetentionRepository,
  StoredCertificate,
  TargetProgress,
} from '../app/retention/retention-ports.ts';
import { AppError } from '../core/app-error.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { LegalHold } from '../core/retention/legal-hold.ts';
import type { Database } from './database.ts';
import type { EvidenceWriter } from './evidence-writer.ts';
import { fenced, insertCertificate, insertJob, toCertificate, toHold, toJob } from './retention-records.ts';
import { type JobBody, KeysSchema, parseColumn } from './retention-row.ts';
import { toDate } from './row-values.ts';
import { isUniqueViolation } from './unique-violation.ts';

export class KyselyRetentionRepository implements RetentionRepository {
  readonly #db: Kysely<Database>;
  readonly #writer: EvidenceWriter | undefined;

  /** With the evidence writer, records and their evidence entries commit in one transaction. */
  constructor(db: Kysely<Database>, writer?: EvidenceWriter) {
    this.#db = db;
    this.#writer = writer;
  }

  async addHold(hold: LegalHold, sealed: Uint8Array | undefined, evidence: readonly EvidenceEvent[]): Promise<void> {
    await this.#chained(evidence, async (db) => {
      await db
        .insertInto('retention_holds')
        .values({
          id: hold.id,
          kind: hold.scope.kind,
          scope_json: canonicalJson(hold.scope),
          reason: hold.reason,
          owner: hold.owner,
          placed_by: hold.placedBy,
          placed_at: hold.placedAt.toISOString(),
          released_by: null,
          released_at: null,
          release_reason: null,
          identity_sealed: sealed ?? null,
        })
        .execute();
    });
  }

  async releaseHold(id: string, released: NonNullable<LegalHold['released']>, evidence: readonly EvidenceEvent[]) {
    try {
      return await this.#chained(evidence, async (db) => {
        const result = await db
          .updateTable('retention_holds')
          .set({ released_by: released.by, released_at: released.at.toISOString(), release_reason: released.reason })
          .where('id', '=', id)
          .where('released_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw NOT_RELEASED;
        return true;
      });
    } catch (error) {
      if (error === NOT_RELEASED) return false;
      throw error;
    }
  }

  async holds(filter: { readonly active?: boolean } = {}): Promise<readonly LegalHold[]> {
    let query = this.#db.selectFrom('retention_holds').selectAll();
    if (filter.active === true) query = query.where('released_at', 'is', null);
    if (filter.active === false) query = query.where('released_at', 'is not', null);
    return (await query.orderBy('placed_at').orderBy('id').execute()).map(toHold);
  }

  async hold(id: string): Promise<LegalHold | undefined> {
    const row = await this.#db.selectFrom('retention_holds').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toHold(row) : undefined;
  }

  async holdIdentity(id: string): Promise<Uint8Array | undefined> {
    const row = await this.#db
      .selectFrom('retention_holds')
      .select('identity_sealed')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.identity_sealed ? new Uint8Array(row.identity_sealed) : undefined;
  }

  async createJob(job: NewDisposalJob, evidence: readonly EvidenceEvent[]): Promise<DisposalJob> {
    const body: JobBody = { systems: [...job.systems], targets: [...job.targets], holds: [...job.holds] };
    try {
      await this.#chained(evidence, async (db) => {
        await insertJob(db, job, body);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const active = await this.activeJob();
        throw new AppError(
          'CONFLICT',
          `disposal job ${active?.id ?? '(another)'} is still active: wait for it or resume it`,
          {
            cause: error,
            details: active ? { job: active.id } : {},
          },
        );
      }
      throw error;
    }
    return (await this.job(job.id))!;
  }

  async job(id: string): Promise<DisposalJob | undefined> {
    const row = await this.#db.selectFrom('retention_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toJob(row) : undefined;
  }

  async jobs(limit: number): Promise<readonly DisposalJob[]> {
    const rows = await this.#db
      .selectFrom('retention_jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toJob);
  }

  async activeJob(): Promise<DisposalJob | undefined> {
    const row = await this.#db.selectFrom('retention_jobs').selectAll().where('active', '=', 1).executeTakeFirst();
    return row ? toJob(row) : undefined;
  }

  async claim(jobId: string, owner: string, now: Date, leaseMs: number): Promise<JobLease | undefined> {
    const at = now.toISOString();
    // Compare-and-set: one node wins; the others see an unexpired lease (PostgreSQL re-checks after the row lock).
    const result = await this.#db
      .updateTable('retention_jobs')
      .set(() => ({
        status: 'running',
        lease_owner: owner,
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        lease_epoch: sql<number>`lease_epoch + 1`,
        attempts: sql<number>`attempts + 1`,
        started_at: sql<string>`coalesce(started_at, ${at})`,
        updated_at: at,
      }))
      .where('id', '=', jobId)
      .where('active', '=', 1)
      .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<', at)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    const row = await this.#db
      .selectFrom('retention_jobs')
      .select(['lease_owner', 'lease_epoch'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    if (row.lease_owner !== owner) return undefined;
    return { jobId, owner, epoch: Number(row.lease_epoch) };
  }

  async beginBatch(lease: JobLease, batch: Omit<DisposalBatch, 'state' | 'count'>, leaseUntil: Date): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await fenced(trx, lease, { lease_until: leaseUntil.toISOString() });
      await trx
        .insertInto('retention_batches')
        .values({
          job_id: batch.jobId,
          seq: batch.seq,
          target: batch.target,
          keys_json: canonicalJson(batch.keys),
          keys_sha256: batch.keysSha256,
          state: 'pending',
          count: null,
        })
        .execute();
    });
  }

  async completeBatch(lease: JobLease, seq: number, count: number, progress: readonly TargetProgress[]) {
    await this.#db.transaction().execute(async (trx) => {
      await fenced(trx, lease, { progress_json: canonicalJson(progress) });
      const done = await trx
        .updateTable('retention_batches')
        .set({ state: 'done', count, keys_json: null })
        .where('job_id', '=', lease.jobId)
        .where('seq', '=', seq)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw new AppError('CONFLICT', `batch ${seq} is not pending`);
    });
  }

  async saveProgress(lease: JobLease, progress: readonly TargetProgress[], leaseUntil: Date): Promise<void> {
    await fenced(this.#db, lease, { progress_json: canonicalJson(progress), lease_until: leaseUntil.toISOString() });
  }

  async pendingBatch(jobId: string): Promise<DisposalBatch | undefined> {
    const row = await this.#db
      .selectFrom('retention_batches')
      .selectAll()
      .where('job_id', '=', jobId)
      .where('state', '=', 'pending')
      .orderBy('seq')
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      jobId,
      seq: row.seq,
      target: row.target,
      keys: parseColumn(KeysSchema, row.keys_json ?? '[]', 'batch keys'),
      keysSha256: row.keys_sha256,
      state: 'pending',
    };
  }

  async batchCount(jobId: string): Promise<number> {
    const row = await this.#db
      .selectFrom('retention_batches')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async requestCancel(jobId: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('retention_jobs')
      .set({ cancel_requested: 1 })
      .where('id', '=', jobId)
      .where('active', '=', 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async releaseLease(lease: JobLease, error: string): Promise<void> {
    await fenced(this.#db, lease, { lease_owner: null, lease_until: null, error }).catch(() => {});
  }

  async failJob(lease: JobLease, error: string, now: Date): Promise<void> {
    await fenced(this.#db, lease, {
      status: 'failed',
      active: null,
      error,
      finished_at: now.toISOString(),
      lease_owner: null,
      lease_until: null,
    });
  }

  async finishJob(
    lease: JobLease,
    outcome: {
      readonly status: 'completed' | 'cancelled';
      readonly certificate: StoredCertificate;
      readonly now: Date;
    },
    evidence: readonly EvidenceEvent[],
  ): Promise<void> {
    await this.#chained(evidence, async (db) => {
      await fenced(db, lease, {
        status: outcome.status,
        active: null,
        finished_at: outcome.now.toISOString(),
        certificate_id: outcome.certificate.id,
        lease_owner: null,
        lease_until: null,
        error: null,
      });
      await insertCertificate(db, outcome.certificate);
    });
  }

  async addCertificate(
    certificate: StoredCertificate,
    document: RetentionDocument | undefined,
    evidence: readonly EvidenceEvent[],
  ): Promise<void> {
    await this.#chained(evidence, async (db) => {
      await insertCertificate(db, certificate);
      if (document === undefined) return;
      await db
        .insertInto('retention_documents')
        .values({
          id: document.id,
          certificate_id: document.certificateId,
          file_name: document.fileName,
          media_type: document.mediaType,
          content: document.content,
          encrypted: document.encrypted ? 1 : 0,
          sha256: document.sha256,
          uploaded_at: document.uploadedAt.toISOString(),
        })
        .execute();
    });
  }

  async certificate(id: string): Promise<StoredCertificate | undefined> {
    const row = await this.#db.selectFrom('retention_certificates').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { ...toCertificate(row), pdf: new Uint8Array(row.pdf) } : undefined;
  }

  async certificates(limit: number): Promise<readonly Omit<StoredCertificate, 'pdf'>[]> {
    const rows = await this.#db
      .selectFrom('retention_certificates')
      .select(['id', 'kind', 'job_id', 'issued_at', 'body_json', 'body_sha256', 'pdf_sha256'])
      .orderBy('issued_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toCertificate);
  }

  async document(id: string): Promise<RetentionDocument | undefined> {
    const row = await this.#db.selectFrom('retention_documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      id: row.id,
      certificateId: row.certificate_id,
      fileName: row.file_name,
      mediaType: row.media_type,
      content: new Uint8Array(row.content),
      encrypted: Number(row.encrypted) === 1,
      sha256: row.sha256,
      uploadedAt: toDate(row.uploaded_at, 'retention_documents.uploaded_at'),
    };
  }

  /** Runs `work` in a transaction, inside the evidence writer's when there is evidence to append with it. */
  #chained<T>(evidence: readonly EvidenceEvent[], work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (evidence.length === 0) return this.#db.transaction().execute(work);
    if (this.#writer === undefined) throw new AppError('INTERNAL', 'this store cannot chain evidence to records');
    return this.#writer.appendWith(evidence, work);
  }
}

const NOT_RELEASED = Symbol('hold not released');
