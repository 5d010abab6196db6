import { z } from 'zod';
import type { LedgerVersion, LedgerVersionSummary } from '../app/ports.ts';
import { AppError } from '../core/app-error.ts';
import { LedgerSchema } from '../core/ledger/ledger.ts';

// PostgreSQL returns timestamptz as a Date, SQLite our ISO text; both become a valid Date.
const CreatedAtSchema = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .refine((date) => !Number.isNaN(date.getTime()), 'not a valid timestamp');

// PostgreSQL returns jsonb parsed, SQLite the text we wrote.
const LedgerJsonSchema = z
  .unknown()
  .transform((value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(LedgerSchema);

const SummaryRowSchema = z.object({
  number: z.coerce.number().int().min(1),
  ledger_id: z.string(),
  content_hash: z.string(),
  author: z.string(),
  comment: z.string(),
  created_at: CreatedAtSchema,
});

const FullRowSchema = SummaryRowSchema.extend({ source: z.string(), ledger_json: LedgerJsonSchema });

/** A stored row, checked at the edge: a JSON column is only trusted once it parses as a ledger again. */
export function toLedgerVersion(row: unknown): LedgerVersion {
  const parsed = parseRow(FullRowSchema, row);
  return { ...summaryOf(parsed), source: parsed.source, ledger: parsed.ledger_json };
}

export function toLedgerVersionSummary(row: unknown): LedgerVersionSummary {
  return summaryOf(parseRow(SummaryRowSchema, row));
}

function summaryOf(row: z.infer<typeof SummaryRowSchema>): LedgerVersionSummary {
  return {
    number: row.number,
    ledgerId: row.ledger_id,
    contentHash: row.content_hash,
    author: row.author,
    comment: row.comment,
    createdAt: row.created_at,
  };
}

function parseRow<S extends z.ZodType>(schema: S, row: unknown): z.infer<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const number = typeof row === 'object' && row !== null && 'number' in row ? String(row.number) : '?';
  throw new AppError('INTERNAL', `stored ledger version ${number} is not readable`, {
    cause: result.error,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  });
}
