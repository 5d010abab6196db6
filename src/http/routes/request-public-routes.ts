import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { downloadResponse } from '../../app/requests/download-response.ts';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import { AppError } from '../../core/app-error.ts';
import { NO_IP_RESTRICTIONS } from '../../core/auth/ip-allow-list.ts';
import { nextStep } from '../../core/requests/next-step.ts';
import type { PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { normalizeTrackingCode } from '../../core/requests/tracking-code.ts';
import { sourceIpOf } from '../auth/request-origin.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { TokenBuckets } from '../token-bucket.ts';
import { intake } from './request-intake.ts';
import { PublicStatusSchema, SubmitRequestSchema, TrackingParam } from './request-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const submit = createRoute({
  method: 'post',
  path: '/privacy/requests',
  tags: ['privacy center'],
  summary: 'Make a request about your personal data (disclosure, correction, suspension...); no login',
  request: { body: { required: true, content: { 'application/json': { schema: SubmitRequestSchema } } } },
  responses: {
    201: json(PublicStatusSchema, 'Received: keep the tracking code, it is asked for to see the status and the reply'),
    400: errorResponses[400],
    422: json(ErrorBodySchema, 'A document was refused (empty, or not its declared type): nothing was stored'),
    429: json(ErrorBodySchema, 'Too many requests from this address'),
  },
});

const status = createRoute({
  method: 'get',
  path: '/privacy/requests/{trackingCode}',
  tags: ['privacy center'],
  summary: 'Where a request stands and what to do next (nothing personal)',
  request: { params: TrackingParam },
  responses: { 200: json(PublicStatusSchema, 'The status'), 404: errorResponses[404] },
});

const download = createRoute({
  method: 'get',
  path: '/privacy/downloads/{token}',
  tags: ['privacy center'],
  summary: 'Download the reply through the link from the e-mail, with your tracking code',
  request: {
    params: z.object({ token: z.string().min(1).max(100) }),
    query: z.object({
      trackingCode: z.string().min(1).max(40),
      format: z.enum(['json', 'csv', 'pdf']).default('pdf'),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/json': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    403: json(ErrorBodySchema, 'Not the tracking code of this request'),
    404: errorResponses[404],
    410: json(ErrorBodySchema, 'The link expired, was revoked or is used up'),
  },
});

export function registerRequestPublicRoutes(app: OpenAPIHono, deps: HttpDeps, requestDeps: RequestDeps): void {
  const limit = deps.requests?.submitLimit ?? { capacity: 5, refillMs: 120_000 };
  const buckets = new TokenBuckets(limit);
  const allow = deps.ipAllow ?? NO_IP_RESTRICTIONS;
  app.openapi(submit, async (c) => {
    const { documents, ...request } = c.req.valid('json');
    const ip = sourceIpOf(c, allow);
    if (!buckets.take(ip, deps.clock.now().getTime())) {
      c.header('retry-after', String(buckets.retryAfterSeconds(ip)));
      return c.json({ code: 'RATE_LIMITED', message: 'too many requests from this address: try again later' }, 429);
    }
    const submitted = await intake(requestDeps, { request, documents, channel: 'privacy-center', actor: 'public' });
    return c.json(publicStatus(submitted.request), 201);
  });
  app.openapi(status, async (c) => {
    const code = normalizeTrackingCode(c.req.valid('param').trackingCode);
    const found = code === undefined ? undefined : await deps.store.requests.byTrackingCode(code);
    if (found === undefined) throw new AppError('NOT_FOUND', 'no request with this tracking code');
    return c.json(publicStatus(found), 200);
  });
  app.openapi(download, async (c) => {
    const { token } = c.req.valid('param');
    const q = c.req.valid('query');
    const file = await downloadResponse(requestDeps, {
      token,
      trackingCode: q.trackingCode,
      format: q.format,
      address: sourceIpOf(c, allow),
    }).catch((error: unknown) => gone(c, error));
    if (file instanceof Response) return file as never;
    c.header('content-type', file.mediaType);
    c.header('content-disposition', `attachment; filename="${file.fileName}"`);
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(file.content), 200);
  });
}

/** Expired, revoked and used-up links are 410 Gone; anything else goes to the error handler. */
function gone(c: Context, error: unknown): Response {
  if (error instanceof AppError && error.details.rule === 'gone') {
    return c.json({ code: 'GONE', message: error.message }, 410);
  }
  throw error;
}

export function publicStatus(request: PrivacyRequest) {
  return {
    trackingCode: request.trackingCode,
    type: request.type,
    status: request.status,
    receivedAt: request.receivedAt.toISOString(),
    dueAt: request.dueAt.toISOString(),
    ...(request.closedAt ? { closedAt: request.closedAt.toISOString() } : {}),
    fee: feeBody(request),
    next: nextStep(request),
  };
}

export function feeBody(request: PrivacyRequest) {
  return {
    amount: request.fee.amount,
    ...(request.fee.deadline ? { deadline: request.fee.deadline.toISOString() } : {}),
    paid: request.fee.paidAt !== undefined,
  };
}
