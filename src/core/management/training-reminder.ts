import { z } from 'zod';
import type { LocalizedText } from '../ledger/localized-text.ts';
import { formatDate } from '../notice/format.ts';
import type { Course, TrainingStatus } from './training.ts';

/** Who is chased: the absentees, and with `include: pending` also those not yet done before the due date. */
export const ReminderRequestSchema = z.object({ include: z.enum(['pending']).optional() }).strict();
export type ReminderRequest = z.infer<typeof ReminderRequestSchema>;

/** A reminder sent: to whom (staff id), for which course, on which Japanese day, by whom. Never the address. */
export interface TrainingReminder {
  readonly course: string;
  readonly staffId: string;
  readonly on: string;
  readonly at: string;
  readonly by: string;
}

/** An assigned person's state with what the chase knows: whether an address is on file, reminders so far. */
export interface CourseStaff extends TrainingStatus {
  readonly hasEmail: boolean;
  readonly reminders: number;
  readonly lastRemindedOn?: string;
}

/** What a chase did: mails sent, and who got none (reminded already today, no address, refused by the server). */
export interface ReminderOutcome {
  readonly sent: number;
  readonly alreadyReminded: readonly string[];
  readonly withoutEmail: readonly string[];
  readonly failed: readonly string[];
}

/** Adds each person's reminders (count, last day) and whether an address is on file to their training state. */
export function withReminders(
  staff: readonly TrainingStatus[],
  emails: ReadonlyMap<string, string>,
  reminders: readonly TrainingReminder[],
): CourseStaff[] {
  return staff.map((s) => {
    const days = reminders.filter((r) => r.staffId === s.staffId).map((r) => r.on);
    const last = days.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
    return { ...s, hasEmail: emails.has(s.staffId), reminders: days.length, ...(last ? { lastRemindedOn: last } : {}) };
  });
}

/**
 * Whom to mail now: the chased states (absent, and pending when asked), minus anyone reminded already today and
 * anyone without an address (both reported, so the operator knows who still needs another way).
 */
export function planReminders(
  staff: readonly CourseStaff[],
  request: ReminderRequest,
  today: string,
): { readonly send: readonly CourseStaff[]; readonly alreadyReminded: string[]; readonly withoutEmail: string[] } {
  const chased = staff.filter((s) => s.state === 'absent' || (request.include === 'pending' && s.state === 'pending'));
  const alreadyReminded = chased.filter((s) => s.lastRemindedOn === today).map((s) => s.staffId);
  const due = chased.filter((s) => s.lastRemindedOn !== today);
  return {
    send: due.filter((s) => s.hasEmail),
    alreadyReminded,
    withoutEmail: due.filter((s) => !s.hasEmail).map((s) => s.staffId),
  };
}

/**
 * The reminder mail, Japanese then English in one text (staff read either): the course, its due date, whether it
 * has passed, and the operator whose training it is. Nothing about the person beyond that they have not finished.
 */
export function trainingReminderMail(input: {
  readonly course: Course;
  readonly state: 'absent' | 'pending';
  readonly operatorName: LocalizedText;
}): { readonly subject: string; readonly text: string } {
  const { course, state, operatorName } = input;
  const ja = formatDate(course.dueOn, 'ja');
  const en = formatDate(course.dueOn, 'en');
  const overdue = state === 'absent';
  const subject = `【${overdue ? '受講期限超過' : '受講のお願い'}】${course.title}（期限 ${ja}）/ Training reminder: ${course.title} (due ${en})`;
  const text = [
    `${operatorName.ja} の個人情報保護教育についてのお知らせです。`,
    '',
    `教育「${course.title}」の受講がまだ確認できていません。`,
    overdue
      ? `受講期限（${ja}）を過ぎています。速やかに受講し、理解度確認を受けてください。`
      : `受講期限は${ja}です。期限までに受講し、理解度確認を受けてください。`,
    `合格点は${course.passScore}点です。すでに受講済みの場合は、担当者にお知らせください。`,
    '',
    '----',
    '',
    `A message about ${operatorName.en}'s privacy training.`,
    '',
    `Our records do not yet show you completing the course "${course.title}".`,
    overdue
      ? `It was due on ${en}. Please take it and its comprehension check as soon as possible.`
      : `It is due on ${en}. Please take it and its comprehension check by then.`,
    `The pass mark is ${course.passScore}. If you have already taken it, please tell the person in charge.`,
    '',
    operatorName.ja,
    operatorName.en,
  ];
  return { subject, text: text.join('\n') };
}
