import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { AppError } from '../core/app-error.ts';
import type { EvidenceKeys } from './evidence-store.ts';
import type { Logger } from './logger.ts';
import type { Clock, Store } from './ports.ts';
import type { VerificationJob, VerificationOutcome } from './verification-job-ports.ts';
import { verifyAndRecordEvidence } from './verification-runs.ts';
import { checkSeqs } from './verify-evidence.ts';

export interface VerificationJobDeps {
  readonly store: Store;
  readonly keys: EvidenceKeys;
  readonly clock: Clock;
  readonly logger?: Logger;
}

export interface RunVerificationOptions {
  /** Who runs it (host:pid by default); the lease names it. */
  readonly owner?: string;
  /** How long a claim lasts without progress renewing it (default 60 s): then another run may take the job. */
  readonly leaseMs?: number;
  /** Least time between two progress writes (default 1 s). */
  readonly progressEveryMs?: number;
}

const LEASE_MS = 60_000;

/**
 * Stores a new verification job over [from, to] (default: everything still stored), checking the range against
 * the log first so a mistake is a 400, not a failed job. A job of the same range already running is returned
 * instead of a second one (`created: false`). Running it is `runVerificationJob`'s part.
 */
export async function startVerificationJob(
  deps: VerificationJobDeps,
  input: { readonly from?: number | undefined; readonly to?: number | undefined; readonly actor: string },
): Promise<{ readonly job: VerificationJob; readonly created: boolean }> {
  checkSeqs({ from: input.from, to: input.to });
  const [head, archive] = await Promise.all([deps.store.evidence.head(), deps.store.evidence.latestArchive()]);
  const first = archive === undefined ? 1 : archive.throughSeq + 1;
  const issue = (path: string, message: string) =>
    new AppError('VALIDATION', `${path} ${message}`, { issues: [{ path, message }] });
  if (input.from !== undefined && input.from < first)
    throw issue('from', `must be at least ${first} (earlier entries are archived)`);
  if (input.to !== undefined && input.to > head.seq)
    throw issue('to', `must be at most ${head.seq} (the newest entry)`);
  if (input.from !== undefined && input.to !== undefined && input.to < input.from)
    throw issue('to', 'must not be before from');

  const now = deps.clock.now();
  const running = (await deps.store.verificationJobs.list(20)).find(
    (job) =>
      job.status === 'running' &&
      job.from === input.from &&
      job.to === input.to &&
      now.getTime() - job.updatedAt.getTime() < LEASE_MS,
  );
  if (running !== undefined) return { job: running, created: false };
  const total = Math.max(0, (input.to ?? head.seq) - (input.from ?? first) + 1);
  const job = await deps.store.verificationJobs.create({
    id: randomUUID(),
    actor: input.actor,
    ...(input.from === undefined ? {} : { from: input.from }),
    ...(input.to === undefined ? {} : { to: input.to }),
    total,
    createdAt: now,
  });
  return { job, created: true };
}

/**
 * Claims the job and verifies the chain (verifyAndRecordEvidence, so the dashboard's last verification is this
 * run), writing progress at most once a second and renewing the lease with it; stores the result or why it could
 * not run. A job someone else holds or that has finished is returned as it stands. A run that loses its lease
 * (its process stalled past the lease and another took over) stops without writing.
 */
export async function runVerificationJob(
  deps: VerificationJobDeps,
  id: string,
  options: RunVerificationOptions = {},
): Promise<VerificationJob> {
  const repo = deps.store.verificationJobs;
  const owner = options.owner ?? `${hostname()}:${process.pid}`;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const every = options.progressEveryMs ?? 1000;
  const lease = await repo.claim(id, owner, deps.clock.now(), leaseMs);
  const job = await repo.get(id);
  if (job === undefined) throw new AppError('NOT_FOUND', `verification job ${id} does not exist`);
  if (lease === undefined) return job;

  let written = deps.clock.now().getTime();
  const lost = new AppError('CONFLICT', `verification job ${id} was taken over by another process`);
  const onProgress = async ({ checked }: { readonly checked: number }) => {
    // SQLite reads are synchronous: without a turn of the event loop between chunks the server would answer
    // nothing (not even this job's progress) until the whole log is verified.
    await new Promise((resolve) => setImmediate(resolve));
    const now = deps.clock.now();
    if (now.getTime() - written < every) return;
    written = now.getTime();
    if (!(await repo.progress(lease, checked, now, new Date(now.getTime() + leaseMs)))) throw lost;
  };
  let outcome: VerificationOutcome;
  try {
    const result = await verifyAndRecordEvidence({ ...deps, onProgress }, { from: job.from, to: job.to }, job.actor);
    outcome = { status: 'done', result };
  } catch (error) {
    if (error === lost) return (await repo.get(id)) ?? job;
    if (!(error instanceof AppError)) {
      deps.logger?.warn('evidence verification job failed', {
        job: id,
        reason: error instanceof Error ? error.name : 'unknown',
      });
    }
    // An AppError's message names seqs and ranges only; anything else stays in the server log.
    outcome = {
      status: 'failed',
      error: error instanceof AppError ? error.message : 'the verification could not run; see the server log',
    };
  }
  await repo.finish(lease, outcome, deps.clock.now());
  return (await repo.get(id)) ?? job;
}

/** Runs jobs nobody holds any more (their process died, or it stopped before starting them). */
export async function resumeVerificationJobs(
  deps: VerificationJobDeps,
  options: RunVerificationOptions = {},
): Promise<readonly VerificationJob[]> {
  const ids = await deps.store.verificationJobs.abandoned(deps.clock.now(), 10);
  const finished: VerificationJob[] = [];
  for (const id of ids) finished.push(await runVerificationJob(deps, id, options));
  return finished;
}

/** Resumes abandoned verification jobs every 30 s (one pass at a time); the timer does not keep the process alive. */
export function scheduleVerificationJobs(deps: VerificationJobDeps, everyMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    resumeVerificationJobs(deps)
      .catch((error: unknown) =>
        deps.logger?.warn('evidence verification jobs could not resume', {
          reason: error instanceof Error ? error.name : 'unknown',
        }),
      )
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
