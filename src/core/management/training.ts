import { z } from 'zod';
import type { FieldIssue } from '../app-error.ts';

const Id = z.string().min(1).max(200);

export const CourseInputSchema = z
  .object({
    operator: Id,
    year: z.number().int().min(2000).max(2100),
    title: z.string().min(1).max(300),
    dueOn: z.iso.date(),
    passScore: z.number().int().min(0).max(100).default(70),
  })
  .strict();
export type CourseInput = z.infer<typeof CourseInputSchema>;
export interface Course extends CourseInput {
  readonly id: string;
}

export const CompletionSchema = z
  .object({ staffId: Id, completedOn: z.iso.date(), score: z.number().int().min(0).max(100) })
  .strict();
export type Completion = z.infer<typeof CompletionSchema>;

/** One roster line: the staff id and, when known, the person's work e-mail (where reminders go). */
export const RosterEntrySchema = z
  .object({ staffId: Id, email: z.email({ error: 'not an e-mail address' }).max(254).optional() })
  .strict();
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

/** Assigning a course: bare staff ids (the original form) or roster entries with their addresses, not both. */
export const AssignInputSchema = z
  .object({
    staffIds: z.array(Id).min(1).max(10_000).optional(),
    staff: z.array(RosterEntrySchema).min(1).max(10_000).optional(),
  })
  .strict()
  .refine((input) => (input.staffIds === undefined) !== (input.staff === undefined), {
    error: 'give either staffIds or staff',
    path: ['staff'],
  });
export type AssignInput = z.infer<typeof AssignInputSchema>;

export interface TrainingStatus {
  readonly staffId: string;
  readonly state: 'passed' | 'failed' | 'pending' | 'absent';
  readonly score?: number;
}

/**
 * Each assigned person's state: passed (best score reaches the pass mark), failed (completed below it), pending
 * (not yet, before the due date) or absent (not completed by the due date: to be chased).
 */
export function trainingStatus(
  course: Course,
  assigned: readonly string[],
  completions: readonly Completion[],
  today: string,
): TrainingStatus[] {
  return [...new Set(assigned)].sort().map((staffId) => {
    const scores = completions.filter((c) => c.staffId === staffId).map((c) => c.score);
    if (scores.length === 0) return { staffId, state: today > course.dueOn ? 'absent' : 'pending' };
    const score = Math.max(...scores);
    return { staffId, state: score >= course.passScore ? 'passed' : 'failed', score };
  });
}

const HEADER = ['staff_id', 'completed_on', 'score'] as const;

/** Splits one CSV line (RFC 4180 quoting, no embedded line breaks); undefined when its quotes are broken. */
function splitLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  while (true) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (true) {
        const end = line.indexOf('"', i);
        if (end < 0) return undefined;
        value += line.slice(i, end);
        if (line[end + 1] === '"') {
          value += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      fields.push(value);
      if (i === line.length) return fields;
      if (line[i] !== ',') return undefined;
      i += 1;
    } else {
      const end = line.indexOf(',', i);
      const raw = end < 0 ? line.slice(i) : line.slice(i, end);
      if (raw.includes('"')) return undefined;
      fields.push(raw.trim());
      if (end < 0) return fields;
      i = end + 1;
    }
  }
}

/**
 * Parses a completions CSV (header `staff_id,completed_on,score`), strictly: every bad row is reported with its
 * line number, and nothing is returned unless every row is good.
 */
export function parseCompletionsCsv(text: string): { completions: Completion[]; issues: FieldIssue[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const issues: FieldIssue[] = [];
  const header = splitLine(lines[0] ?? '')?.map((h) => h.toLowerCase());
  if (header === undefined || header.join(',') !== HEADER.join(',')) {
    return {
      completions: [],
      issues: [{ path: 'header', line: 1, message: `the header must be ${HEADER.join(',')}` }],
    };
  }
  const completions: Completion[] = [];
  lines.slice(1).forEach((line, index) => {
    const lineNo = index + 2;
    if (line.trim() === '') return;
    const fields = splitLine(line);
    if (fields === undefined || fields.length !== HEADER.length) {
      issues.push({ path: `line ${lineNo}`, line: lineNo, message: `expected ${HEADER.length} fields` });
      return;
    }
    const [staffId, completedOn, score] = fields as [string, string, string];
    const parsed = CompletionSchema.safeParse({
      staffId,
      completedOn,
      score: /^\d{1,3}$/.test(score) ? Number(score) : NaN,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: `line ${lineNo}.${String(issue.path[0] ?? '')}`, line: lineNo, message: issue.message });
      }
      return;
    }
    completions.push(parsed.data);
  });
  return issues.length > 0 ? { completions: [], issues } : { completions, issues };
}
