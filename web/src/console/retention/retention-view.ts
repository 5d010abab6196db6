import type { CertificateMediaType } from '../../../../src/core/retention/contractor-document.ts';
import type { DisposalPlan, HoldScope, JobStatus, JobView, PlannedSystem } from './types.ts';

/** A job still to finish: the run page keeps polling it and offers cancel (and resume when its runner stopped). */
export function isActiveJob(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

/**
 * Whether the API would accept a resume now: the job is active and nobody holds an unexpired lease on it (a runner
 * that died leaves its lease to lapse; resuming earlier is refused with 409).
 */
export function canResume(job: Pick<JobView, 'status' | 'leaseUntil'>, now: Date): boolean {
  if (!isActiveJob(job.status)) return false;
  return job.leaseUntil === undefined || Date.parse(job.leaseUntil) <= now.getTime();
}

export function canCancel(job: Pick<JobView, 'status' | 'cancelRequested'>): boolean {
  return isActiveJob(job.status) && !job.cancelRequested;
}

/** Percent done shown on the progress bar: the API's own figure, clamped (a contractor-only run plans nothing). */
export function progressPercent(job: Pick<JobView, 'totals'>): number {
  return Math.max(0, Math.min(100, job.totals.percent));
}

export interface PlanSummary {
  /** Systems whose whole disposal a hold stops. */
  readonly heldSystems: number;
  /** Rows a run would dispose now (own targets; contractors' rows are counted apart). */
  readonly due: number;
  readonly held: number;
  /** Rows whose copies contractors must dispose (recorded with the contractor's certificate). */
  readonly contractor: number;
  /** Whether a run would do anything. */
  readonly runnable: boolean;
}

export function summarisePlan(plan: Pick<DisposalPlan, 'systems' | 'totals'>): PlanSummary {
  const contractor = plan.systems.reduce(
    (n, s) => n + s.targets.filter((t) => t.action === 'contractor').reduce((m, t) => m + t.due, 0),
    0,
  );
  return {
    heldSystems: plan.systems.filter((s) => s.heldBy.length > 0).length,
    due: plan.totals.due,
    held: plan.totals.held,
    contractor,
    runnable: plan.totals.due > 0,
  };
}

/** A system's targets grouped by the rule that prescribes their disposal, rules in first-seen (run) order. */
export function targetsByRule(system: Pick<PlannedSystem, 'targets'>) {
  const groups = new Map<string, PlannedSystem['targets'][number][]>();
  for (const target of system.targets) {
    const list = groups.get(target.rule) ?? [];
    list.push(target);
    groups.set(target.rule, list);
  }
  return [...groups].map(([rule, targets]) => ({
    rule,
    targets,
    due: targets.reduce((n, t) => n + t.due, 0),
    held: targets.reduce((n, t) => n + t.held, 0),
  }));
}

/** What a hold names: its kind and the id (subject, operator or system). */
export function holdTarget(scope: HoldScope): { readonly kind: HoldScope['kind']; readonly id: string } {
  switch (scope.kind) {
    case 'person':
      return { kind: 'person', id: scope.operator ? `${scope.subject} (${scope.operator})` : scope.subject };
    case 'operator':
      return { kind: 'operator', id: scope.operator };
    case 'system':
      return { kind: 'system', id: scope.system };
  }
}

const MEDIA_TYPES: readonly CertificateMediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** The media type the API accepts for a chosen file (by the browser's type, else the name), or undefined. */
export function certificateMediaType(file: {
  readonly type: string;
  readonly name: string;
}): CertificateMediaType | undefined {
  const byType = MEDIA_TYPES.find((m) => m === file.type);
  if (byType) return byType;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'application/pdf';
  if (extension === 'png') return 'image/png';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  return undefined;
}

/** Base64 of bytes, in chunks (String.fromCharCode with a whole file's bytes would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
