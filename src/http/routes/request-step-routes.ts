import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { sendResponse } from '../../app/requests/deliver-response.ts';
import { executeRequest } from '../../app/requests/execute-request.ts';
import { prepareResponse } from '../../app/requests/prepare-response.ts';
import { recordCustomerAuthorisation } from '../../app/requests/record-customer-authorisation.ts';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import {
  approveResponse,
  closeRequest,
  completeReview,
  recordPayment,
  refuseRequest,
  verifyIdentity,
} from '../../app/requests/request-steps.ts';
import { runSearch } from '../../app/requests/run-search.ts';
import { AppError } from '../../core/app-error.ts';
import { CustomerAuthorisationSchema, type PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { renderLetterPdf } from '../../notice/render-letter.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import {
  DeliverBodySchema,
  DispatchBodySchema,
  IdParam,
  PaymentBodySchema,
  PrepareBodySchema,
  RefuseBodySchema,
  StaffRequestSchema,
  VerifyBodySchema,
} from './request-schemas.ts';
import { recordRequestAccess, staffBody, visibleRequest } from './request-views.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const StepResult = z.object({ request: StaffRequestSchema, result: z.record(z.string(), z.unknown()).optional() });
const responses = {
  200: json(StepResult, 'The request after the step'),
  400: errorResponses[400],
  401: json(ErrorBodySchema, 'Not logged in'),
  404: errorResponses[404],
  409: json(
    ErrorBodySchema,
    'Not allowed from this status (`rule` says which: not-allowed, second-person, already-executed, not-executed...)',
  ),
  422: json(ErrorBodySchema, 'Well-formed but not acceptable (the issues name the fields)'),
};

const base = (name: string, summary: string) => ({
  method: 'post' as const,
  path: `/api/v1/requests/{id}/${name}` as const,
  tags: ['requests'],
  summary,
  security: [{ adminToken: [] }],
  responses,
});

function step(name: string, summary: string) {
  return createRoute({ ...base(name, summary), request: { params: IdParam } });
}

function stepWith<S extends z.ZodType>(name: string, summary: string, body: S) {
  return createRoute({
    ...base(name, summary),
    request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: body } } } },
  });
}

