import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** A role of staff or an application, and the purposes it may use personal data for (least privilege). */
export const RoleSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** Why: the demo brief's application roles (batch jobs, connectors) must be told apart from staff roles. */
    kind: z.enum(['staff', 'application']).optional(),
    operators: IdListSchema.optional(),
    department: LocalizedTextSchema.optional(),
    purposes: IdListSchema.default([]),
    /** Items this role sees masked even within its purposes. */
    maskedItems: IdListSchema.default([]),
    readsPersonalData: z.boolean().default(true),
    changesLedger: z.boolean().default(false),
    administers: z.boolean().default(false),
  })
  .strict();
export type Role = z.infer<typeof RoleSchema>;
