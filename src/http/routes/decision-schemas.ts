import { z } from '@hono/zod-openapi';
import { ACTIONS } from '../../core/policy/decision.ts';

const Id = z.string().min(1).max(200);

export const DecisionRequestSchema = z
  .object({
    action: z.enum(ACTIONS),
    actor: z.object({ kind: z.enum(['user', 'application']), id: Id, roles: z.array(Id).max(50) }),
    operator: Id,
    subject: z.object({ id: Id, category: Id }),
    items: z.array(Id).min(1).max(500),
    purpose: Id,
    recipient: Id.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .optional(),
    exception: z
      .object({
        ground: z.enum([
          'law',
          'life-body-property',
          'public-health-children',
          'government-cooperation',
          'academic-research',
        ]),
        justification: z.string().max(2000),
      })
      .optional(),
    source: z.object({ kind: z.enum(['person', 'third-party']), provider: Id.optional() }).optional(),
    linksReferableInformation: z.boolean().optional(),
    deidentifiedData: Id.optional().openapi({ description: 'The de-identified dataset concerned (PS-1/AN-1)' }),
  })
  .openapi('DecisionRequest');

const ReasonSchema = z.object({
  code: z.string(),
  effect: z.enum(['allow', 'deny']),
  message: z.string(),
  element: z.object({ kind: z.string(), id: z.string() }).optional(),
});

export const RecordedDecisionSchema = z
  .object({
    allowed: z.boolean(),
    reasons: z.array(ReasonSchema),
    obligations: z.array(z.record(z.string(), z.unknown())),
    ledgerVersion: z.number().int(),
    evidence: z.object({ seq: z.number().int(), hash: z.string() }),
    provisionRecord: z.string().optional().openapi({ description: 'Id of the Art. 29 provision record created' }),
  })
  .openapi('Decision');

export const ConsentInputSchema = z
  .object({
    subjectId: Id,
    status: z.enum(['given', 'withdrawn', 'refused']),
    scope: z.object({
      purpose: Id.optional(),
      recipient: Id.optional(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')
        .optional(),
      items: z.array(Id).max(500).optional(),
    }),
    method: z.enum(['web', 'paper', 'email', 'verbal', 'api', 'privacy-center']),
    informationVersion: z.string().max(200).optional(),
    recordedBy: Id,
  })
  .openapi('ConsentInput');

export const ConsentSchema = ConsentInputSchema.extend({ id: z.string(), at: z.string() }).openapi('Consent');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
