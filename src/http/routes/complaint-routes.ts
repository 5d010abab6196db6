import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  complaintCounts,
  getComplaint,
  listComplaints,
  recordComplaint,
  respondToComplaint,
} from '../../app/management/complaints-desk.ts';
import { ComplaintInputSchema, ComplaintResponseSchema, complaintStatus } from '../../core/management/complaint.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible } from '../request-context.ts';
import { body, IdParam, readResponses, writeResponses } from './management-route-kit.ts';

const tags = ['complaints'];
const record = createRoute({
  method: 'post',
  path: '/api/v1/complaints',
  tags,
  summary: 'Record a complaint or consultation from any channel; the response deadline is set (default 14 days)',
  request: body(ComplaintInputSchema),
  responses: writeResponses('Recorded'),
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/complaints',
  tags,
  summary: 'Complaints and consultations with their status (open, overdue, responded, closed)',
  request: { query: z.object({ status: z.enum(['open', 'overdue', 'responded', 'closed']).optional() }) },
  responses: readResponses('The list, oldest first'),
});
const counts = createRoute({
  method: 'get',
  path: '/api/v1/complaint-counts',
  tags,
  summary: 'Counts per period, kind and channel for the management review',
  request: {
    query: z.object({
      period: z.enum(['month', 'quarter', 'year']).default('month'),
      from: z.iso.datetime().optional(),
      to: z.iso.datetime().optional(),
    }),
  },
  responses: readResponses('Counts'),
});
const one = createRoute({
  method: 'get',
  path: '/api/v1/complaints/{id}',
  tags,
  summary: 'One complaint, with its status as of now (as the list gives it)',
  request: { params: IdParam },
  responses: readResponses('The complaint'),
});
const respond = createRoute({
  method: 'post',
  path: '/api/v1/complaints/{id}/respond',
  tags,
  summary: 'Record the response given, optionally closing the case',
  request: { params: IdParam, ...body(ComplaintResponseSchema) },
  responses: writeResponses('Updated'),
});

export function registerComplaintRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(record, async (c) => {
    const input = c.req.valid('json');
    assertOperatorVisible(c, input.operator);
    return c.json(await recordComplaint(deps, input, actorId(c)), 200);
  });
  app.openapi(list, async (c) => {
    const { status } = c.req.valid('query');
    const operators = operatorFilter(c);
    const items = await listComplaints(deps, { ...(operators ? { operators } : {}), ...(status ? { status } : {}) });
    return c.json({ items }, 200);
  });
  app.openapi(counts, async (c) => {
    const q = c.req.valid('query');
    const operators = operatorFilter(c);
    const rows = await complaintCounts(deps, {
      period: q.period,
      ...(operators ? { operators } : {}),
      ...(q.from ? { from: new Date(q.from).toISOString() } : {}),
      ...(q.to ? { to: new Date(q.to).toISOString() } : {}),
    });
    return c.json({ period: q.period, rows }, 200);
  });
  app.openapi(one, async (c) => {
    const complaint = await getComplaint(deps.store, c.req.valid('param').id);
    assertOperatorVisible(c, complaint.operator, 'complaint');
    return c.json({ ...complaint, status: complaintStatus(complaint, deps.clock.now()) }, 200);
  });
  app.openapi(respond, async (c) => {
    const { id } = c.req.valid('param');
    assertOperatorVisible(c, (await getComplaint(deps.store, id)).operator, 'complaint');
    return c.json(await respondToComplaint(deps, id, c.req.valid('json'), actorId(c)), 200);
  });
}
