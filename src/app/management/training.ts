import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { dayOf } from '../../core/management/dates.ts';
import {
  AssignInputSchema,
  type Completion,
  CompletionSchema,
  type Course,
  CourseInputSchema,
  parseCompletionsCsv,
  type RosterEntry,
  type TrainingStatus,
  trainingStatus,
} from '../../core/management/training.ts';
import type { ManagementRecord } from '../management-ports.ts';
import { bodyOf, getRecord, invalid, type ManagementDeps, managementEvent } from './management-deps.ts';

const StoredCourseSchema = CourseInputSchema.extend({ id: z.string() });
// Rows written before assignments carried an address have none: still read as assigned, just not mailable.
const AssignmentSchema = z.object({ course: z.string(), staffId: z.string(), email: z.string().optional() });
export type Assignment = z.infer<typeof AssignmentSchema>;
const StoredCompletionSchema = CompletionSchema.extend({ course: z.string() });

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/** The evidence of a course's change: ids and counts (staff ids stay in the records). */
const courseEvent = (deps: ManagementDeps, actor: string, action: string, course: Course, extra = {}) => [
  managementEvent(deps, actor, action, { kind: 'course', id: course.id, operator: course.operator, ...extra }),
];

export async function createCourse(deps: ManagementDeps, input: unknown, actor: string): Promise<Course> {
  const parsed = CourseInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid course', issuesOf(parsed.error));
  const course: Course = { ...parsed.data, id: randomUUID() };
  await deps.store.management.insert(
    [
      {
        id: course.id,
        kind: 'course',
        operator: course.operator,
        ref: String(course.year),
        recordedAt: deps.clock.now(),
        body: course,
      },
    ],
    courseEvent(deps, actor, 'course-created', course, { year: course.year, dueOn: course.dueOn }),
  );
  return course;
}

export async function getCourse(deps: ManagementDeps, id: string): Promise<Course> {
  return bodyOf(StoredCourseSchema, await getRecord(deps.store, 'course', id));
}

export async function listCourses(
  deps: ManagementDeps,
  year: number,
  operators?: readonly string[],
): Promise<Course[]> {
  const courses = (await deps.store.management.list('course', { ref: String(year) })).map((r) =>
    bodyOf(StoredCourseSchema, r),
  );
  return courses.filter((c) => operators === undefined || operators.includes(c.operator));
}

/** Assigns a course to staff (all staff: pass every id); repeated assignments are ignored. Returns how many were new. */
export async function assignCourse(
  deps: ManagementDeps,
  courseId: string,
  staffIds: unknown,
  actor: string,
): Promise<number> {
  return (await assignStaff(deps, courseId, { staffIds }, actor)).assigned;
}

/** One entry per person; the same person twice with two different addresses is refused (which one is right?). */
function rosterEntries(input: unknown): RosterEntry[] {
  const parsed = AssignInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid staff list', issuesOf(parsed.error));
  const { staffIds, staff } = parsed.data;
  const byId = new Map<string, RosterEntry>();
  const issues: { path: string; message: string }[] = [];
  (staff ?? (staffIds ?? []).map((staffId): RosterEntry => ({ staffId }))).forEach((entry, index) => {
    const email = entry.email ?? byId.get(entry.staffId)?.email;
    if (email !== undefined && entry.email !== undefined && email !== entry.email) {
      issues.push({ path: `staff.${index}.email`, message: `${entry.staffId} is listed with two different addresses` });
    }
    byId.set(entry.staffId, email === undefined ? { staffId: entry.staffId } : { staffId: entry.staffId, email });
  });
  if (issues.length > 0) throw invalid('invalid staff list', issues);
  return [...byId.values()];
}

/**
 * Assigns a course to the roster: new people are added; people already assigned keep their assignment and get the
 * address the roster gives them (a line without one leaves a known address as it is).
 */
