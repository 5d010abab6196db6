import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { endOfJapanDay, japanDate } from '../../core/japan-time.ts';
import {
  type ManagementReviewInput,
  ManagementReviewInputSchema,
  type ReviewDecision,
  ReviewDecisionSchema,
  type ReviewInputs,
  summariseRequests,
} from '../../core/management/management-review.ts';
import type { PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { listComplaints } from './complaints-desk.ts';
import { contractorReviewsDue } from './contractor-reviews.ts';
import { auditPlan } from './internal-audits.ts';
import { getLedgerReview } from './ledger-review.ts';
import { bodyOf, getRecord, invalid, type ManagementDeps, managementEvent, updateRecord } from './management-deps.ts';
import { courseStatus, listCourses } from './training.ts';

const KIND = 'management-review' as const;
const StoredSchema = z.object({
  id: z.string(),
  operator: z.string(),
  from: z.string(),
  to: z.string(),
  heldOn: z.string(),
  participants: z.array(z.string()),
  inputs: z.record(z.string(), z.unknown()),
  decisions: z.array(ReviewDecisionSchema.extend({ recordedBy: z.string(), recordedOn: z.string() })),
  closedOn: z.string().optional(),
  closedBy: z.string().optional(),
  recordedBy: z.string(),
});
export type ManagementReview = z.infer<typeof StoredSchema>;
const read = (r: Parameters<typeof bodyOf>[1]) => bodyOf(StoredSchema, r);
const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/** Pages through every request of the operator (the requests port lists by due date). */
async function requestsOf(deps: ManagementDeps, operator: string): Promise<PrivacyRequest[]> {
  const all: PrivacyRequest[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await deps.store.requests.list({ operators: [operator] }, { limit: 500, offset });
    all.push(...page.items);
    if (page.items.length < 500) return all;
  }
}

/**
 * Gathers the review's inputs for an operator and a period of Japanese days: requests by type and outcome and the
 * overdue ones, incidents, complaints, internal audit findings, training completion of courses due in the period,
 * the ledger review of the period's last year and contractor reviews due.
 */
export async function gatherReviewInputs(
  deps: ManagementDeps,
  query: { readonly operator: string; readonly from: string; readonly to: string },
): Promise<ReviewInputs> {
  const now = deps.clock.now();
  const from = new Date(`${query.from}T00:00:00+09:00`);
  const to = endOfJapanDay(query.to);
  const asOf = to < now ? to : now;
  const inPeriod = (at: Date) => at >= from && at <= to;
  const dayIn = (day: string) => day >= query.from && day <= query.to;
  const years = [...new Set([Number(query.from.slice(0, 4)), Number(query.to.slice(0, 4))])];
  const ops = [query.operator];
  const [requests, incidents, complaints, audits, courses, ledgerReview, contractors, ledger] = await Promise.all([
    requestsOf(deps, query.operator),
    deps.store.incidents.list({ operators: ops }),
    listComplaints(deps, { operators: ops }),
    Promise.all(years.map((y) => auditPlan(deps, y, ops))).then((lists) => lists.flat()),
    Promise.all(years.map((y) => listCourses(deps, y, ops))).then((lists) => lists.flat()),
    getLedgerReview(deps, Number(query.to.slice(0, 4))),
    contractorReviewsDue(deps),
    deps.store.ledgerVersions.latest(),
  ]);
  const mine = incidents.filter((i) => inPeriod(i.facts.discoveredAt));
  const byGround: Record<string, number> = {};
  let reportsLate = 0;
  for (const incident of mine) {
    for (const g of incident.classification.grounds) byGround[g] = (byGround[g] ?? 0) + 1;
    const d = incident.classification.deadlines;
    for (const [kind, due] of [
      ['ppc-preliminary', d.preliminaryReport],
      ['ppc-confirmed', d.confirmedReport],
      ['privacy-mark', d.privacyMarkReport],
    ] as const) {
      if (due === undefined) continue;
      const filed = incident.submitted[kind];
      if ((filed !== undefined && filed > due) || (filed === undefined && due < asOf)) reportsLate += 1;
    }
  }
  const received = complaints.filter((c) => inPeriod(new Date(c.receivedAt)));
  const byKind: Record<string, number> = {};
  for (const c of received) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const auditsIn = audits.filter((a) => dayIn(a.plannedOn));
  const findings = auditsIn.flatMap((a) => a.findings);
  const training = [];
  for (const course of courses.filter((c) => dayIn(c.dueOn))) {
    const { staff } = await courseStatus(deps, course.id);
    const passed = staff.filter((s) => s.state === 'passed').length;
    training.push({
      courseId: course.id,
      title: course.title,
      dueOn: course.dueOn,
      assigned: staff.length,
      passed,
      completionRate: staff.length === 0 ? 0 : Math.round((passed / staff.length) * 1000) / 1000,
    });
  }
  const serving = new Set(
    (ledger?.ledger.contractors ?? [])
      .filter((c) => c.operators === undefined || c.operators.includes(query.operator))
      .map((c) => c.id),
  );
  const dueContractors = contractors.filter((c) => serving.has(c.contractor));
  return {
    operator: query.operator,
    from: query.from,
    to: query.to,
    gatheredAt: now.toISOString(),
    requests: summariseRequests(requests, { from, to }, asOf),
    incidents: {
      recorded: mine.length,
      reportable: mine.filter((i) => i.classification.reportable).length,
      byGround,
      open: mine.filter((i) => i.status === 'open').length,
      reportsLate,
    },
    complaints: {
      received: received.length,
      byKind,
      answeredLate: received.filter((c) => c.respondedAt !== undefined && c.respondedAt > c.respondBy).length,
      open: received.filter((c) => c.status === 'open' || c.status === 'overdue').length,
    },
    audits: {
      planned: auditsIn.length,
      closed: auditsIn.filter((a) => a.closedOn !== undefined).length,
      findings: {
        major: findings.filter((f) => f.severity === 'major').length,
        minor: findings.filter((f) => f.severity === 'minor').length,
        observation: findings.filter((f) => f.severity === 'observation').length,
      },
      openActions: findings.flatMap((f) => f.actions).filter((a) => a.completedOn === undefined).length,
    },
    training,
    ledgerReview: {
      year: ledgerReview.year,
      confirmed: ledgerReview.confirmed,
      total: ledgerReview.total,
      overdue: ledgerReview.overdue,
    },
    contractorReviews: {
      lapsed: dueContractors.filter((c) => c.state === 'lapsed').length,
      dueSoon: dueContractors.filter((c) => c.state === 'due-soon').length,
    },
  };
}

/** Holds a review: its inputs are gathered now and kept with it, as they stood. */
export async function createManagementReview(
  deps: ManagementDeps,
  input: unknown,
  actor: string,
): Promise<ManagementReview> {
  const parsed = ManagementReviewInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid management review', issuesOf(parsed.error));
  const data: ManagementReviewInput = parsed.data;
  const inputs = await gatherReviewInputs(deps, data);
  const review: ManagementReview = {
    id: randomUUID(),
    ...data,
    inputs: inputs as unknown as Record<string, unknown>,
    decisions: [],
    recordedBy: actor,
  };
  await deps.store.management.insert(
    [
      {
        id: review.id,
        kind: KIND,
        operator: review.operator,
        ref: review.to.slice(0, 4),
        recordedAt: deps.clock.now(),
        body: review,
      },
    ],
    [
      managementEvent(deps, actor, 'management-review-held', {
        kind: KIND,
        id: review.id,
        operator: review.operator,
        from: review.from,
        to: review.to,
        heldOn: review.heldOn,
      }),
    ],
  );
  return review;
}

export async function getManagementReview(deps: ManagementDeps, id: string): Promise<ManagementReview> {
  return read(await getRecord(deps.store, KIND, id));
}

export async function listManagementReviews(
  deps: ManagementDeps,
  operators?: readonly string[],
): Promise<ManagementReview[]> {
  const all = (await deps.store.management.list(KIND)).map(read);
  return all.filter((r) => operators === undefined || operators.includes(r.operator));
}

/** Records a decision of the review (improvements, resources, policy changes) with its owner and date. */
export async function addReviewDecision(
  deps: ManagementDeps,
  id: string,
  input: unknown,
  actor: string,
): Promise<ManagementReview> {
  const parsed = ReviewDecisionSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid decision', issuesOf(parsed.error));
  const decision: ReviewDecision = parsed.data;
  const today = japanDate(deps.clock.now());
  return updateRecord(
    deps.store,
    KIND,
    id,
    read,
    (r) => {
      if (r.closedOn !== undefined) throw new AppError('CONFLICT', `management review ${id} is closed`);
      return { ...r, decisions: [...r.decisions, { ...decision, recordedBy: actor, recordedOn: today }] };
    },
    (r) => [
      managementEvent(deps, actor, 'management-review-decision', {
        kind: KIND,
        id,
        operator: r.operator,
        decision: r.decisions.length,
        category: decision.category,
        ...(decision.dueOn ? { dueOn: decision.dueOn } : {}),
      }),
    ],
  );
}

/** Closes the review (its minutes are final); decisions are then read-only. */
export async function closeManagementReview(deps: ManagementDeps, id: string, actor: string) {
  const today = japanDate(deps.clock.now());
  return updateRecord(
    deps.store,
    KIND,
    id,
    read,
    (r) => {
      if (r.closedOn !== undefined) throw new AppError('CONFLICT', `management review ${id} is already closed`);
      return { ...r, closedOn: today, closedBy: actor };
    },
    (r) => [managementEvent(deps, actor, 'management-review-closed', { kind: KIND, id, operator: r.operator })],
  );
}
