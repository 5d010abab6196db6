import { hostname } from 'node:os';
import { AppError } from '../../core/app-error.ts';
import type { CellValue } from '../../core/dataset/dataset-rows.ts';
import {
  type CertifiedTarget,
  chainKeys,
  type DisposalCertificate,
  keysSha256,
} from '../../core/retention/disposal-certificate.ts';
import type { DisposalTarget } from '../../core/retention/disposal-schedule.ts';
import { and, type DueCondition, type HeldKeys, withHeldKeys } from '../../core/retention/due-condition.ts';
import { holdCoversSystem, type LegalHold } from '../../core/retention/legal-hold.ts';
import type { DisposalConnector } from '../connector.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import { certificateTotals, sealCertificate } from './certify-disposal.ts';
import { heldRows, mergeHeldKeys } from './legal-holds.ts';
import { keyColumns, personHolds } from './plan-disposal.ts';
import type { RetentionDeps } from './retention-deps.ts';
import type { DisposalBatch, DisposalJob, JobLease, TargetProgress } from './retention-ports.ts';

export interface RunJobOptions {
  /** Who runs it (host, process): the lease names it, the certificate says who executed. */
  readonly owner?: string;
  /** How long a claim lasts without a batch renewing it (default 60 s): a crashed run is resumable after it. */
  readonly leaseMs?: number;
  /** Rows per batch and transaction (default 5,000 on PostgreSQL, 1,000 elsewhere). */
  readonly batchSize?: number;
  readonly onProgress?: (job: { readonly id: string; readonly progress: readonly TargetProgress[] }) => void;
  /** Test seam: runs after a batch changed the company database and before the batch is recorded (a crash there). */
  readonly afterDispose?: (seq: number) => void | Promise<void>;
}

/**
 * Why a run stopped, fit for the job record and logs: our own errors say it in words; a driver's message may quote
 * a row's values (a constraint's detail), so only its kind and SQLSTATE are kept.
 */
