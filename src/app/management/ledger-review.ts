import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { dayOf } from '../../core/management/dates.ts';
import {
  LedgerReviewPlanSchema,
  type LedgerReviewStatus,
  ledgerReviewStatus,
  REVIEWABLE_SECTIONS,
  type ReviewableSection,
  SectionConfirmationSchema,
  type SectionReview,
  sectionsOf,
} from '../../core/management/ledger-review.ts';
import type { ManagementRecord } from '../management-ports.ts';
import type { Store } from '../ports.ts';
import { bodyOf, invalid, type ManagementDeps, managementEvent } from './management-deps.ts';

const KIND = 'ledger-review' as const;
const StoredSchema = z.object({
  year: z.number(),
  section: z.enum(REVIEWABLE_SECTIONS),
  owner: z.string().optional(),
  dueOn: z.string(),
  confirmedOn: z.string().optional(),
  confirmedBy: z.string().optional(),
  ledgerVersion: z.number().optional(),
  note: z.string().optional(),
});
const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
const read = (r: ManagementRecord) => bodyOf(StoredSchema, r) as SectionReview;

async function currentSections(store: Store): Promise<{ sections: ReviewableSection[]; version: number }> {
  const latest = await store.ledgerVersions.latest();
  if (!latest) throw new AppError('NOT_FOUND', 'no ledger has been imported yet');
  return { sections: sectionsOf(latest.ledger), version: latest.number };
}

/**
 * Plans the year's ledger review: an owner and a due date for every section of the current ledger. Planning again
 * changes owners and dates of sections not yet confirmed; confirmed ones stay as they are.
 */
export async function planLedgerReview(deps: ManagementDeps, input: unknown, actor: string) {
  const parsed = LedgerReviewPlanSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid ledger review plan', issuesOf(parsed.error));
  const plan = parsed.data;
  const { sections } = await currentSections(deps.store);
  const missing = sections.filter((s) => plan.owners[s] === undefined && plan.defaultOwner === undefined);
  if (missing.length > 0) {
    throw invalid('every section needs an owner', [
      { path: 'owners', message: `no owner for ${missing.join(', ')} (or give defaultOwner)` },
    ]);
  }
  const existing = new Map(
    (await deps.store.management.list(KIND, { ref: String(plan.year) })).map((r) => [read(r).section, r]),
  );
  const now = deps.clock.now();
  for (const section of sections) {
    const body: SectionReview = {
      year: plan.year,
      section,
      owner: plan.owners[section] ?? (plan.defaultOwner as string),
      dueOn: plan.dueOn,
    };
    const record = existing.get(section);
    const event = managementEvent(deps, actor, 'ledger-review-planned', {
      kind: KIND,
      id: `${plan.year}:${section}`,
      owner: body.owner,
      dueOn: body.dueOn,
    });
    if (record === undefined) {
      const fresh = { id: `${plan.year}:${section}`, kind: KIND, ref: String(plan.year), recordedAt: now, body };
      await deps.store.management.insert([fresh], [event]);
    } else if (read(record).confirmedOn === undefined) {
      if (!(await deps.store.management.update(KIND, record.id, record.body, body, [event]))) {
        throw new AppError('CONFLICT', `ledger review ${record.id} changed concurrently; try again`);
      }
    }
  }
  return getLedgerReview(deps, plan.year);
}

/** The section's owner confirms it for the year, against the current ledger version; nobody else may. */
export async function confirmLedgerSection(
  deps: ManagementDeps,
  input: { readonly year: number; readonly section: string; readonly body: unknown },
  actor: string,
): Promise<SectionReview> {
  const parsed = SectionConfirmationSchema.safeParse(input.body);
  if (!parsed.success) throw invalid('invalid confirmation', issuesOf(parsed.error));
  const id = `${input.year}:${input.section}`;
  const record = await deps.store.management.get(KIND, id);
  if (!record) throw new AppError('NOT_FOUND', `section ${input.section} is not planned for review in ${input.year}`);
  const review = read(record);
  if (review.confirmedOn !== undefined) throw new AppError('CONFLICT', `${id} was confirmed on ${review.confirmedOn}`);
  if (review.owner !== actor) {
    throw new AppError('FORBIDDEN', `only the section's owner (${review.owner ?? 'none'}) confirms ${input.section}`);
  }
  const { version } = await currentSections(deps.store);
  const body: SectionReview = {
    ...review,
    confirmedOn: dayOf(deps.clock.now()),
    confirmedBy: actor,
    ledgerVersion: version,
    ...(parsed.data.note ? { note: parsed.data.note } : {}),
  };
  const event = managementEvent(deps, actor, 'ledger-section-confirmed', { kind: KIND, id, ledgerVersion: version });
  if (!(await deps.store.management.update(KIND, id, record.body, body, [event]))) {
    throw new AppError('CONFLICT', `ledger review ${id} changed concurrently; try again`);
  }
  return body;
}

/** The year's review: every section of the current ledger with its owner, due date, confirmation and overdue flag. */
export async function getLedgerReview(deps: ManagementDeps, year: number): Promise<LedgerReviewStatus> {
  const [{ sections }, records] = await Promise.all([
    currentSections(deps.store),
    deps.store.management.list(KIND, { ref: String(year) }),
  ]);
  return ledgerReviewStatus(sections, records.map(read), year, dayOf(deps.clock.now()));
}
