import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { dayOf } from '../../core/management/dates.ts';
import {
  CorrectiveActionInputSchema,
  closureProblems,
  dependentAuditors,
  FindingInputSchema,
  type InternalAudit,
  InternalAuditInputSchema,
} from '../../core/management/internal-audit.ts';
import { bodyOf, getRecord, invalid, type ManagementDeps, managementEvent, updateRecord } from './management-deps.ts';

const StoredAuditSchema = InternalAuditInputSchema.extend({
  id: z.string(),
  findings: z.array(
    FindingInputSchema.extend({
      id: z.string(),
      actions: z.array(CorrectiveActionInputSchema.extend({ completedOn: z.string().optional() })),
    }),
  ),
  closedOn: z.string().optional(),
  closedBy: z.string().optional(),
});

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
const readAudit = (r: Parameters<typeof bodyOf>[1]) => bodyOf(StoredAuditSchema, r) as InternalAudit;
const KIND = 'internal-audit' as const;
/** The evidence of an audit's change (ids, dates, severities; never the findings' texts). */
const auditEvent = (deps: ManagementDeps, actor: string, action: string, audit: InternalAudit, extra = {}) => [
  managementEvent(deps, actor, action, { kind: KIND, id: audit.id, operator: audit.operator, ...extra }),
];

/** Plans an audit; refused when an auditor belongs to the audited department (independence). */
export async function planAudit(deps: ManagementDeps, input: unknown, actor: string): Promise<InternalAudit> {
  const parsed = InternalAuditInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid audit', issuesOf(parsed.error));
  const dependent = dependentAuditors(parsed.data);
  if (dependent.length > 0) {
    throw invalid('auditors must be independent of the audited department', [
      { path: 'auditors', message: `${dependent.join(', ')} belong(s) to ${parsed.data.department}` },
    ]);
  }
  const audit: InternalAudit = { ...parsed.data, id: randomUUID(), findings: [] };
  await deps.store.management.insert(
    [
      {
        id: audit.id,
        kind: 'internal-audit',
        operator: audit.operator,
        ref: String(audit.year),
        recordedAt: deps.clock.now(),
        body: audit,
      },
    ],
    auditEvent(deps, actor, 'audit-planned', audit, {
      year: audit.year,
      department: audit.department,
      plannedOn: audit.plannedOn,
    }),
  );
  return audit;
}

export async function getAudit(deps: ManagementDeps, id: string): Promise<InternalAudit> {
  return readAudit(await getRecord(deps.store, 'internal-audit', id));
}

/** The year's plan: audits of that year, by planned date. */
export async function auditPlan(
  deps: ManagementDeps,
  year: number,
  operators?: readonly string[],
): Promise<InternalAudit[]> {
  const audits = (await deps.store.management.list('internal-audit', { ref: String(year) })).map(readAudit);
  return audits
    .filter((a) => operators === undefined || operators.includes(a.operator))
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
}

function openAudit(audit: InternalAudit): InternalAudit {
  if (audit.closedOn !== undefined) throw new AppError('CONFLICT', `audit ${audit.id} is closed`);
  return audit;
}

export async function addFinding(
  deps: ManagementDeps,
  auditId: string,
  input: unknown,
  actor: string,
): Promise<InternalAudit> {
  const parsed = FindingInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid finding', issuesOf(parsed.error));
  return updateRecord(
    deps.store,
    KIND,
    auditId,
    readAudit,
    (a) => ({
      ...openAudit(a),
      findings: [...a.findings, { ...parsed.data, id: `F${a.findings.length + 1}`, actions: [] }],
    }),
    (a) =>
      auditEvent(deps, actor, 'audit-finding-added', a, {
        finding: a.findings.at(-1)?.id,
        severity: parsed.data.severity,
      }),
  );
}

function withFinding(
  audit: InternalAudit,
  findingId: string,
  change: (f: InternalAudit['findings'][number]) => InternalAudit['findings'][number],
): InternalAudit {
  if (!audit.findings.some((f) => f.id === findingId))
    throw new AppError('NOT_FOUND', `finding ${findingId} not found`);
  return { ...openAudit(audit), findings: audit.findings.map((f) => (f.id === findingId ? change(f) : f)) };
}

export async function addCorrectiveAction(
  deps: ManagementDeps,
  auditId: string,
  findingId: string,
  input: unknown,
  actor: string,
): Promise<InternalAudit> {
  const parsed = CorrectiveActionInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid corrective action', issuesOf(parsed.error));
  return updateRecord(
    deps.store,
    KIND,
    auditId,
    readAudit,
    (a) => withFinding(a, findingId, (f) => ({ ...f, actions: [...f.actions, parsed.data] })),
    (a) =>
      auditEvent(deps, actor, 'audit-action-added', a, {
        finding: findingId,
        index: (a.findings.find((f) => f.id === findingId)?.actions.length ?? 1) - 1,
        dueOn: parsed.data.dueOn,
      }),
  );
}

export async function completeCorrectiveAction(
  deps: ManagementDeps,
  auditId: string,
  findingId: string,
  index: number,
  actor: string,
): Promise<InternalAudit> {
  const today = dayOf(deps.clock.now());
  return updateRecord(
    deps.store,
    KIND,
    auditId,
    readAudit,
    (a) =>
      withFinding(a, findingId, (f) => {
        if (f.actions[index] === undefined)
          throw new AppError('NOT_FOUND', `action ${index} of finding ${findingId} not found`);
        return {
          ...f,
          actions: f.actions.map((act, i) => (i === index ? { ...act, completedOn: act.completedOn ?? today } : act)),
        };
      }),
    (a) => auditEvent(deps, actor, 'audit-action-completed', a, { finding: findingId, index }),
  );
}

/** Closes an audit once every finding's corrective actions are done. */
export async function closeAudit(deps: ManagementDeps, auditId: string, actor: string): Promise<InternalAudit> {
  const today = dayOf(deps.clock.now());
  return updateRecord(
    deps.store,
    KIND,
    auditId,
    readAudit,
    (a) => {
      const problems = closureProblems(a);
      if (problems.length > 0)
        throw new AppError('CONFLICT', `audit ${auditId} cannot be closed: ${problems.join('; ')}`);
      return { ...a, closedOn: today, closedBy: actor };
    },
    (a) => auditEvent(deps, actor, 'audit-closed', a, { closedOn: today }),
  );
}
