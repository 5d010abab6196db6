import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { breachRulesFor, setBreachRules } from '../../app/incidents/breach-rules-settings.ts';
import { AppError } from '../../core/app-error.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId, assertOperatorVisible } from '../request-context.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const tags = ['incidents'];
const OperatorParam = z.object({
  operator: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'operator', in: 'path' } }),
});

const RulesBody = z
  .object({
    preliminaryDays: z.number().int().min(1).max(30).optional(),
    confirmedDays: z.number().int().min(1).max(90).optional(),
    confirmedDaysWrongfulPurpose: z.number().int().min(1).max(180).optional(),
    peopleThreshold: z.number().int().min(0).max(10_000_000).optional(),
    myNumberPeopleThreshold: z.number().int().min(0).max(10_000_000).optional(),
    lowRiskNotificationRelief: z.boolean().optional(),
  })
  .strict()
  .openapi('BreachRulesChange', { description: 'Fields not given keep their current value' });

const RulesAnswer = z
  .object({
    operator: z.string(),
    source: z.enum(['operator', 'default']),
    rules: z.record(z.string(), z.union([z.number(), z.boolean()])),
    updatedBy: z.string().optional(),
    updatedAt: z.string().optional(),
    reclassified: z.number().int().optional(),
  })
  .openapi('BreachRules');

const get = createRoute({
  method: 'get',
  path: '/api/v1/breach-rules/{operator}',
  tags,
  summary: "An operator's breach thresholds and report periods (BR-4, BR-6, BR-7, MN-5, BR-13), or the defaults",
  request: { params: OperatorParam },
  responses: { 200: json(RulesAnswer, 'The rules in force'), 404: errorResponses[404] },
});
const put = createRoute({
  method: 'put',
  path: '/api/v1/breach-rules/{operator}',
  tags,
  summary: "Change an operator's breach rules; its open incidents are classified again",
  request: { params: OperatorParam, body: { required: true, content: { 'application/json': { schema: RulesBody } } } },
  responses: {
    200: json(RulesAnswer, 'The new rules and how many open incidents were classified again'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: json(ErrorBodySchema, 'Changed concurrently'),
  },
});

export function registerBreachRuleRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(get, async (c) => {
    const { operator } = c.req.valid('param');
    assertOperatorVisible(c, operator);
    const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
    if (!ledger?.operators.some((o) => o.id === operator))
      throw new AppError('NOT_FOUND', `operator "${operator}" not found`);
    return c.json(await breachRulesFor(deps, operator), 200);
  });
  app.openapi(put, async (c) => {
    const { operator } = c.req.valid('param');
    assertOperatorVisible(c, operator);
    const changes = Object.fromEntries(Object.entries(c.req.valid('json')).filter(([, v]) => v !== undefined));
    return c.json(await setBreachRules(deps, operator, changes, actorId(c)), 200);
  });
}
