import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import { type SearchJob, SearchJobs } from '../../app/search-jobs.ts';
import { AppError } from '../../core/app-error.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import { IdParam } from './request-schemas.ts';
import { recordRequestAccess, visibleRequest } from './request-views.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const SearchJobSchema = z
  .object({
    requestId: z.string(),
    state: z.enum(['running', 'done', 'failed']),
    startedAt: z.string(),
    startedBy: z.string(),
    /** 1, or more when a node took over a search whose process died. */
    attempts: z.number().int(),
    finishedAt: z.string().optional(),
    systems: z.array(
      z.object({ system: z.string(), state: z.enum(['waiting', 'searching', 'done']), rows: z.number().optional() }),
    ),
    result: z.object({ tables: z.number(), rows: z.number(), routedToCustomer: z.number() }).optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('RequestSearchJob');

const common = {
  tags: ['requests'],
  security: [{ adminToken: [] }],
  request: { params: IdParam },
};

const start = createRoute({
  ...common,
  method: 'post',
  path: '/api/v1/requests/{id}/search-job',
  summary: "Start the search of the company's databases in the background (the console may leave and come back)",
  description:
    'Like POST .../search, but answers at once: poll GET .../search-job for progress per system. When it is done ' +
    'the request is in review with the package stored, exactly as after POST .../search.',
  responses: {
    202: json(SearchJobSchema, 'Started (or already running)'),
    401: json(ErrorBodySchema, 'Not logged in'),
    404: errorResponses[404],
    409: json(ErrorBodySchema, 'The request is not waiting for a search'),
  },
});

const progress = createRoute({
  ...common,
  method: 'get',
  path: '/api/v1/requests/{id}/search-job',
  summary: 'Progress of the background search: each system waiting, searching or done (with rows found)',
  responses: {
    200: json(SearchJobSchema, 'The job'),
    401: json(ErrorBodySchema, 'Not logged in'),
    404: errorResponses[404],
  },
});

function jobBody(job: SearchJob) {
  return {
    requestId: job.requestId,
    state: job.state,
    startedAt: job.startedAt.toISOString(),
    startedBy: job.startedBy,
    attempts: job.attempts,
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    systems: job.systems.map((s) => ({ ...s })),
    ...(job.result ? { result: { ...job.result } } : {}),
    ...(job.error ? { error: { ...job.error } } : {}),
  };
}

export function registerRequestSearchJobRoutes(app: OpenAPIHono, deps: HttpDeps, requestDeps: RequestDeps): void {
  const jobs = new SearchJobs(requestDeps, deps.logger);
  app.openapi(start, async (c) => {
    const request = await visibleRequest(c, requestDeps, c.req.valid('param').id);
    const job = await jobs.start(request.id, actorId(c));
    recordRequestAccess(c, [request], { action: 'search' });
    return c.json(jobBody(job), 202);
  });
  app.openapi(progress, async (c) => {
    const request = await visibleRequest(c, requestDeps, c.req.valid('param').id);
    const job = await jobs.get(request.id);
    if (job === undefined) throw new AppError('NOT_FOUND', `no search has run for request ${request.id}`);
    return c.json(jobBody(job), 200);
  });
}
