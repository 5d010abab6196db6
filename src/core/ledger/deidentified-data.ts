import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/**
 * One step of how a de-identified dataset is made from an item (PS-1/AN-1), internal to the ledger (the notice
 * publishes the result items, not the method): keep it, remove it, replace it by a keyed-hash pseudonym (PS-1 only),
 * or generalise it (dates to month or year, numbers rounded or banded, text cut to its first characters).
 * Items without a step are removed.
 */
export const DeidentificationStepSchema = z
  .object({
    item: IdSchema,
    /** Only these columns of the item (as the dataset annotations name them); default every column holding it. */
    columns: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).optional(),
    method: z.enum(['keep', 'remove', 'pseudonym', 'generalise']),
    to: z.enum(['month', 'year']).optional(),
    round: z.number().positive().optional(),
    band: z.number().positive().optional(),
    prefix: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .refine(
    (s) => (s.method === 'generalise') === [s.to, s.round, s.band, s.prefix].filter((v) => v !== undefined).length > 0,
    { message: 'generalise names exactly how (to, round, band or prefix); other methods name none', path: ['method'] },
  )
  .refine((s) => [s.to, s.round, s.band, s.prefix].filter((v) => v !== undefined).length <= 1, {
    message: 'one way of generalising per step',
    path: ['method'],
  });
export type DeidentificationStep = z.infer<typeof DeidentificationStepSchema>;

/** Statistical, pseudonymised (PS-1) or anonymised (AN-1) data produced from personal data. */
export const DeidentifiedDataSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['statistical', 'pseudonymised', 'anonymised']),
    name: LocalizedTextSchema,
    operators: IdListSchema.optional(),
    sourceItems: IdListSchema.min(1),
    /** AN-1: published items of the result. */
    resultItems: z.array(LocalizedTextSchema).default([]),
    purposes: IdListSchema.default([]),
    provided: z.boolean().default(false),
    minimumCellSize: z.number().int().min(1).optional(),
    description: LocalizedTextSchema.optional(),
    /** How extracts are made, item by item (kept internal: the method is not published). */
    processing: z.array(DeidentificationStepSchema).default([]),
  })
  .strict();
export type DeidentifiedData = z.infer<typeof DeidentifiedDataSchema>;
