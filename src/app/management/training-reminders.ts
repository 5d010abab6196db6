import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { dayOf } from '../../core/management/dates.ts';
import type { Course } from '../../core/management/training.ts';
import {
  type CourseStaff,
  planReminders,
  type ReminderOutcome,
  ReminderRequestSchema,
  type TrainingReminder,
  trainingReminderMail,
  withReminders,
} from '../../core/management/training-reminder.ts';
import type { Mailer } from '../requests/request-deps.ts';
import { bodyOf, invalid, type ManagementDeps, managementEvent } from './management-deps.ts';
import { assignments, getCourse, staffStatus } from './training.ts';

/** The training chase: the management records and evidence, and the mailer main.ts builds from MAMORI_SMTP_URL. */
export interface TrainingReminderDeps extends ManagementDeps {
  readonly mailer?: Mailer;
}

const ReminderSchema = z.object({
  course: z.string(),
  staffId: z.string(),
  on: z.iso.date(),
  at: z.string(),
  by: z.string(),
});

async function reminders(deps: ManagementDeps, courseId: string): Promise<TrainingReminder[]> {
  return (await deps.store.management.list('training-reminder', { ref: courseId })).map((r) =>
    bodyOf(ReminderSchema, r),
  );
}

/** Everyone assigned with their state, reminders so far (count, last day) and whether an address is on file. */
export async function courseStaffStatus(
  deps: ManagementDeps,
  courseId: string,
): Promise<{ course: Course; staff: CourseStaff[] }> {
  const { course, staff } = await chaseState(deps, courseId);
  return { course, staff };
}

async function chaseState(deps: ManagementDeps, courseId: string) {
  const course = await getCourse(deps, courseId);
  const [assigned, sent] = await Promise.all([assignments(deps, course.id), reminders(deps, course.id)]);
  const emails = new Map(assigned.flatMap((a) => (a.email === undefined ? [] : [[a.staffId, a.email] as const])));
  const staff = withReminders(await staffStatus(deps, course, assigned), emails, sent);
  return { course, staff, emails };
}

/**
 * Mails each absentee (and, when asked, each person still pending) who has an address on file, once per Japanese
 * day: a reminder is recorded right after its mail went out (a crash mid-chase keeps what was sent), under an id
 * naming the person and the day, so a later chase that day skips them. Two chases racing may both mail someone;
 * the store refuses the second record, so it is counted once and reported as already reminded. A mail the server
 * refuses is not recorded; that person is listed as failed and the next chase tries again.
 */
export async function sendTrainingReminders(
  deps: TrainingReminderDeps,
  courseId: string,
  input: unknown,
  actor: string,
): Promise<ReminderOutcome> {
  const parsed = ReminderRequestSchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw invalid(
      'invalid reminder request',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const mailer = deps.mailer;
  if (mailer === undefined) {
    throw new AppError('CONFLICT', 'e-mail is not set up: set MAMORI_SMTP_URL to send reminders');
  }
  const { course, staff, emails } = await chaseState(deps, courseId);
  const today = dayOf(deps.clock.now());
  const plan = planReminders(staff, parsed.data, today);
  const operator = (await deps.store.ledgerVersions.latest())?.ledger.operators.find((o) => o.id === course.operator);
  const operatorName = operator?.name ?? { ja: course.operator, en: course.operator };
  const alreadyReminded = [...plan.alreadyReminded];
  const failed: string[] = [];
  let sent = 0;
  for (const person of plan.send) {
    const to = emails.get(person.staffId);
    if (to === undefined) continue;
    const state = person.state === 'pending' ? 'pending' : 'absent';
    try {
      await mailer.send({ to, ...trainingReminderMail({ course, state, operatorName }) });
    } catch {
      failed.push(person.staffId);
      continue;
    }
    if (await recordReminder(deps, course, { staffId: person.staffId, today, actor })) sent += 1;
    else alreadyReminded.push(person.staffId);
  }
  return { sent, alreadyReminded, withoutEmail: plan.withoutEmail, failed };
}

/** Records one sent reminder with its evidence (ids and the day only); false when that day's is already recorded. */
async function recordReminder(
  deps: ManagementDeps,
  course: Course,
  sent: { readonly staffId: string; readonly today: string; readonly actor: string },
): Promise<boolean> {
  const now = deps.clock.now();
  const id = `${course.id}:${sent.staffId}:${sent.today}`;
  const reminder: TrainingReminder = {
    course: course.id,
    staffId: sent.staffId,
    on: sent.today,
    at: now.toISOString(),
    by: sent.actor,
  };
  try {
    await deps.store.management.insert(
      [{ id, kind: 'training-reminder', operator: course.operator, ref: course.id, recordedAt: now, body: reminder }],
      [
        managementEvent(deps, sent.actor, 'training-reminder-sent', {
          kind: 'training-reminder',
          id,
          operator: course.operator,
          course: course.id,
          staffId: sent.staffId,
          on: sent.today,
        }),
      ],
    );
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return false;
    throw error;
  }
}
