import { z } from 'zod';

const Id = z.string().min(1).max(200);
const Text = z.string().min(1).max(2000);

/** One audit in the year's plan: who audits which department; auditors name their own department. */
export const InternalAuditInputSchema = z
  .object({
    operator: Id,
    year: z.number().int().min(2000).max(2100),
    department: Id,
    scope: Text,
    plannedOn: z.iso.date(),
    auditors: z
      .array(z.object({ userId: Id, department: Id }).strict())
      .min(1)
      .max(20),
  })
  .strict();
export type InternalAuditInput = z.infer<typeof InternalAuditInputSchema>;

export const FindingInputSchema = z
  .object({ severity: z.enum(['major', 'minor', 'observation']), description: Text, requirement: Id.optional() })
  .strict();
export const CorrectiveActionInputSchema = z.object({ action: Text, owner: Id, dueOn: z.iso.date() }).strict();

export interface CorrectiveAction extends z.infer<typeof CorrectiveActionInputSchema> {
  readonly completedOn?: string;
}
export interface Finding extends z.infer<typeof FindingInputSchema> {
  readonly id: string;
  readonly actions: readonly CorrectiveAction[];
}
export interface InternalAudit extends InternalAuditInput {
  readonly id: string;
  readonly findings: readonly Finding[];
  readonly closedOn?: string;
  readonly closedBy?: string;
}

/** Auditors independent of the audited department (an auditor from it cannot audit it): the offending ids. */
export function dependentAuditors(audit: Pick<InternalAuditInput, 'department' | 'auditors'>): string[] {
  return audit.auditors.filter((a) => a.department === audit.department).map((a) => a.userId);
}

/** Why an audit cannot be closed yet (empty: it can): open corrective actions, or findings without any. */
export function closureProblems(audit: InternalAudit): string[] {
  if (audit.closedOn !== undefined) return ['the audit is already closed'];
  const problems: string[] = [];
  for (const f of audit.findings) {
    if (f.severity !== 'observation' && f.actions.length === 0)
      problems.push(`finding ${f.id} has no corrective action`);
    const open = f.actions.filter((a) => a.completedOn === undefined).length;
    if (open > 0) problems.push(`finding ${f.id} has ${open} open corrective action(s)`);
  }
  return problems;
}
