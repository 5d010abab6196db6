import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { confirmLedgerSection, getLedgerReview, planLedgerReview } from '../../app/management/ledger-review.ts';
import { AppError } from '../../core/app-error.ts';
import {
  LedgerReviewPlanSchema,
  REVIEWABLE_SECTIONS,
  SectionConfirmationSchema,
} from '../../core/management/ledger-review.ts';
import { ErrorBodySchema } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId } from '../request-context.ts';
import { body, json, readResponses, writeResponses } from './management-route-kit.ts';

const tags = ['ledger-review'];
// Path parameters are plain bounded strings, checked in the handler: a body's errors are reported even when the
// year is wrong too, and each error names its field.
const YearParam = z.object({
  year: z
    .string()
    .min(1)
    .max(10)
    .openapi({ param: { name: 'year', in: 'path' }, example: '2026' }),
});
const SectionParam = YearParam.extend({
  section: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'section', in: 'path' }, description: REVIEWABLE_SECTIONS.join(', ') }),
});

function yearOf(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
    throw new AppError('VALIDATION', 'invalid year', {
      issues: [{ path: 'year', message: 'a year from 2000 to 2100' }],
    });
  }
  return year;
}

function sectionOf(value: string): string {
  if (!(REVIEWABLE_SECTIONS as readonly string[]).includes(value)) {
    throw new AppError('VALIDATION', 'invalid section', {
      issues: [{ path: 'section', message: `one of ${REVIEWABLE_SECTIONS.join(', ')}` }],
    });
  }
  return value;
}

const PlanBody = LedgerReviewPlanSchema.omit({ year: true });

const status = createRoute({
  method: 'get',
  path: '/api/v1/ledger-reviews/{year}',
  tags,
  summary: "The year's ledger review (PM-1): each section's owner, due date, confirmation, overdue",
  request: { params: YearParam },
  responses: readResponses('The review status'),
});
const plan = createRoute({
  method: 'put',
  path: '/api/v1/ledger-reviews/{year}',
  tags,
  summary: 'Plan the year’s review: an owner and a due date for every section (confirmed ones stay)',
  request: { params: YearParam, ...body(PlanBody) },
  responses: writeResponses('The review status'),
});
const confirm = createRoute({
  method: 'post',
  path: '/api/v1/ledger-reviews/{year}/sections/{section}/confirm',
  tags,
  summary: 'The section’s owner confirms it for the year, against the current ledger version',
  request: { params: SectionParam, ...body(SectionConfirmationSchema) },
  responses: { ...writeResponses('Confirmed'), 403: json(ErrorBodySchema, 'Not the section’s owner') },
});

export function registerLedgerReviewRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(status, async (c) => c.json(await getLedgerReview(deps, yearOf(c.req.valid('param').year)), 200));
  app.openapi(plan, async (c) => {
    const year = yearOf(c.req.valid('param').year);
    return c.json(await planLedgerReview(deps, { ...c.req.valid('json'), year }, actorId(c)), 200);
  });
  app.openapi(confirm, async (c) => {
    const params = c.req.valid('param');
    const body = c.req.valid('json');
    const [year, section] = [yearOf(params.year), sectionOf(params.section)];
    return c.json(await confirmLedgerSection(deps, { year, section, body }, actorId(c)), 200);
  });
}
