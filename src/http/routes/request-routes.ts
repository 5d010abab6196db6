import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { revokeDelivery } from '../../app/requests/deliver-response.ts';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import { REQUEST_FILES, type RequestFile, readRequestFile } from '../../app/requests/request-documents.ts';
import type { RequestFilter } from '../../app/requests/request-ports.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/requests/privacy-request.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible, setAccessRecord } from '../request-context.ts';
import { intake } from './request-intake.ts';
import {
  DeliveryInfoSchema,
  DocumentInfoSchema,
  IdParam,
  ListQuery,
  PackageFormatQuery,
  RequestEventSchema,
  StaffRequestSchema,
  SubmitRequestSchema,
} from './request-schemas.ts';
import { registerRequestStepRoutes } from './request-step-routes.ts';
import {
  deliveryBody,
  documentBody,
  eventBody,
  recordRequestAccess,
  staffBody,
  visibleRequest,
} from './request-views.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const security = [{ adminToken: [] }];
const tags = ['requests'];
const errors = { 400: errorResponses[400], 401: json(ErrorBodySchema, 'Not logged in'), 404: errorResponses[404] };
const DAY_MS = 86_400_000;
/** Requests whose reply is still owed: the overdue and due-soon views look only at these. */
const OPEN: readonly RequestStatus[] = REQUEST_STATUSES.filter(
  (s) => !['response-sent', 'closed', 'refused', 'closed-not-made'].includes(s),
);
// json: what the search found (for review); reply: the package as the person receives it once prepared.
const FILES: Record<'json' | 'reply' | 'csv' | 'pdf', RequestFile> = {
  json: 'package',
  reply: 'json',
  csv: 'csv',
  pdf: 'pdf',
};

const list = createRoute({
  method: 'get',
  path: '/api/v1/requests',
  tags,
  summary: 'Requests from individuals, oldest due first (filters: status, type, operator, overdue / due-soon)',
  security,
  request: { query: ListQuery },
  responses: {
    200: json(
      z.object({ items: z.array(StaffRequestSchema), total: z.number(), limit: z.number(), offset: z.number() }),
      'A page',
    ),
    ...errors,
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/v1/requests/{id}',
  tags,
  summary: 'One request with its timeline (audit trail), documents and deliveries',
  security,
  request: { params: IdParam },
  responses: {
    200: json(
      z.object({
        request: StaffRequestSchema,
        timeline: z.array(RequestEventSchema),
        documents: z.array(DocumentInfoSchema),
        deliveries: z.array(DeliveryInfoSchema),
      }),
      'The request',
    ),
    ...errors,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/v1/requests',
  tags,
  summary: 'Enter a request received by post, in person or by phone',
  security,
  request: { body: { required: true, content: { 'application/json': { schema: SubmitRequestSchema } } } },
  responses: {
    201: json(StaffRequestSchema, 'Entered'),
    422: json(ErrorBodySchema, 'A document was refused (empty, or not its declared type): nothing was stored'),
    ...errors,
  },
});

const packageRoute = createRoute({
  method: 'get',
  path: '/api/v1/requests/{id}/package',
  tags,
  summary:
    'For review: what the search found (json), the prepared reply as the person gets it (reply, csv) or the letter (pdf)',
  security,
  request: { params: IdParam, query: PackageFormatQuery },
  responses: {
    200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string() } } },
    ...errors,
  },
});

