import { addJapanDays, endOfJapanDay, japanDate } from '../../core/japan-time.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/requests/privacy-request.ts';
import { type DeadlineKind, listDeadlines } from '../incidents/list-deadlines.ts';
import { listComplaints } from './complaints-desk.ts';
import { contractorReviewsDue } from './contractor-reviews.ts';
import { getLedgerReview } from './ledger-review.ts';
import type { ManagementDeps } from './management-deps.ts';
import { courseStatus, listCourses } from './training.ts';

/** What needs action today, for the console's first page (shape documented in ARCHITECTURE.md). */
export interface Dashboard {
  readonly requests: {
    readonly open: number;
    readonly overdue: number;
    readonly dueToday: number;
    readonly dueThisWeek: number;
    readonly items: readonly {
      readonly id: string;
      readonly trackingCode: string;
      readonly type: string;
      readonly state: RequestStatus;
      readonly dueOn: string;
    }[];
  };
  readonly consentsWithdrawnThisWeek: number;
  readonly contractorReviewsDue: readonly {
    readonly contractorId: string;
    readonly name: string;
    readonly dueOn: string;
    readonly overdue: boolean;
  }[];
  readonly trainingsDue: readonly {
    readonly courseId: string;
    readonly title: string;
    readonly dueOn: string;
    readonly incompleteCount: number;
  }[];
  readonly incidents: {
    readonly open: number;
    readonly deadlines: readonly {
      readonly incidentId: string;
      readonly report: DeadlineKind;
      readonly dueAt: string;
      readonly overdue: boolean;
    }[];
  };
  readonly complaints: { readonly open: number; readonly overdue: number };
  readonly ledgerReview: {
    readonly year: number;
    readonly confirmed: number;
    readonly total: number;
    readonly overdue: number;
  };
  readonly evidence: {
    readonly lastVerification: { readonly at: string; readonly ok: boolean; readonly entries: number } | null;
  };
}

/** What the caller may see: its operators and their purposes (undefined: group-wide). */
export interface DashboardScope {
  readonly operators?: readonly string[];
  readonly visiblePurposes?: readonly string[];
}

/** Requests whose reply is still owed (as the request list's overdue view counts them). */
const OPEN: RequestStatus[] = REQUEST_STATUSES.filter(
  (s) => !['response-sent', 'closed', 'refused', 'closed-not-made'].includes(s),
);
const ITEMS = 50;
const TRAINING_HORIZON_DAYS = 30;
const DAY_MS = 86_400_000;

