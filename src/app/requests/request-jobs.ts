import { AppError } from '../../core/app-error.ts';
import type { Logger } from '../logger.ts';
import type { RequestDeps } from './request-deps.ts';
import { purgeRequestDocuments } from './request-documents.ts';
import { lapseUnpaidRequests } from './request-steps.ts';

const HOUR_MS = 3_600_000;

/**
 * The workflow's housekeeping: requests whose fee went unpaid past its deadline, and identity documents past
 * their retention. Idempotent and safe on several nodes: a request changed by another node meanwhile is refused
 * by the store's version check (CONFLICT, left for the next run), and a purge already done purges nothing.
 */
export async function runRequestJobs(deps: RequestDeps, logger: Logger): Promise<void> {
  const jobs: [string, () => Promise<readonly unknown[]>][] = [
    ['unpaid fees', () => lapseUnpaidRequests(deps, 'system')],
    ['document purge', () => purgeRequestDocuments(deps, 'system')],
  ];
  for (const [name, job] of jobs) {
    try {
      const changed = await job();
      if (changed.length > 0) logger.info(`request job: ${name}`, { requests: changed.length });
    } catch (error) {
      const conflict = error instanceof AppError && error.code === 'CONFLICT';
      logger[conflict ? 'info' : 'warn'](`request job: ${name} did not finish`, {
        reason: error instanceof Error ? error.message : 'unknown',
      });
    }
  }
}

/** Runs the jobs every hour (never two runs at once in this process); the timer does not keep the process alive. */
export function scheduleRequestJobs(deps: RequestDeps, logger: Logger, everyMs = HOUR_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void runRequestJobs(deps, logger).finally(() => {
      running = false;
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