export function failureReason(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (!(error instanceof Error)) return 'unknown failure';
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''} in the company database or the store`;
}

export function processOwner(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Runs (or resumes) a disposal job: claims it (one node at a time), first accounts for a batch a crashed run left
 * pending, then disposes target by target in batches in key order, each recorded before and after it touches the
 * company database, re-checking legal holds and cancellation between batches. At the end every target is
 * re-queried and the certificate is stored with its evidence entry. Returns the job as it ends.
 */
export async function runDisposalJob(
  deps: RetentionDeps,
  jobId: string,
  options: RunJobOptions = {},
): Promise<DisposalJob> {
  const repo = deps.store.retention;
  const owner = options.owner ?? processOwner();
  const leaseMs = options.leaseMs ?? 60_000;
  const lease = await repo.claim(jobId, owner, deps.clock.now(), leaseMs);
  if (lease === undefined) {
    const job = await repo.job(jobId);
    if (job === undefined) throw new AppError('NOT_FOUND', `disposal job ${jobId} not found`);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    throw new AppError('CONFLICT', `disposal job ${jobId} is being run by ${job.lease?.owner ?? 'another process'}`, {
      details: { job: jobId, ...(job.lease ? { leaseUntil: job.lease.until.toISOString() } : {}) },
    });
  }
  try {
    const job = (await repo.job(jobId))!;
    await new JobRun(deps, job, lease, { ...options, owner, leaseMs }).execute();
  } catch (error) {
    const lost = error instanceof AppError && error.code === 'CONFLICT' && error.details.job === jobId;
    if (!lost) await repo.releaseLease(lease, failureReason(error));
    throw error;
  }
  return (await repo.job(jobId))!;
}

class JobRun {
  readonly #progress: TargetProgress[];
  readonly #bindings = new Map<string, DatasetBinding>();
  #heldKeys = new Map<string, HeldKeys>();
  #heldSystems = new Set<string>();
  #holdIds = '';
  #holds: readonly LegalHold[] = [];
  #seq = 0;

  constructor(
    private readonly deps: RetentionDeps,
    private readonly job: DisposalJob,
    private readonly lease: JobLease,
    private readonly options: RunJobOptions & { readonly owner: string; readonly leaseMs: number },
  ) {
    this.#progress = [...job.progress];
    for (const system of job.systems) {
      const binding = deps.datasets.find((b) => b.annotations.system === system);
      if (binding === undefined) throw new AppError('UNPROCESSABLE', `system ${system} has no connection on this node`);
      this.#bindings.set(system, binding);
    }
  }

  async execute(): Promise<void> {
    const repo = this.deps.store.retention;
    this.#seq = await repo.batchCount(this.job.id);
    await this.#refreshHolds();
    const pending = await repo.pendingBatch(this.job.id);
    if (pending !== undefined) await this.#recover(pending);
    let cancelled = false;
    for (const [index, { target }] of this.job.targets.entries()) {
      if (this.#progress[index]!.state !== 'pending') continue;
      while (!cancelled) {
        if ((await repo.job(this.job.id))?.cancelRequested) {
          cancelled = true;
          break;
        }
        await this.#refreshHolds();
        if (this.#heldSystems.has(target.system)) {
          await this.#save(index, { ...this.#progress[index]!, state: 'held' });
          break;
        }
        if (await this.#batch(index, target)) break;
      }
    }
    if (cancelled) {
      this.#progress.forEach((p, i) => {
        if (p.state === 'pending') this.#progress[i] = { ...p, state: 'cancelled' };
      });
    }
    await this.#finish(cancelled ? 'cancelled' : 'completed');
  }

  /** One batch of one target; true when the target has no due row left. */
  async #batch(index: number, target: DisposalTarget): Promise<boolean> {
    const disposal = this.#disposal(target.system);
    const condition = this.#condition(target);
    const size =
      this.options.batchSize ?? (this.#bindings.get(target.system)!.connector.engine === 'postgres' ? 5000 : 1000);
    const keys = await disposal.keys(target.table, target.keyColumn, condition, this.#progress[index]!.cursor, size);
    if (keys.length === 0) {
      await this.#save(index, { ...this.#progress[index]!, state: 'done' });
      return true;
    }
    const seq = ++this.#seq;
    const digest = keysSha256(keys);
    await this.deps.store.retention.beginBatch(
      this.lease,
      { jobId: this.job.id, seq, target: index, keys, keysSha256: digest },
      this.#leaseUntil(),
    );
    const changed = await disposal.dispose({ ...this.#batchInput(target, condition), keys });
    await this.options.afterDispose?.(seq);
    await this.#complete(seq, index, changed, keys, digest);
    return false;
  }

  /**
   * A batch recorded but never completed: the crash came before or after the company database committed it. Runs
   * it again (rows already disposed no longer match), then counts what is gone among its keys, so the rows are
   * counted once whichever happened.
   */
  async #recover(batch: DisposalBatch): Promise<void> {
    const { target } = this.job.targets[batch.target]!;
    const disposal = this.#disposal(target.system);
    await disposal.dispose({ ...this.#batchInput(target, this.#condition(target)), keys: batch.keys });
    const among = and({ kind: 'key-in', column: target.keyColumn, keys: batch.keys }, target.pending);
    const remaining = batch.keys.length === 0 ? 0 : await disposal.count(target.table, among);
    await this.#complete(batch.seq, batch.target, batch.keys.length - remaining, batch.keys, batch.keysSha256);
  }

  async #complete(seq: number, index: number, count: number, keys: readonly CellValue[], digest: string) {
    const before = this.#progress[index]!;
    this.#progress[index] = {
      ...before,
      disposed: before.disposed + count,
      batches: before.batches + 1,
      cursor: keys.at(-1) ?? before.cursor,
      keysSha256: chainKeys(before.keysSha256, digest),
    };
    await this.deps.store.retention.completeBatch(this.lease, seq, count, this.#progress);
    this.options.onProgress?.({ id: this.job.id, progress: this.#progress });
  }

  async #save(index: number, progress: TargetProgress): Promise<void> {
    this.#progress[index] = progress;
    await this.deps.store.retention.saveProgress(this.lease, this.#progress, this.#leaseUntil());
    this.options.onProgress?.({ id: this.job.id, progress: this.#progress });
  }

  /** Active holds, re-read before every batch: a hold placed during the run stops what it covers from then on. */
  async #refreshHolds(): Promise<void> {
    const holds = await this.deps.store.retention.holds({ active: true });
    const ids = holds.map((h) => h.id).join(',');
    if (ids === this.#holdIds) return;
    this.#holdIds = ids;
    this.#holds = [...new Map([...this.#holds, ...holds].map((h) => [h.id, h])).values()];
    const version = await this.deps.store.ledgerVersions.get(this.job.ledgerVersion);
    this.#heldSystems = new Set();
    this.#heldKeys = new Map();
    for (const [system, binding] of this.#bindings) {
      const ledgerSystem = version?.ledger.systems.find((s) => s.id === system);
      if (ledgerSystem === undefined || holds.some((h) => holdCoversSystem(h, ledgerSystem))) {
        this.#heldSystems.add(system);
        continue;
      }
      const found = await heldRows(this.deps, personHolds(holds, ledgerSystem.operators), binding);
      this.#heldKeys.set(system, mergeHeldKeys(found, keyColumns(binding)));
    }
  }

  #condition(target: DisposalTarget) {
    return withHeldKeys(target.dueNow, this.#heldKeys.get(target.system) ?? new Map());
  }

  #batchInput(target: DisposalTarget, condition: DueCondition) {
    const binding = this.#bindings.get(target.system)!;
    return {
      table: target.table,
      keyColumn: target.keyColumn,
      condition,
      change: target.change,
      keyedHash: binding.keyedHash,
    };
  }

  #disposal(system: string): DisposalConnector {
    const disposal = this.#bindings.get(system)?.connector.disposal;
    if (disposal === undefined)
      throw new AppError('UNPROCESSABLE', `the connector of ${system} cannot dispose in batches`);
    return disposal;
  }

  #leaseUntil(): Date {
    return new Date(this.deps.clock.now().getTime() + this.options.leaseMs);
  }

  /** Re-queries every target, then stores the certificate, finishes the job and records the evidence together. */
  async #finish(status: 'completed' | 'cancelled'): Promise<void> {
    const targets: CertifiedTarget[] = [];
    for (const [index, { target, planned, held }] of this.job.targets.entries()) {
      const progress = this.#progress[index]!;
      const state = progress.state === 'pending' ? 'cancelled' : progress.state;
      const remaining =
        state === 'contractor' ? 0 : await this.#disposal(target.system).count(target.table, this.#condition(target));
      const { id, system, table, action, rule, rules, items } = target;
      targets.push({
        target: id,
        system,
        table,
        action,
        rule,
        rules,
        items,
        planned,
        disposed: progress.disposed,
        held,
        status: state,
        remaining,
        keysSha256: progress.keysSha256,
      });
    }
    const now = this.deps.clock.now();
    const startHolds = new Map(this.job.holds.map((h) => [h.id, h.rows]));
    const certificate: DisposalCertificate = {
      id: `cert-${this.job.id}`,
      kind: 'run',
      jobId: this.job.id,
      status,
      asOf: this.job.asOf,
      ledgerVersion: this.job.ledgerVersion,
      requestedBy: this.job.requestedBy,
      executedBy: this.options.owner,
      startedAt: (this.job.startedAt ?? this.job.createdAt).toISOString(),
      finishedAt: now.toISOString(),
      targets,
      holds: this.#holds.map((h) => ({ id: h.id, scope: h.scope, rows: startHolds.get(h.id) ?? 0 })),
      totals: certificateTotals(targets),
      verification: {
        ok: targets.every((t) => t.status !== 'done' || t.remaining === 0),
        method: 're-query',
        checkedAt: now.toISOString(),
      },
    };
    const { stored, evidence } = await sealCertificate(this.deps, certificate, this.job.requestedBy);
    await this.deps.store.retention.finishJob(this.lease, { status, certificate: stored, now }, [evidence]);
  }
}
