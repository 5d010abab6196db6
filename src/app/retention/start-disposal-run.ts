import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { EMPTY_DIGEST } from '../../core/retention/disposal-certificate.ts';
import { planDisposal } from './plan-disposal.ts';
import type { RetentionDeps } from './retention-deps.ts';
import type { DisposalJob, JobTarget, TargetProgress } from './retention-ports.ts';

/**
 * Creates a disposal job from today's plan: the schedule (conditions, planned counts, holds) is frozen in the job,
 * so a run resumed after a crash disposes exactly what was due when it started. Refused (CONFLICT) while another
 * job is active, on any node sharing the store.
 */
export async function startDisposalRun(
  deps: RetentionDeps,
  input: { readonly actor: string; readonly systems?: readonly string[] },
): Promise<DisposalJob> {
  const active = await deps.store.retention.activeJob();
  if (active !== undefined) {
    throw new AppError('CONFLICT', `disposal job ${active.id} is still active: wait for it or resume it`, {
      details: { job: active.id },
    });
  }
  const { plan, schedules } = await planDisposal(deps, input.systems ? { systems: input.systems } : {});
  const targets: JobTarget[] = [];
  const progress: TargetProgress[] = [];
  for (const system of plan.systems) {
    const entry = schedules.get(system.system)!;
    entry.schedule.targets.forEach((target, i) => {
      const planned = system.targets[i]!;
      targets.push({ target, planned: planned.due, held: planned.held });
      const state = target.action === 'contractor' ? 'contractor' : entry.heldBy.length > 0 ? 'held' : 'pending';
      progress.push({ state, disposed: 0, batches: 0, cursor: null, keysSha256: EMPTY_DIGEST });
    });
  }
  const now = deps.clock.now();
  const id = `disposal-${randomUUID()}`;
  const disposable = targets.filter((t) => t.target.action !== 'contractor');
  return deps.store.retention.createJob(
    {
      id,
      requestedBy: input.actor,
      createdAt: now,
      asOf: plan.asOf,
      ledgerVersion: plan.ledgerVersion,
      systems: plan.systems.map((s) => s.system),
      targets,
      progress,
      holds: plan.holds.map((h) => ({ id: h.id, rows: h.rows })),
    },
    [
      {
        type: 'disposal',
        actor: input.actor,
        subject: id,
        at: now,
        payload: {
          event: 'run-started',
          job: id,
          asOf: plan.asOf,
          ledgerVersion: plan.ledgerVersion,
          planned: disposable.reduce((n, t) => n + t.planned, 0),
          held: disposable.reduce((n, t) => n + t.held, 0),
          targets: disposable.map((t) => ({ target: t.target.id, rule: t.target.rule, planned: t.planned })),
          holds: plan.holds.map((h) => h.id),
        },
      },
    ],
  );
}
