import { z } from 'zod';
import { ContactSchema, DateSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** Joint use (共同利用, Art. 27(5)(iii)): the JU-1 items are required fields. */
export const JointUseSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema.optional(),
    categories: IdListSchema.min(1, 'name the subject categories whose data is jointly used'),
    items: IdListSchema.min(1, 'JU-1: name the items of personal data jointly used'),
    itemsNote: LocalizedTextSchema.optional(),
    users: z
      .object({
        description: LocalizedTextSchema,
        operators: IdListSchema.default([]),
        excludesOverseas: z.boolean().default(false),
        listUrl: z.url().optional(),
      })
      .strict(),
    purposes: IdListSchema.min(1, 'JU-1: name the purposes of the joint users'),
    /** JU-1: the party responsible for managing the data; an operator of the ledger, or described here. */
    responsible: z
      .object({
        operator: IdSchema.optional(),
        name: LocalizedTextSchema.optional(),
        address: LocalizedTextSchema.optional(),
        representative: LocalizedTextSchema.optional(),
      })
      .strict(),
    acquisition: LocalizedTextSchema.optional(),
    contact: ContactSchema.optional(),
    startedOn: DateSchema.optional(),
  })
  .strict();
export type JointUse = z.infer<typeof JointUseSchema>;