const transfers = createRoute({
  method: 'get',
  path: '/api/v1/requests/{id}/downloads',
  tags,
  summary: 'The transfer log: every attempt to download the reply (when, outcome, address)',
  security,
  request: { params: IdParam, query: z.object({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: { 200: { description: 'The log', content: { 'text/csv': { schema: z.string() } } }, ...errors },
});

const revoke = createRoute({
  method: 'post',
  path: '/api/v1/requests/{id}/deliveries/{deliveryId}/revoke',
  tags,
  summary: 'Stop a download link at once (later attempts get 410)',
  security,
  request: { params: IdParam.extend({ deliveryId: z.string().min(1).max(100) }) },
  responses: { 200: json(z.object({ revoked: z.boolean() }), 'Revoked'), ...errors },
});

export function registerRequestRoutes(app: OpenAPIHono, deps: HttpDeps, requestDeps: RequestDeps): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const now = deps.clock.now();
    const visible = operatorFilter(c);
    const operators = q.operator === undefined ? visible : visible?.includes(q.operator) === false ? [] : [q.operator];
    const open = q.view === undefined ? undefined : OPEN.filter((s) => q.status === undefined || s === q.status);
    const status = open ?? (q.status ? [q.status] : undefined);
    const filter: RequestFilter = {
      ...(operators ? { operators } : {}),
      ...(status ? { status } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.view === 'overdue' ? { dueBefore: now } : {}),
      ...(q.view === 'due-soon' ? { dueBefore: new Date(now.getTime() + 3 * DAY_MS) } : {}),
    };
    const empty = operators?.length === 0 || status?.length === 0;
    const page = empty
      ? { items: [], total: 0 }
      : await deps.store.requests.list(filter, { limit: q.limit, offset: q.offset });
    recordRequestAccess(c, page.items);
    const items = page.items.map((r) => staffBody(r, now));
    return c.json({ items, total: page.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(getOne, async (c) => {
    const request = await visibleRequest(c, requestDeps, c.req.valid('param').id);
    const [events, documents, deliveries] = await Promise.all([
      deps.store.requests.events(request.id),
      deps.store.requests.documents(request.id),
      deps.store.requests.deliveries(request.id),
    ]);
    recordRequestAccess(c, [request]);
    return c.json(
      {
        request: staffBody(request, deps.clock.now()),
        timeline: events.map(eventBody),
        documents: documents.map(documentBody),
        deliveries: deliveries.map(deliveryBody),
      },
      200,
    );
  });
  app.openapi(create, async (c) => {
    const { documents, ...request } = c.req.valid('json');
    assertOperatorVisible(c, request.operator);
    const submitted = await intake(requestDeps, { request, documents, channel: 'staff', actor: actorId(c) });
    recordRequestAccess(c, [submitted.request], { action: 'enter' });
    return c.json(staffBody(submitted.request, deps.clock.now()), 201);
  });
  app.openapi(packageRoute, async (c) => {
    const request = await visibleRequest(c, requestDeps, c.req.valid('param').id);
    const which = FILES[c.req.valid('query').format];
    const file = REQUEST_FILES[which];
    const content = await readRequestFile(requestDeps, request, which);
    recordRequestAccess(c, [request], { format: c.req.valid('query').format });
    c.header('content-type', file.mediaType);
    c.header('content-disposition', `attachment; filename="${file.fileName}"`);
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(content), 200);
  });
  app.openapi(transfers, async (c) => {
    const request = await visibleRequest(c, requestDeps, c.req.valid('param').id);
    const events = await deps.store.requests.downloadEvents(request.id);
    const rows = events.map((e) => ({
      delivery: e.deliveryId,
      at: e.at.toISOString(),
      outcome: e.outcome,
      address: e.address ?? '',
    }));
    recordRequestAccess(c, [request], { of: 'transfer-log', format: c.req.valid('query').format });
    if (c.req.valid('query').format === 'json') return c.json({ items: rows }, 200) as never;
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="transfers-${request.id}.csv"`);
    return c.body(stringify(rows, { header: true, columns: ['delivery', 'at', 'outcome', 'address'] }), 200);
  });
  app.openapi(revoke, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    const request = await visibleRequest(c, requestDeps, id);
    await revokeDelivery(requestDeps, { requestId: request.id, deliveryId, actor: actorId(c) });
    setAccessRecord(c, { operators: [request.operator], detail: { of: 'delivery', action: 'revoke' } });
    return c.json({ revoked: true }, 200);
  });
  registerRequestStepRoutes(app, deps, requestDeps);
}
