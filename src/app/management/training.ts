import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { dayOf } from '../../core/management/dates.ts';
import {
  type Completion,
  CompletionSchema,
  type Course,
  CourseInputSchema,
  parseCompletionsCsv,
  type TrainingStatus,
  trainingStatus,
} from '../../core/management/training.ts';
import type { ManagementRecord } from '../management-ports.ts';
import { bodyOf, getRecord, invalid, type ManagementDeps, managementEvent } from './management-deps.ts';

const StoredCourseSchema = CourseInputSchema.extend({ id: z.string() });
const AssignmentSchema = z.object({ course: z.string(), staffId: z.string() });
const StoredCompletionSchema = CompletionSchema.extend({ course: z.string() });
const StaffIds = z.array(z.string().min(1).max(200)).min(1).max(10_000);

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
  const course = await getCourse(deps, courseId);
  const parsed = StaffIds.safeParse(staffIds);
  if (!parsed.success) throw invalid('invalid staff list', issuesOf(parsed.error));
  const existing = new Set((await assignments(deps, course.id)).map((a) => a.staffId));
  const fresh = [...new Set(parsed.data)].filter((id) => !existing.has(id));
  if (fresh.length === 0) return 0;
  const now = deps.clock.now();
  await deps.store.management.insert(
    fresh.map((staffId) => ({
      id: `${course.id}:${staffId}`,
      kind: 'training-assignment' as const,
      operator: course.operator,
      ref: course.id,
      recordedAt: now,
      body: { course: course.id, staffId },
    })),
    courseEvent(deps, actor, 'course-assigned', course, { assigned: fresh.length }),
  );
  return fresh.length;
}

async function assignments(deps: ManagementDeps, courseId: string) {
  return (await deps.store.management.list('training-assignment', { ref: courseId })).map((r) =>
    bodyOf(AssignmentSchema, r),
  );
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
  const [assigned, completions] = await Promise.all([
    assignments(deps, course.id),
    deps.store.management.list('training-completion', { ref: course.id }),
  ]);
  const staff = trainingStatus(
    course,
    assigned.map((a) => a.staffId),
    completions.map((r) => bodyOf(StoredCompletionSchema, r)),
    dayOf(deps.clock.now()),
  );
  return { course, staff };
}
