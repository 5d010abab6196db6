import type { InternalAudit } from './types.ts';

export type AuditState = 'planned' | 'in-progress' | 'ready-to-close' | 'closed';

/** Corrective actions of the audit not yet completed. */
export function openActions(audit: InternalAudit): number {
  return audit.findings.flatMap((f) => f.actions).filter((a) => a.completedOn === undefined).length;
}

/**
 * Where an audit stands, by the same rule the API closes it with: every finding other than an observation needs a
 * corrective action, and every action must be completed.
 */
export function auditState(audit: InternalAudit): AuditState {
  if (audit.closedOn !== undefined) return 'closed';
  if (audit.findings.length === 0) return 'planned';
  const waiting = audit.findings.some(
    (f) =>
      (f.severity !== 'observation' && f.actions.length === 0) || f.actions.some((a) => a.completedOn === undefined),
  );
  return waiting ? 'in-progress' : 'ready-to-close';
}
