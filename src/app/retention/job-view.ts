import type { DisposalJob } from './retention-ports.ts';

/** A job as people read it: progress per target and in total, without the compiled conditions. */
export function jobView(job: DisposalJob) {
  const targets = job.targets.map(({ target, planned, held }, i) => {
    const p = job.progress[i]!;
    return {
      target: target.id,
      system: target.system,
      table: target.table,
      action: target.action,
      rule: target.rule,
      planned,
      held,
      disposed: p.disposed,
      batches: p.batches,
      state: p.state,
    };
  });
  const own = targets.filter((t) => t.action !== 'contractor');
  const planned = own.reduce((n, t) => n + t.planned, 0);
  const disposed = own.reduce((n, t) => n + t.disposed, 0);
  return {
    id: job.id,
    status: job.status,
    asOf: job.asOf,
    ledgerVersion: job.ledgerVersion,
    requestedBy: job.requestedBy,
    createdAt: job.createdAt.toISOString(),
    ...(job.startedAt ? { startedAt: job.startedAt.toISOString() } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    systems: job.systems,
    cancelRequested: job.cancelRequested,
    attempts: job.attempts,
    ...(job.error ? { error: job.error } : {}),
    ...(job.certificateId ? { certificateId: job.certificateId } : {}),
    ...(job.lease ? { runningOn: job.lease.owner, leaseUntil: job.lease.until.toISOString() } : {}),
    totals: { planned, disposed, percent: planned === 0 ? 100 : Math.floor((disposed / planned) * 1000) / 10 },
    targets,
  };
}
