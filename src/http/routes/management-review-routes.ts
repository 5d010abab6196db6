import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addReviewDecision,
  closeManagementReview,
  createManagementReview,
  gatherReviewInputs,
  getManagementReview,
  listManagementReviews,
} from '../../app/management/management-review.ts';
import { ManagementReviewInputSchema, ReviewDecisionSchema } from '../../core/management/management-review.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible } from '../request-context.ts';
import { body, IdParam, readResponses, writeResponses } from './management-route-kit.ts';

const tags = ['management-reviews'];
const P = '/api/v1/management-reviews';
const InputsQuery = z.object({
  operator: z.string().min(1).max(200),
  from: z.iso.date(),
  to: z.iso.date(),
});

const inputs = createRoute({
  method: 'get',
  path: `${P}/inputs`,
  tags,
  summary: 'The inputs of a review, gathered now: requests, incidents, complaints, audits, training, ledger review',
  request: { query: InputsQuery },
  responses: readResponses('The inputs for the operator and period'),
});
const hold = createRoute({
  method: 'post',
  path: P,
  tags,
  summary: 'Record a management review; its inputs are gathered and kept with it',
  request: body(ManagementReviewInputSchema),
  responses: writeResponses('Recorded'),
});
const list = createRoute({
  method: 'get',
  path: P,
  tags,
  summary: 'Management reviews of the caller’s operators',
  responses: readResponses('The reviews, oldest first'),
});
const one = createRoute({
  method: 'get',
  path: `${P}/{id}`,
  tags,
  summary: 'One review with its inputs and decisions',
  request: { params: IdParam },
  responses: readResponses('The review'),
});
const decide = createRoute({
  method: 'post',
  path: `${P}/{id}/decisions`,
  tags,
  summary: 'Record a decision of the review (owner, due date)',
  request: { params: IdParam, ...body(ReviewDecisionSchema) },
  responses: writeResponses('The review with the decision'),
});
const close = createRoute({
  method: 'post',
  path: `${P}/{id}/close`,
  tags,
  summary: 'Close the review; its decisions are final',
  request: { params: IdParam },
  responses: writeResponses('Closed'),
});

export function registerManagementReviewRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const visible = async (c: Parameters<typeof assertOperatorVisible>[0], id: string) => {
    const review = await getManagementReview(deps, id);
    assertOperatorVisible(c, review.operator, 'management review');
    return review;
  };
  app.openapi(inputs, async (c) => {
    const q = c.req.valid('query');
    assertOperatorVisible(c, q.operator);
    return c.json(await gatherReviewInputs(deps, q), 200);
  });
  app.openapi(hold, async (c) => {
    const input = c.req.valid('json');
    assertOperatorVisible(c, input.operator);
    return c.json(await createManagementReview(deps, input, actorId(c)), 200);
  });
  app.openapi(list, async (c) => c.json({ items: await listManagementReviews(deps, operatorFilter(c)) }, 200));
  app.openapi(one, async (c) => c.json(await visible(c, c.req.valid('param').id), 200));
  app.openapi(decide, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    return c.json(await addReviewDecision(deps, id, c.req.valid('json'), actorId(c)), 200);
  });
  app.openapi(close, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    return c.json(await closeManagementReview(deps, id, actorId(c)), 200);
  });
}
