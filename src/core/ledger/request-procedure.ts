import { z } from 'zod';
import { IdListSchema, LocalizedTextSchema } from './localized-text.ts';

export const RequestTypeSchema = z.enum([
  'purpose-notification',
  'disclosure',
  'provision-records',
  'correction',
  'addition',
  'deletion',
  'suspension-of-use',
  'erasure',
  'suspension-of-provision',
]);
export type RequestType = z.infer<typeof RequestTypeSchema>;
export const REQUEST_TYPES = RequestTypeSchema.options;

export const AgentKindSchema = z.enum(['parental-authority', 'adult-guardian', 'attorney']);
export type AgentKind = z.infer<typeof AgentKindSchema>;

export const RefusalGroundSchema = z.enum([
  'harm-to-person',
  'business-hindrance',
  'other-law',
  'incomplete-form',
  'unpaid-fee',
  'identity-unverified',
  'no-data',
]);

/** How requests from individuals are made, paid for and answered (RQ-1, RQ-3, RQ-8, RQ-9). */
export const RequestProcedureSchema = z
  .object({
    operators: IdListSchema.optional(),
    types: z.array(RequestTypeSchema).default([...REQUEST_TYPES]),
    intake: z
      .object({
        methods: z.array(z.enum(['post', 'email', 'web', 'in-person', 'phone'])).min(1),
        formRequired: z.boolean().default(true),
        instructions: z.array(LocalizedTextSchema).default([]),
      })
      .strict(),
    /** JPY per request; types not listed are free. RQ-9: fees only for purpose notification and disclosure. */
    fees: z.partialRecord(RequestTypeSchema, z.number().int().min(0)).default({}),
    feeIncludesTax: z.boolean().default(true),
    payment: z
      .object({
        methods: z.array(z.enum(['postal-money-order', 'bank-transfer', 'cash', 'credit-card', 'stamps'])).default([]),
        deadlineDays: z.number().int().min(1).max(90).default(14),
        unpaid: z.enum(['deemed-not-made', 'refused']).default('refused'),
        chargedOnRefusal: z.boolean().default(false),
        requesterBearsCosts: z.array(LocalizedTextSchema).default([]),
        // why: COPRO 4 "enclose a postal money order" -- the fee comes with the request, so no payment deadline.
        enclosedWithRequest: z.boolean().optional(),
      })
      .strict()
      .default({ methods: [], deadlineDays: 14, unpaid: 'refused', chargedOnRefusal: false, requesterBearsCosts: [] }),
    identity: z
      .object({
        self: z.array(LocalizedTextSchema).min(1, 'name the identity documents a person may send'),
        agents: z.partialRecord(AgentKindSchema, z.array(LocalizedTextSchema).min(1)).default({}),
        notes: z.array(LocalizedTextSchema).default([]),
      })
      .strict(),
    replyMethods: z.array(z.enum(['paper', 'electronic', 'email'])).min(1),
    // why: COPRO 5 "reply in writing to the address of the requester stated in the Request Form".
    replyInstructions: z.array(LocalizedTextSchema).optional(),
    targetDays: z.number().int().min(1).max(60).default(14),
    refusalGrounds: z.array(RefusalGroundSchema).default(['harm-to-person', 'business-hindrance', 'other-law']),
    documentsReturned: z.boolean().default(false),
    identityDocumentRetentionDays: z.number().int().min(0).default(30),
    useOfRequestData: z.array(LocalizedTextSchema).default([]),
  })
  .strict();
export type RequestProcedure = z.infer<typeof RequestProcedureSchema>;
