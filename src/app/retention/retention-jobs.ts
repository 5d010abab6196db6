import { AppError } from '../../core/app-error.ts';
import type { RetentionDeps } from './retention-deps.ts';
import type { DisposalJob } from './retention-ports.ts';
import { failureReason, processOwner, type RunJobOptions, runDisposalJob } from './run-disposal-job.ts';

/** Attempts after which a job that keeps failing is marked failed instead of resumed again. */
const MAX_ATTEMPTS = 5;

/** Runs a job in the background of this process (the HTTP route answers at once); failures are logged, the job stays resumable. */
export function launchDisposalJob(deps: RetentionDeps, jobId: string, options: RunJobOptions = {}): Promise<void> {
  return runDisposalJob(deps, jobId, options).then(
    (job) => deps.logger?.info('disposal job finished', { job: job.id, status: job.status }),
    (error: unknown) => {
      const conflict = error instanceof AppError && error.code === 'CONFLICT';
      deps.logger?.[conflict ? 'info' : 'warn']('disposal job stopped', {
        job: jobId,
        reason: failureReason(error),
      });
    },
  );
}

/**
 * Resumes the active job when nobody holds its lease (its runner crashed, or the node stopped): safe on several
 * nodes at once, since only one claim succeeds. A job that failed MAX_ATTEMPTS times is marked failed.
 */
export async function resumeDisposalJobs(
  deps: RetentionDeps,
  options: RunJobOptions = {},
): Promise<DisposalJob | undefined> {
  const repo = deps.store.retention;
  const job = await repo.activeJob();
  const now = deps.clock.now();
  if (job === undefined || (job.lease !== undefined && job.lease.until > now)) return undefined;
  // A node without a connection to one of the job's databases leaves it to one that has them.
  const here = new Set(deps.datasets.map((d) => d.annotations.system));
  if (!job.systems.every((s) => here.has(s))) return undefined;
  if (job.attempts >= MAX_ATTEMPTS) {
    const lease = await repo.claim(job.id, options.owner ?? processOwner(), now, options.leaseMs ?? 60_000);
    if (lease === undefined) return undefined;
    await repo.failJob(lease, `gave up after ${job.attempts} attempts: ${job.error ?? 'unknown failure'}`, now);
    deps.logger?.warn('disposal job failed', { job: job.id, attempts: job.attempts });
    return repo.job(job.id);
  }
  await launchDisposalJob(deps, job.id, options);
  return repo.job(job.id);
}

/** Checks every `everyMs` (default 30 s) for an active job to resume; the timer does not keep the process alive. */
export function scheduleRetentionJobs(deps: RetentionDeps, everyMs = 30_000, options: RunJobOptions = {}): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void resumeDisposalJobs(deps, options)
      .catch((error: unknown) => deps.logger?.warn('disposal job check failed', { reason: failureReason(error) }))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
