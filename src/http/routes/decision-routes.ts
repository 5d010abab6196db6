import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { DecisionQueue } from '../../app/decision-queue.ts';
import type { RecordedDecision } from '../../app/make-decisions.ts';
import { assertApplicationMayDecide } from '../../core/auth/application-scope.ts';
import type { DecisionRequest } from '../../core/policy/decision.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { assertOperatorVisible, principalActor, principalOf } from '../request-context.ts';
import { DecisionRequestSchema, RecordedDecisionSchema } from './decision-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const unauthorised = json(ErrorBodySchema, 'No or wrong token');

const one = createRoute({
  method: 'post',
  path: '/api/v1/decisions',
  tags: ['decisions'],
  summary: 'Decide one request against the current ledger; the decision is recorded as evidence',
  security: [{ adminToken: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: DecisionRequestSchema } } } },
  responses: {
    200: json(RecordedDecisionSchema, 'The decision, with every reason'),
    400: errorResponses[400],
    401: unauthorised,
    404: errorResponses[404],
  },
});

const batch = createRoute({
  method: 'post',
  path: '/api/v1/decisions/batch',
  tags: ['decisions'],
  summary: 'Decide up to 1,000 requests in one call (one evidence group commit)',
  security: [{ adminToken: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ requests: z.array(DecisionRequestSchema).min(1).max(1000) }) },
      },
    },
  },
  responses: {
    200: json(z.object({ decisions: z.array(RecordedDecisionSchema) }), 'Decisions in request order'),
    400: errorResponses[400],
    401: unauthorised,
  },
});

export function registerDecisionRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  // Concurrent calls share one state read and one decideBatch (decision-queue.ts).
  const queue = new DecisionQueue(deps);
  app.openapi(one, async (c) => {
    const request = toDecisionRequest(c.req.valid('json'));
    assertOperatorVisible(c, request.operator);
    assertApplicationMayDecide(principalOf(c), [request]);
    const [recorded] = await queue.decide([request], principalActor(c));
    return c.json(decisionBody(recorded as RecordedDecision), 200);
  });
  app.openapi(batch, async (c) => {
    const requests = c.req.valid('json').requests.map(toDecisionRequest);
    for (const request of requests) assertOperatorVisible(c, request.operator);
    assertApplicationMayDecide(principalOf(c), requests);
    const recorded = await queue.decide(requests, principalActor(c));
    return c.json({ decisions: recorded.map(decisionBody) }, 200);
  });
}

type DecisionBody = z.infer<typeof DecisionRequestSchema>;

/** Zod gives optional fields as `T | undefined`; the domain type wants them absent. */
export function toDecisionRequest(body: DecisionBody): DecisionRequest {
  return {
    action: body.action,
    actor: body.actor,
    operator: body.operator,
    subject: body.subject,
    items: body.items,
    purpose: body.purpose,
    ...(body.recipient !== undefined ? { recipient: body.recipient } : {}),
    ...(body.country !== undefined ? { country: body.country } : {}),
    ...(body.exception !== undefined ? { exception: body.exception } : {}),
    ...(body.source !== undefined
      ? {
          source:
            body.source.provider !== undefined
              ? { kind: body.source.kind, provider: body.source.provider }
              : { kind: body.source.kind },
        }
      : {}),
    ...(body.linksReferableInformation !== undefined
      ? { linksReferableInformation: body.linksReferableInformation }
      : {}),
    ...(body.deidentifiedData !== undefined ? { deidentifiedData: body.deidentifiedData } : {}),
  };
}

function decisionBody(recorded: RecordedDecision) {
  const { decision } = recorded;
  return {
    allowed: decision.allowed,
    reasons: decision.reasons.map((r) => ({ ...r })),
    obligations: decision.obligations.map((o) => ({ ...o }) as Record<string, unknown>),
    ledgerVersion: decision.ledgerVersion,
    evidence: recorded.evidence,
    ...(recorded.provisionRecord ? { provisionRecord: recorded.provisionRecord.id } : {}),
  };
}
