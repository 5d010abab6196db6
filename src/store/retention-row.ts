import { z } from 'zod';
import type { JobTarget } from '../app/retention/retention-ports.ts';
import { AppError } from '../core/app-error.ts';
import type { DueCondition } from '../core/retention/due-condition.ts';
import { HoldScopeSchema } from '../core/retention/legal-hold.ts';

// The retention tables' JSON columns, validated on the way out (a damaged row is INTERNAL, never a wrong disposal).

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const ConditionSchema: z.ZodType<DueCondition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('true') }),
    z.object({ kind: z.literal('false') }),
    z.object({ kind: z.literal('and'), all: z.array(ConditionSchema) }),
    z.object({ kind: z.literal('or'), any: z.array(ConditionSchema) }),
    z.object({ kind: z.literal('not'), of: ConditionSchema }),
    z.object({ kind: z.literal('is-null'), column: z.string() }),
    z.object({ kind: z.literal('before'), column: z.string(), before: z.string() }),
    z.object({ kind: z.literal('equals'), column: z.string(), value: CellSchema }),
    z.object({ kind: z.literal('key-in'), column: z.string(), keys: z.array(CellSchema) }),
    z.object({ kind: z.literal('not-held'), table: z.string(), column: z.string() }),
    z.object({
      kind: z.literal('referenced'),
      table: z.string(),
      column: z.string(),
      parentKey: z.string(),
      where: ConditionSchema,
    }),
  ]),
);

const ChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delete') }),
  z.object({
    kind: z.literal('update'),
    set: z.record(z.string(), CellSchema),
    hashed: z.array(z.object({ column: z.string(), length: z.number().int().optional() })),
  }),
  z.object({ kind: z.literal('none') }),
]);

const ACTIONS = ['delete', 'anonymise', 'erase-my-number', 'contractor'] as const;

const TargetSchema = z.object({
  id: z.string(),
  system: z.string(),
  table: z.string(),
  keyColumn: z.string(),
  action: z.enum(ACTIONS),
  rule: z.string(),
  rules: z.array(z.string()),
  items: z.array(z.string()),
  change: ChangeSchema,
  due: ConditionSchema,
  dueNow: ConditionSchema,
  pending: ConditionSchema,
});

export const JobBodySchema = z.object({
  systems: z.array(z.string()),
  targets: z.array(z.object({ target: TargetSchema, planned: z.number().int(), held: z.number().int() })),
  holds: z.array(z.object({ id: z.string(), rows: z.number().int() })),
});

export const ProgressSchema = z.array(
  z.object({
    state: z.enum(['pending', 'done', 'held', 'contractor', 'cancelled']),
    disposed: z.number().int(),
    batches: z.number().int(),
    cursor: CellSchema,
    keysSha256: z.string(),
  }),
);

export const KeysSchema = z.array(CellSchema);

const CertifiedTargetSchema = z.object({
  target: z.string(),
  system: z.string(),
  table: z.string(),
  action: z.enum(ACTIONS),
  rule: z.string(),
  rules: z.array(z.string()),
  items: z.array(z.string()),
  planned: z.number().int(),
  disposed: z.number().int(),
  held: z.number().int(),
  status: z.enum(['done', 'held', 'cancelled', 'contractor']),
  remaining: z.number().int(),
  keysSha256: z.string(),
});

export const CertificateSchema = z.object({
  id: z.string(),
  kind: z.enum(['run', 'contractor']),
  jobId: z.string().optional(),
  status: z.enum(['completed', 'cancelled', 'recorded']),
  asOf: z.string(),
  ledgerVersion: z.number().int(),
  requestedBy: z.string(),
  executedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  targets: z.array(CertifiedTargetSchema),
  holds: z.array(z.object({ id: z.string(), scope: HoldScopeSchema, rows: z.number().int() })),
  totals: z.object({
    planned: z.number().int(),
    disposed: z.number().int(),
    held: z.number().int(),
    remaining: z.number().int(),
  }),
  verification: z.object({
    ok: z.boolean(),
    method: z.enum(['re-query', 'contractor-certificate']),
    checkedAt: z.string(),
  }),
  contractor: z
    .object({
      contractor: z.string(),
      system: z.string().optional(),
      rule: z.string(),
      rows: z.number().int(),
      disposedOn: z.string(),
      method: z.string(),
      document: z.object({ id: z.string(), fileName: z.string(), sha256: z.string() }),
    })
    .optional(),
});

/** Parses a JSON column with its schema; anything else is a damaged row. */
export function parseColumn<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError('INTERNAL', `stored ${what} is not JSON`, { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INTERNAL', `stored ${what} is damaged`);
  return parsed.data;
}

export type JobBody = { systems: string[]; targets: JobTarget[]; holds: { id: string; rows: number }[] };
