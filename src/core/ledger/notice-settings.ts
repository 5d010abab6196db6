import { z } from 'zod';
import { DateSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/**
 * What the published notice says beyond the ledger's facts: the policy's principles, its dates,
 * and sections of the operator's own wording (call recording, disclaimers, voluntary provision).
 */
export const NoticeSettingsSchema = z
  .object({
    title: LocalizedTextSchema.optional(),
    preamble: LocalizedTextSchema.optional(),
    principles: z.array(LocalizedTextSchema).default([]),
    sections: z
      .array(
        z
          .object({
            id: IdSchema,
            title: LocalizedTextSchema,
            body: z.array(LocalizedTextSchema).min(1),
            operators: IdListSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    establishedOn: DateSchema.optional(),
    revisions: z.array(z.object({ date: DateSchema, note: LocalizedTextSchema.optional() }).strict()).default([]),
    signatory: IdSchema.optional(),
  })
  .strict();
export type NoticeSettings = z.infer<typeof NoticeSettingsSchema>;
