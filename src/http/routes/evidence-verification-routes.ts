import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { VerificationJob } from '../../app/verification-job-ports.ts';
import { runVerificationJob, startVerificationJob } from '../../app/verification-jobs.ts';
import { AppError } from '../../core/app-error.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import { VerificationSchema } from './evidence-schemas.ts';

const Seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

const JobSchema = z
  .object({
    id: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    actor: z.string(),
    from: z.number().int().optional().openapi({ description: 'the range asked for; absent: the first stored' }),
    to: z.number().int().optional().openapi({ description: 'absent: the head when the run reads it' }),
    total: z.number().int().openapi({ description: 'entries expected when the job was created' }),
    checked: z.number().int().openapi({ description: 'entries checked so far' }),
    attempts: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    finishedAt: z.string().optional().openapi({ format: 'date-time' }),
    result: VerificationSchema.optional(),
    error: z.string().optional().openapi({ description: 'why the run could not verify at all' }),
  })
  .openapi('EvidenceVerificationJob');

const StartSchema = z
  .object({ from: Seq.optional(), to: Seq.optional() })
  .strict()
  .openapi('EvidenceVerificationStart');

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const start = createRoute({
  method: 'post',
  path: '/api/v1/evidence/verifications',
  tags: ['evidence'],
  summary: 'Start verifying the evidence log in the background; poll the job for progress and the result',
  description:
    'The job is stored: leave and come back (GET the job or the list); if the node dies, another node or this one ' +
    'after a restart runs it again. A job of the same range already running is returned (200) instead of a new one.',
  request: { body: { required: true, content: { 'application/json': { schema: StartSchema } } } },
  responses: {
    200: json(JobSchema, 'The same range is being verified already'),
    202: json(JobSchema, 'Started'),
    400: errorResponses[400],
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/evidence/verifications',
  tags: ['evidence'],
  summary: 'Verification jobs, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }) },
  responses: { 200: json(z.object({ items: z.array(JobSchema) }), 'The newest jobs'), 400: errorResponses[400] },
});
const one = createRoute({
  method: 'get',
  path: '/api/v1/evidence/verifications/{id}',
  tags: ['evidence'],
  summary: 'One verification job: progress while running, then the result',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 200: json(JobSchema, 'The job'), 404: errorResponses[404] },
});

export function registerEvidenceVerificationRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const jobDeps = { store: deps.store, keys: deps.evidenceKeys, clock: deps.clock, logger: deps.logger };
  app.openapi(start, async (c) => {
    const range = c.req.valid('json');
    const { job, created } = await startVerificationJob(jobDeps, { ...range, actor: actorId(c) });
    if (created) {
      // In the background: the answer names the job; a failure to even run is stored on it or logged.
      void runVerificationJob(jobDeps, job.id).catch((error: unknown) =>
        deps.logger.warn('evidence verification job did not run', {
          job: job.id,
          reason: error instanceof AppError ? error.code : 'unknown',
        }),
      );
    }
    return c.json(jobBody(job), created ? 202 : 200);
  });
  app.openapi(list, async (c) => {
    const items = await deps.store.verificationJobs.list(c.req.valid('query').limit);
    return c.json({ items: items.map(jobBody) }, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const job = await deps.store.verificationJobs.get(id);
    if (job === undefined) throw new AppError('NOT_FOUND', `verification job ${id} does not exist`);
    return c.json(jobBody(job), 200);
  });
}

function jobBody(job: VerificationJob) {
  return {
    id: job.id,
    status: job.status,
    actor: job.actor,
    ...(job.from === undefined ? {} : { from: job.from }),
    ...(job.to === undefined ? {} : { to: job.to }),
    total: job.total,
    checked: job.checked,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    ...(job.finishedAt === undefined ? {} : { finishedAt: job.finishedAt.toISOString() }),
    ...(job.result === undefined
      ? {}
      : { result: { ...job.result, ...(job.result.problem ? { problem: { ...job.result.problem } } : {}) } }),
    ...(job.error === undefined ? {} : { error: job.error }),
  };
}