/** The Japanese calendar week (Monday to Sunday) of `today`: its Monday and its Sunday. */
export function japanWeek(today: string): { readonly monday: string; readonly sunday: string } {
  const day = new Date(`${today}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const shift = (n: number) => new Date(day.getTime() + n * DAY_MS).toISOString().slice(0, 10);
  return { monday: shift(-sinceMonday), sunday: shift(6 - sinceMonday) };
}

/**
 * The dashboard for the caller's scope. Days are Japanese calendar days; "this week" runs Monday to Sunday.
 * Requests: open = reply still owed; dueToday / dueThisWeek count those not yet overdue due by the end of today /
 * Sunday; items are the open requests soonest due first (at most 50). Trainings: courses of this or last year,
 * due within 30 days or past due, with anyone not yet passed. Incident deadlines: every report (and BR-10 client
 * notice) still owed for open incidents.
 */
export async function getDashboard(deps: ManagementDeps, scope: DashboardScope = {}): Promise<Dashboard> {
  const now = deps.clock.now();
  const today = japanDate(now);
  const week = japanWeek(today);
  const ops = scope.operators === undefined ? {} : { operators: scope.operators };
  const [requests, consents, contractors, trainings, incidents, complaints, ledgerReview, verification] =
    await Promise.all([
      requestSummary(deps, ops, { now, today, sunday: week.sunday }),
      deps.store.consents.list(
        {
          status: 'withdrawn',
          since: new Date(`${week.monday}T00:00:00+09:00`),
          ...(scope.visiblePurposes === undefined ? {} : { visiblePurposes: scope.visiblePurposes }),
        },
        { limit: 1, offset: 0 },
      ),
      contractorsDue(deps),
      trainingsDue(deps, scope.operators, today),
      incidentSummary(deps, ops),
      listComplaints(deps, ops),
      ledgerReviewSummary(deps, Number(today.slice(0, 4))),
      deps.store.verifications.latest(),
    ]);
  return {
    requests,
    consentsWithdrawnThisWeek: consents.total,
    contractorReviewsDue: contractors,
    trainingsDue: trainings,
    incidents,
    complaints: {
      open: complaints.filter((c) => c.status === 'open' || c.status === 'overdue').length,
      overdue: complaints.filter((c) => c.status === 'overdue').length,
    },
    ledgerReview,
    evidence: {
      lastVerification:
        verification === undefined
          ? null
          : { at: verification.at.toISOString(), ok: verification.ok, entries: verification.entries },
    },
  };
}

async function requestSummary(
  deps: ManagementDeps,
  ops: { readonly operators?: readonly string[] },
  when: { readonly now: Date; readonly today: string; readonly sunday: string },
): Promise<Dashboard['requests']> {
  const count = async (dueBefore?: Date) =>
    (
      await deps.store.requests.list(
        { ...ops, status: OPEN, ...(dueBefore ? { dueBefore } : {}) },
        { limit: 1, offset: 0 },
      )
    ).total;
  const afterToday = new Date(endOfJapanDay(when.today).getTime() + 1);
  const afterSunday = new Date(endOfJapanDay(when.sunday).getTime() + 1);
  const [open, overdue, byToday, byWeek, page] = await Promise.all([
    count(),
    count(when.now),
    count(afterToday),
    count(afterSunday),
    deps.store.requests.list({ ...ops, status: OPEN }, { limit: ITEMS, offset: 0 }),
  ]);
  return {
    open,
    overdue,
    dueToday: byToday - overdue,
    dueThisWeek: byWeek - overdue,
    items: page.items.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      type: r.type,
      state: r.status,
      dueOn: japanDate(r.dueAt),
    })),
  };
}

async function contractorsDue(deps: ManagementDeps): Promise<Dashboard['contractorReviewsDue']> {
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  if (ledger === undefined) return [];
  const names = new Map(ledger.contractors.map((c) => [c.id, c.name.ja]));
  return (await contractorReviewsDue(deps))
    .filter((due) => due.state !== 'ok')
    .map((due) => ({
      contractorId: due.contractor,
      name: names.get(due.contractor) ?? due.contractor,
      dueOn: due.dueBy,
      overdue: due.state === 'lapsed',
    }));
}

async function trainingsDue(
  deps: ManagementDeps,
  operators: readonly string[] | undefined,
  today: string,
): Promise<Dashboard['trainingsDue']> {
  const year = Number(today.slice(0, 4));
  const horizon = japanDate(addJapanDays(endOfJapanDay(today), TRAINING_HORIZON_DAYS));
  const courses = [...(await listCourses(deps, year - 1, operators)), ...(await listCourses(deps, year, operators))];
  const out: { courseId: string; title: string; dueOn: string; incompleteCount: number }[] = [];
  for (const course of courses.filter((c) => c.dueOn <= horizon)) {
    const { staff } = await courseStatus(deps, course.id);
    const incompleteCount = staff.filter((s) => s.state !== 'passed').length;
    if (incompleteCount > 0)
      out.push({ courseId: course.id, title: course.title, dueOn: course.dueOn, incompleteCount });
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.courseId.localeCompare(b.courseId));
}

async function incidentSummary(
  deps: ManagementDeps,
  ops: { readonly operators?: readonly string[] },
): Promise<Dashboard['incidents']> {
  const [open, deadlines] = await Promise.all([
    deps.store.incidents.list({ ...ops, status: 'open' }),
    listDeadlines(deps, { withinDays: 36_500, ...ops }),
  ]);
  return {
    open: open.length,
    deadlines: deadlines.map((d) => ({
      incidentId: d.incidentId,
      report: d.kind,
      dueAt: d.due.toISOString(),
      overdue: d.overdue,
    })),
  };
}

async function ledgerReviewSummary(deps: ManagementDeps, year: number): Promise<Dashboard['ledgerReview']> {
  if ((await deps.store.ledgerVersions.latest()) === undefined) return { year, confirmed: 0, total: 0, overdue: 0 };
  const { confirmed, total, overdue } = await getLedgerReview(deps, year);
  return { year, confirmed, total, overdue };
}
