import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getDashboard } from '../../app/management/dashboard.ts';
import { ErrorBodySchema } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter, purposeFilter } from '../operator-scope.ts';
import { json } from './management-route-kit.ts';

const count = z.number().int().min(0);
const day = z.string().openapi({ format: 'date', example: '2026-04-15' });
const instant = z.string().openapi({ format: 'date-time' });

/** The dashboard's answer (ARCHITECTURE.md, "Dashboard API"); counts and lists only, no personal data. */
export const DashboardSchema = z
  .object({
    requests: z.object({
      open: count,
      overdue: count,
      dueToday: count,
      dueThisWeek: count,
      items: z.array(
        z.object({ id: z.string(), trackingCode: z.string(), type: z.string(), state: z.string(), dueOn: day }),
      ),
    }),
    consentsWithdrawnThisWeek: count,
    contractorReviewsDue: z.array(
      z.object({ contractorId: z.string(), name: z.string(), dueOn: day, overdue: z.boolean() }),
    ),
    trainingsDue: z.array(z.object({ courseId: z.string(), title: z.string(), dueOn: day, incompleteCount: count })),
    incidents: z.object({
      open: count,
      deadlines: z.array(
        z.object({
          incidentId: z.string(),
          report: z.enum(['ppc-preliminary', 'ppc-confirmed', 'privacy-mark', 'client-notification']),
          dueAt: instant,
          overdue: z.boolean(),
        }),
      ),
    }),
    complaints: z.object({ open: count, overdue: count }),
    ledgerReview: z.object({ year: z.number().int(), confirmed: count, total: count, overdue: count }),
    evidence: z.object({
      lastVerification: z.object({ at: instant, ok: z.boolean(), entries: count }).nullable(),
    }),
  })
  .openapi('Dashboard');

const dashboard = createRoute({
  method: 'get',
  path: '/api/v1/dashboard',
  tags: ['dashboard'],
  summary: "What needs action today, within the caller's operators",
  description:
    'Requests owed (overdue, due today, due this Japanese week), consent withdrawals this week, contractor reviews ' +
    'due or lapsed, trainings with staff not yet passed, incident report deadlines, complaints open and overdue, the ' +
    "year's ledger review, and the last evidence verification.",
  responses: { 200: json(DashboardSchema, 'The dashboard'), 401: json(ErrorBodySchema, 'Not logged in') },
});

export function registerDashboardRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(dashboard, async (c) => {
    const operators = operatorFilter(c);
    const visiblePurposes = await purposeFilter(c, deps.policies);
    const result = await getDashboard(deps, {
      ...(operators === undefined ? {} : { operators }),
      ...(visiblePurposes === undefined ? {} : { visiblePurposes }),
    });
    // Through the documented schema: the console gets exactly the shape ARCHITECTURE.md describes.
    return c.json(DashboardSchema.parse(result), 200);
  });
}