export async function assignStaff(
  deps: ManagementDeps,
  courseId: string,
  input: unknown,
  actor: string,
): Promise<{ assigned: number; emailsUpdated: number }> {
  const course = await getCourse(deps, courseId);
  const entries = rosterEntries(input);
  const existing = new Map((await assignmentRecords(deps, course.id)).map((r) => [r.body.staffId, r]));
  const fresh = entries.filter((e) => !existing.has(e.staffId));
  const now = deps.clock.now();
  if (fresh.length > 0) {
    await deps.store.management.insert(
      fresh.map((entry) => ({
        id: `${course.id}:${entry.staffId}`,
        kind: 'training-assignment' as const,
        operator: course.operator,
        ref: course.id,
        recordedAt: now,
        body: { course: course.id, ...entry },
      })),
      courseEvent(deps, actor, 'course-assigned', course, { assigned: fresh.length }),
    );
  }
  let emailsUpdated = 0;
  for (const entry of entries) {
    const record = existing.get(entry.staffId);
    if (record === undefined || entry.email === undefined || record.body.email === entry.email) continue;
    // Compare-and-set on the row as read: a concurrent change of the same person wins and is not overwritten.
    const changed = await deps.store.management.update(
      'training-assignment',
      record.id,
      record.raw,
      { ...record.body, email: entry.email },
      courseEvent(deps, actor, 'course-assignment-email-changed', course, { assignment: record.id }),
    );
    if (changed) emailsUpdated += 1;
  }
  return { assigned: fresh.length, emailsUpdated };
}

async function assignmentRecords(deps: ManagementDeps, courseId: string) {
  return (await deps.store.management.list('training-assignment', { ref: courseId })).map((r) => ({
    id: r.id,
    raw: r.body,
    body: bodyOf(AssignmentSchema, r),
  }));
}

/** Everyone assigned the course, with the address the roster gave (if any). */
export async function assignments(deps: ManagementDeps, courseId: string): Promise<Assignment[]> {
  return (await assignmentRecords(deps, courseId)).map((r) => r.body);
}

/** Records completions; each must be of an assigned person. */
export async function recordCompletions(
  deps: ManagementDeps,
  courseId: string,
  completions: readonly Completion[],
  actor: string,
): Promise<number> {
  const course = await getCourse(deps, courseId);
  const assigned = new Set((await assignments(deps, course.id)).map((a) => a.staffId));
  const issues = completions.flatMap((c, i) =>
    assigned.has(c.staffId) ? [] : [{ path: `${i}.staffId`, message: `${c.staffId} is not assigned this course` }],
  );
  if (issues.length > 0) throw invalid('completions of people not assigned', issues);
  const now = deps.clock.now();
  const records: ManagementRecord[] = completions.map((c) => ({
    id: randomUUID(),
    kind: 'training-completion',
    operator: course.operator,
    ref: course.id,
    recordedAt: now,
    body: { ...c, course: course.id },
  }));
  if (records.length === 0) return 0;
  await deps.store.management.insert(
    records,
    courseEvent(deps, actor, 'training-completions-recorded', course, { completions: records.length }),
  );
  return records.length;
}

/** Imports completions from CSV (`staff_id,completed_on,score`); every bad row is reported with its line number. */
export async function importCompletionsCsv(
  deps: ManagementDeps,
  courseId: string,
  text: string,
  actor: string,
): Promise<number> {
  const { completions, issues } = parseCompletionsCsv(text);
  if (issues.length > 0) throw invalid(`${issues.length} bad row(s) in the CSV; nothing imported`, issues);
  if (completions.length === 0) throw new AppError('VALIDATION', 'the CSV has no rows');
  const course = await getCourse(deps, courseId);
  const assigned = new Set((await assignments(deps, course.id)).map((a) => a.staffId));
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const unassigned = completions.filter((c) => !assigned.has(c.staffId));
  if (unassigned.length > 0) {
    throw invalid(
      'completions of people not assigned; nothing imported',
      unassigned.map((c) => {
        const line = lines.findIndex((l, i) => i > 0 && l.includes(c.staffId)) + 1;
        return { path: `line ${line}.staffId`, line, message: `${c.staffId} is not assigned this course` };
      }),
    );
  }
  return recordCompletions(deps, courseId, completions, actor);
}

/** Everyone assigned, with passed/failed/pending/absent; `absent` are to be chased. */
export async function courseStatus(
  deps: ManagementDeps,
  courseId: string,
): Promise<{ course: Course; staff: TrainingStatus[] }> {
  const course = await getCourse(deps, courseId);
  return { course, staff: await staffStatus(deps, course, await assignments(deps, course.id)) };
}

/** The states of the people assigned (as already read) against the course's completions as of today. */
export async function staffStatus(
  deps: ManagementDeps,
  course: Course,
  assigned: readonly Assignment[],
): Promise<TrainingStatus[]> {
  const completions = await deps.store.management.list('training-completion', { ref: course.id });
  return trainingStatus(
    course,
    assigned.map((a) => a.staffId),
    completions.map((r) => bodyOf(StoredCompletionSchema, r)),
    dayOf(deps.clock.now()),
  );
}
