import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { jobView } from '../../app/retention/job-view.ts';
import { planDisposal } from '../../app/retention/plan-disposal.ts';
import { launchDisposalJob, resumeDisposalJobs } from '../../app/retention/retention-jobs.ts';
import { startDisposalRun } from '../../app/retention/start-disposal-run.ts';
import { AppError } from '../../core/app-error.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import { registerRetentionHoldRoutes } from './retention-hold-routes.ts';
import {
  assertJobVisible,
  type RetentionHttpOptions,
  retentionDepsFor,
  visibleSystems,
} from './retention-route-deps.ts';
import { CertificateQuery, IdParam, ListQuery, PlanQuery, RunBody } from './retention-schemas.ts';

const tags = ['retention'];
const P = '/api/v1/retention';
const AnyObject = z.any().openapi({ type: 'object' });
const json = (description: string) => ({ description, content: { 'application/json': { schema: AnyObject } } });
const conflict = {
  description: 'Another disposal job is active',
  content: { 'application/json': { schema: ErrorBodySchema } },
};
const ok = (description: string) => ({ 200: json(description), 400: errorResponses[400], 404: errorResponses[404] });

const routes = {
  plan: createRoute({
    method: 'get',
    path: `${P}/plan`,
    tags,
    summary: 'What a disposal run would dispose now, per system, table and rule, with what legal holds keep',
    request: { query: PlanQuery },
    responses: { ...ok('The plan'), 422: json('A connector cannot dispose in batches') },
  }),
  start: createRoute({
    method: 'post',
    path: `${P}/runs`,
    tags,
    summary: 'Start a disposal run (a durable job; one at a time across nodes); answers at once',
    request: { body: { required: false, content: { 'application/json': { schema: RunBody } } } },
    responses: { 202: json('The job, queued'), 400: errorResponses[400], 409: conflict },
  }),
  runs: createRoute({
    method: 'get',
    path: `${P}/runs`,
    tags,
    summary: 'Disposal jobs, newest first',
    request: { query: ListQuery },
    responses: ok('The jobs'),
  }),
  run: createRoute({
    method: 'get',
    path: `${P}/runs/{id}`,
    tags,
    summary: 'One job and its progress per target',
    request: { params: IdParam },
    responses: ok('The job'),
  }),
  cancel: createRoute({
    method: 'post',
    path: `${P}/runs/{id}/cancel`,
    tags,
    summary: 'Stop the job after its current batch; what was disposed is certified',
    request: { params: IdParam },
    responses: { ...ok('Cancellation requested'), 409: json('The job is over') },
  }),
  resume: createRoute({
    method: 'post',
    path: `${P}/runs/{id}/resume`,
    tags,
    summary: 'Resume a job whose runner stopped (its lease expired); refused while another process runs it',
    request: { params: IdParam },
    responses: { 202: json('Resuming'), 400: errorResponses[400], 404: errorResponses[404], 409: conflict },
  }),
  certificates: createRoute({
    method: 'get',
    path: `${P}/certificates`,
    tags,
    summary: 'Disposal certificates, newest first',
    request: { query: ListQuery },
    responses: ok('The certificates'),
  }),
  certificate: createRoute({
    method: 'get',
    path: `${P}/certificates/{id}`,
    tags,
    summary: 'One disposal certificate: JSON (with its evidence entry) or the PDF',
    request: { params: IdParam, query: CertificateQuery },
    responses: {
      200: {
        description: 'The certificate',
        content: {
          'application/json': { schema: AnyObject },
          'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      400: errorResponses[400],
      404: errorResponses[404],
    },
  }),
};

/** Plain JSON: dates as ISO strings, undefined fields gone. */
const plain = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

/** Retention and disposal (issue 7): plan, runs and their progress, certificates; holds in retention-hold-routes. */
export function registerRetentionRoutes(app: OpenAPIHono, http: HttpDeps, options: RetentionHttpOptions = {}): void {
  const deps = retentionDepsFor(http, options);
  const run = options.run ?? {};

  app.openapi(routes.plan, async (c) => {
    const q = c.req.valid('query');
    const { ids } = await visibleSystems(c, deps);
    const asked = q.system
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const systems = asked === undefined ? ids : asked.filter((s) => ids.includes(s));
    const { plan } = await planDisposal(deps, { systems, ...(q.asOf ? { asOf: q.asOf } : {}) });
    return c.json(plain(plan), 200);
  });
  app.openapi(routes.start, async (c) => {
    const input = c.req.valid('json') ?? {};
    const { ids } = await visibleSystems(c, deps);
    const unknown = (input.systems ?? []).filter((s) => !ids.includes(s));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `system ${unknown[0]} not found`);
    const job = await startDisposalRun(deps, { actor: actorId(c), systems: input.systems ?? ids });
    void launchDisposalJob(deps, job.id, run);
    return c.json(jobView(job), 202);
  });
  app.openapi(routes.runs, async (c) => {
    const { ids } = await visibleSystems(c, deps);
    const jobs = await deps.store.retention.jobs(c.req.valid('query').limit);
    return c.json({ items: jobs.filter((j) => j.systems.every((s) => ids.includes(s))).map(jobView) }, 200);
  });
  app.openapi(routes.run, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(jobView(await assertJobVisible(c, deps, await deps.store.retention.job(id), id)), 200);
  });
  app.openapi(routes.cancel, async (c) => {
    const { id } = c.req.valid('param');
    await assertJobVisible(c, deps, await deps.store.retention.job(id), id);
    if (!(await deps.store.retention.requestCancel(id))) throw new AppError('CONFLICT', `disposal job ${id} is over`);
    return c.json(jobView((await deps.store.retention.job(id))!), 200);
  });
  app.openapi(routes.resume, async (c) => {
    const { id } = c.req.valid('param');
    const job = await assertJobVisible(c, deps, await deps.store.retention.job(id), id);
    if (job.status !== 'queued' && job.status !== 'running')
      throw new AppError('CONFLICT', `disposal job ${id} is over`);
    if (job.lease !== undefined && job.lease.until > deps.clock.now()) {
      throw new AppError('CONFLICT', `disposal job ${id} is being run by ${job.lease.owner}`);
    }
    void resumeDisposalJobs(deps, run);
    return c.json(jobView(job), 202);
  });
  app.openapi(routes.certificates, async (c) => {
    const scope = await visibleSystems(c, deps);
    const list = await deps.store.retention.certificates(c.req.valid('query').limit);
    const visible = list.filter((cert) => certificateVisible(cert.body, scope));
    return c.json(
      { items: visible.map((cert) => plain({ ...cert.body, bodySha256: cert.bodySha256, pdfSha256: cert.pdfSha256 })) },
      200,
    );
  });
  app.openapi(routes.certificate, async (c) => {
    const { id } = c.req.valid('param');
    const cert = await deps.store.retention.certificate(id);
    if (cert === undefined || !certificateVisible(cert.body, await visibleSystems(c, deps))) {
      throw new AppError('NOT_FOUND', `certificate ${id} not found`);
    }
    if (c.req.valid('query').format === 'pdf') {
      c.header('content-type', 'application/pdf');
      c.header('content-disposition', `inline; filename="${id}.pdf"`);
      return c.body(new Uint8Array(cert.pdf), 200);
    }
    const [entry] = await deps.store.evidence.list({ type: 'disposal', subject: id, limit: 1 });
    return c.json(
      plain({
        ...cert.body,
        bodySha256: cert.bodySha256,
        pdfSha256: cert.pdfSha256,
        ...(entry ? { evidence: { seq: entry.seq, hash: entry.hash, at: entry.at } } : {}),
      }),
      200,
    );
  });
  registerRetentionHoldRoutes(app, deps);
}

/** A certificate is visible when every system it speaks of is (a contractor's naming none: group-wide callers only). */
function certificateVisible(
  body: { targets: readonly { system: string }[]; contractor?: { system?: string } },
  scope: { ids: readonly string[]; all: boolean },
): boolean {
  if (scope.all) return true;
  if (body.contractor && body.contractor.system === undefined) return false;
  const systems = [...body.targets.map((t) => t.system), ...(body.contractor?.system ? [body.contractor.system] : [])];
  return systems.every((s) => scope.ids.includes(s));
}
