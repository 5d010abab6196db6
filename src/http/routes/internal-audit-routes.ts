import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addCorrectiveAction,
  addFinding,
  auditPlan,
  closeAudit,
  completeCorrectiveAction,
  getAudit,
  planAudit,
} from '../../app/management/internal-audits.ts';
import type { ManagementDeps } from '../../app/management/management-deps.ts';
import {
  CorrectiveActionInputSchema,
  FindingInputSchema,
  InternalAuditInputSchema,
} from '../../core/management/internal-audit.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible } from '../request-context.ts';
import { body, IdParam, readResponses, writeResponses, YearQuery } from './management-route-kit.ts';

const tags = ['audits'];
const FindingParam = IdParam.extend({ findingId: z.string().min(1).max(20) });
const ActionParam = FindingParam.extend({ index: z.coerce.number().int().min(0).max(1000) });

const plan = createRoute({
  method: 'post',
  path: '/api/v1/audits',
  tags,
  summary: 'Plan an internal audit; refused when an auditor belongs to the audited department',
  request: body(InternalAuditInputSchema),
  responses: writeResponses('Planned'),
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/audits',
  tags,
  summary: "The year's audit plan",
  request: { query: YearQuery },
  responses: readResponses('Audits by planned date'),
});
const one = createRoute({
  method: 'get',
  path: '/api/v1/audits/{id}',
  tags,
  summary: 'One audit with its findings and corrective actions',
  request: { params: IdParam },
  responses: readResponses('The audit'),
});
const finding = createRoute({
  method: 'post',
  path: '/api/v1/audits/{id}/findings',
  tags,
  summary: 'Record a finding',
  request: { params: IdParam, ...body(FindingInputSchema) },
  responses: writeResponses('The audit'),
});
const action = createRoute({
  method: 'post',
  path: '/api/v1/audits/{id}/findings/{findingId}/actions',
  tags,
  summary: 'Add a corrective action to a finding',
  request: { params: FindingParam, ...body(CorrectiveActionInputSchema) },
  responses: writeResponses('The audit'),
});
const complete = createRoute({
  method: 'post',
  path: '/api/v1/audits/{id}/findings/{findingId}/actions/{index}/complete',
  tags,
  summary: 'Mark a corrective action completed today',
  request: { params: ActionParam },
  responses: writeResponses('The audit'),
});
const close = createRoute({
  method: 'post',
  path: '/api/v1/audits/{id}/close',
  tags,
  summary: 'Close the audit once every corrective action is completed',
  request: { params: IdParam },
  responses: writeResponses('The audit'),
});

async function visibleAudit(c: Parameters<typeof assertOperatorVisible>[0], deps: ManagementDeps, id: string) {
  const audit = await getAudit(deps, id);
  assertOperatorVisible(c, audit.operator, 'audit');
  return audit;
}

export function registerInternalAuditRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(plan, async (c) => {
    const input = c.req.valid('json');
    assertOperatorVisible(c, input.operator);
    return c.json(await planAudit(deps, input, actorId(c)), 200);
  });
  app.openapi(list, async (c) => {
    const operators = operatorFilter(c);
    return c.json({ items: await auditPlan(deps, c.req.valid('query').year, operators) }, 200);
  });
  app.openapi(one, async (c) => c.json(await visibleAudit(c, deps, c.req.valid('param').id), 200));
  app.openapi(finding, async (c) => {
    const { id } = c.req.valid('param');
    await visibleAudit(c, deps, id);
    return c.json(await addFinding(deps, id, c.req.valid('json'), actorId(c)), 200);
  });
  app.openapi(action, async (c) => {
    const { id, findingId } = c.req.valid('param');
    await visibleAudit(c, deps, id);
    return c.json(await addCorrectiveAction(deps, id, findingId, c.req.valid('json'), actorId(c)), 200);
  });
  app.openapi(complete, async (c) => {
    const { id, findingId, index } = c.req.valid('param');
    await visibleAudit(c, deps, id);
    return c.json(await completeCorrectiveAction(deps, id, findingId, index, actorId(c)), 200);
  });
  app.openapi(close, async (c) => {
    const { id } = c.req.valid('param');
    await visibleAudit(c, deps, id);
    return c.json(await closeAudit(deps, id, actorId(c)), 200);
  });
}
