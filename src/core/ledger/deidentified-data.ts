import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

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
  })
  .strict();
export type DeidentifiedData = z.infer<typeof DeidentifiedDataSchema>;