/** One POST per transition of the workflow; the use cases enforce the state machine and the second person. */
export function registerRequestStepRoutes(app: OpenAPIHono, deps: HttpDeps, rd: RequestDeps): void {
  const options = deps.requests ?? {};
  const render = options.renderLetter ?? (async (letter) => new Uint8Array(await renderLetterPdf(letter)));
  // Read per use: with PORT=0 the bound port (hence the default URL) is known only after listening.
  const publicUrl = () => (options.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
  const answer = (c: Parameters<Parameters<typeof app.openapi>[1]>[0], r: PrivacyRequest, result?: object) => {
    recordRequestAccess(c, [r], { status: r.status });
    return c.json({ request: staffBody(r, deps.clock.now()), ...(result ? { result: { ...result } } : {}) }, 200);
  };
  /** Loads the request only to refuse another operator's (404) before the use case runs. */
  const target = async (c: { req: { param(name: 'id'): string } }) =>
    (await visibleRequest(c as never, rd, c.req.param('id'))).id;

  app.openapi(stepWith('verify-identity', 'Identity checked against the documents', VerifyBodySchema), async (c) => {
    const body = c.req.valid('json');
    const r = await verifyIdentity(rd, {
      requestId: await target(c),
      actor: actorId(c),
      documents: body.documents,
      subjectId: body.subjectId,
    });
    return answer(c, r);
  });
  app.openapi(stepWith('record-payment', 'The fee was paid', PaymentBodySchema), async (c) => {
    const body = c.req.valid('json');
    return answer(c, await recordPayment(rd, { requestId: await target(c), actor: actorId(c), method: body.method }));
  });
  app.openapi(step('search', "Search the company's databases and store the package for review"), async (c) => {
    const id = await target(c);
    const pkg = await runSearch(rd, { requestId: id, actor: actorId(c) });
    const found = pkg.systems.reduce((n, s) => n + s.tables.length, 0);
    return answer(c, await visibleRequest(c, rd, id), { tables: found, routedToCustomer: pkg.routedToCustomer.length });
  });
  app.openapi(step('review', 'The reviewer signs off (someone else approves)'), async (c) =>
    answer(c, await completeReview(rd, await target(c), actorId(c))),
  );
  app.openapi(step('approve', 'A second person approves the response'), async (c) =>
    answer(c, await approveResponse(rd, await target(c), actorId(c))),
  );
  app.openapi(stepWith('refuse', "Refuse on one of the operator's grounds", RefuseBodySchema), async (c) => {
    const refusal = c.req.valid('json');
    return answer(c, await refuseRequest(rd, { requestId: await target(c), actor: actorId(c), refusal }));
  });
  app.openapi(
    stepWith(
      'customer-authorisation',
      "Record the entrusting customer's authorisation to answer about entrusted data (who, when, scope, document)",
      CustomerAuthorisationSchema,
    ),
    async (c) => {
      const authorisation = c.req.valid('json');
      const recorded = await recordCustomerAuthorisation(rd, {
        requestId: await target(c),
        actor: actorId(c),
        authorisation,
      });
      return answer(c, recorded.request, { authorisation: recorded.authorisation.id });
    },
  );
  app.openapi(
    step('execute', 'Carry out a correction, deletion, erasure or suspension, exactly once (then: executed)'),
    async (c) => {
      const outcome = await executeRequest(rd, { requestId: await target(c), actor: actorId(c) });
      return answer(c, outcome.request, { ...outcome.summary });
    },
  );
  app.openapi(
    stepWith('prepare-response', 'Build the CSV and the reply letter (PDF)', PrepareBodySchema),
    async (c) => {
      const { lang } = c.req.valid('json');
      const id = await target(c);
      const files = await prepareResponse(rd, { requestId: id, actor: actorId(c), lang, render });
      return answer(c, await visibleRequest(c, rd, id), { pdfBytes: files.pdf.byteLength, csvBytes: files.csv.length });
    },
  );
  app.openapi(
    stepWith('deliver', 'Send the download link by e-mail (electronic replies)', DeliverBodySchema),
    async (c) => {
      const body = c.req.valid('json');
      const request = await visibleRequest(c, rd, c.req.param('id'));
      if (request.replyMethod !== 'electronic') {
        throw new AppError('CONFLICT', 'this reply goes by post: record it with POST .../dispatch');
      }
      if (rd.mailer === undefined) {
        throw new AppError(
          'CONFLICT',
          'electronic delivery needs MAMORI_SMTP_URL (the SMTP server that mails the link)',
        );
      }
      const sent = await sendResponse(rd, {
        requestId: request.id,
        actor: actorId(c),
        downloadBaseUrl: `${publicUrl()}/privacy/downloads/`,
        ...(body.expiresInDays ? { expiresInDays: body.expiresInDays } : {}),
        ...(body.maxDownloads ? { maxDownloads: body.maxDownloads } : {}),
      });
      const expiresAt = sent.delivery.expiresAt?.toISOString() ?? '';
      return answer(c, sent.request, { delivery: sent.delivery.id, expiresAt });
    },
  );
  app.openapi(stepWith('dispatch', 'Record the posting of a paper reply', DispatchBodySchema), async (c) => {
    const body = c.req.valid('json');
    const request = await visibleRequest(c, rd, c.req.param('id'));
    if (request.replyMethod !== 'paper')
      throw new AppError('CONFLICT', 'this reply is electronic: use POST .../deliver');
    const dispatch = { method: body.method, ...(body.reference ? { reference: body.reference } : {}) };
    const sent = await sendResponse(rd, { requestId: request.id, actor: actorId(c), dispatch });
    return answer(c, sent.request, { delivery: sent.delivery.id });
  });
  app.openapi(step('close', 'Close the request after the reply'), async (c) =>
    answer(c, await closeRequest(rd, await target(c), actorId(c))),
  );
}
