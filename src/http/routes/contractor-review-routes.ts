import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { LiftInputSchema, SuspensionInputSchema } from '../../app/management/contractor-records.ts';
import {
  contractorReviewsDue,
  liftContractorSuspension,
  listContractorReviews,
  listContractorSuspensions,
  recordContractorReview,
  suspendContractor,
} from '../../app/management/contractor-reviews.ts';
import { ContractorReviewInputSchema } from '../../core/management/contractor-review.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import { body, IdParam, readResponses, writeResponses } from './management-route-kit.ts';

const tags = ['contractors'];
const review = createRoute({
  method: 'post',
  path: '/api/v1/contractors/reviews',
  tags,
  summary: 'Record a contractor review (PM-4 terms confirmed, OT-3 foreign-law check); sets the next due date',
  request: body(ContractorReviewInputSchema),
  responses: writeResponses('Recorded; the decision engine honours it at once'),
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/contractors/reviews',
  tags,
  summary: 'Recorded contractor reviews, oldest first',
  request: { query: z.object({ contractor: z.string().min(1).max(200).optional() }) },
  responses: readResponses('Reviews'),
});
const due = createRoute({
  method: 'get',
  path: '/api/v1/contractors/reviews/due',
  tags,
  summary: 'Every contractor with its review due date (ledger and recorded reviews): lapsed, due soon or ok',
  request: { query: z.object({ soonDays: z.coerce.number().int().min(0).max(365).default(30) }) },
  responses: readResponses('Due dates, soonest first'),
});
const suspend = createRoute({
  method: 'post',
  path: '/api/v1/contractors/suspensions',
  tags,
  summary: 'Record a contractor suspension: the decision engine refuses provision to it from now on',
  request: body(SuspensionInputSchema),
  responses: writeResponses('Recorded'),
});
const suspensions = createRoute({
  method: 'get',
  path: '/api/v1/contractors/suspensions',
  tags,
  summary: 'Recorded contractor suspensions, oldest first (lifted ones with their lift)',
  responses: readResponses('Suspensions'),
});
const lift = createRoute({
  method: 'post',
  path: '/api/v1/contractors/suspensions/{id}/lift',
  tags,
  summary: 'Lift a recorded suspension: provision is no longer refused for it (a lapsed review still refuses)',
  request: { params: IdParam, ...body(LiftInputSchema) },
  responses: writeResponses('Lifted'),
});

export function registerContractorReviewRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(review, async (c) => c.json(await recordContractorReview(deps, c.req.valid('json'), actorId(c)), 200));
  app.openapi(list, async (c) => {
    const { contractor } = c.req.valid('query');
    return c.json({ items: await listContractorReviews(deps.store, contractor) }, 200);
  });
  app.openapi(due, async (c) =>
    c.json({ items: await contractorReviewsDue(deps, c.req.valid('query').soonDays) }, 200),
  );
  app.openapi(suspend, async (c) => c.json(await suspendContractor(deps, c.req.valid('json'), actorId(c)), 200));
  app.openapi(suspensions, async (c) => c.json({ items: await listContractorSuspensions(deps.store) }, 200));
  app.openapi(lift, async (c) =>
    c.json(await liftContractorSuspension(deps, c.req.valid('param').id, c.req.valid('json'), actorId(c)), 200),
  );
}
