import { z } from 'zod';
import { PersonIdentitySchema } from '../dataset/person-identity.ts';
import { AgentKindSchema, RefusalGroundSchema, RequestTypeSchema } from '../ledger/request-procedure.ts';

/** Where a request is in its life (RQ-1..RQ-8); `approved` sits between approval and sending the response. */
export const REQUEST_STATUSES = [
  'received',
  'identity-check',
  'fee',
  'search',
  'review',
  'approval',
  'approved',
  'response-sent',
  'closed',
  'refused',
  'closed-not-made',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses after which nothing changes any more (documents start their retention countdown). */
export const FINAL_STATUSES: readonly RequestStatus[] = ['closed', 'refused', 'closed-not-made'];

export const IntakeChannelSchema = z.enum(['privacy-center', 'api', 'staff']);

/** Who asks: the person, or an agent of the kind the ledger names documents for. */
export const RequesterSchema = z
  .object({
    kind: z.enum(['self', 'agent']),
    agentKind: AgentKindSchema.optional(),
    /** How the person is found in the company's databases. */
    identity: PersonIdentitySchema,
    /** Where the reply goes: an e-mail address for electronic replies, a postal address for paper. */
    contact: z
      .object({ email: z.email().max(254).optional(), postalAddress: z.string().min(1).max(500).optional() })
      .strict(),
    /** Mamori's subject id when known (suspensions are recorded against it). */
    subjectId: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((r) => (r.kind === 'agent') === (r.agentKind !== undefined), {
    message: 'an agent names its kind (parental-authority, adult-guardian, attorney); the person does not',
    path: ['agentKind'],
  });
export type Requester = z.infer<typeof RequesterSchema>;

/** What a correction, suspension or erasure asks for, beyond its type. */
export const RequestDetailsSchema = z
  .object({
    corrections: z
      .array(
        z
          .object({
            item: z.string().min(1),
            // Column -> corrected value, as the annotations name the columns holding the item.
            values: z.record(z.string(), z.union([z.string().max(1000), z.number(), z.null()])),
          })
          .strict(),
      )
      .optional(),
    items: z.array(z.string().min(1)).optional(),
    purpose: z.string().min(1).max(200).optional(),
    recipient: z.string().min(1).max(200).optional(),
    /** RQ-6 ground the person gives for suspension or erasure. */
    ground: z.enum(['unlawful-use', 'improper-acquisition', 'no-longer-needed', 'breach', 'rights-harmed']).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type RequestDetails = z.infer<typeof RequestDetailsSchema>;

export const NewRequestSchema = z
  .object({
    operator: z.string().min(1).max(200),
    type: RequestTypeSchema,
    requester: RequesterSchema,
    replyMethod: z.enum(['electronic', 'paper']),
    details: RequestDetailsSchema.default({}),
  })
  .strict();
export type NewRequest = z.infer<typeof NewRequestSchema>;

export const RefusalSchema = z.object({ ground: RefusalGroundSchema, reason: z.string().min(1).max(4000) }).strict();
export type Refusal = z.infer<typeof RefusalSchema>;

/** One request from an individual and everything decided about it so far. */
export interface PrivacyRequest extends NewRequest {
  readonly id: string;
  readonly trackingCode: string;
  readonly channel: z.infer<typeof IntakeChannelSchema>;
  readonly status: RequestStatus;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly fee: { readonly amount: number; readonly deadline?: Date; readonly paidAt?: Date };
  readonly duplicateKey: string;
  readonly duplicateOf?: string;
  readonly identityVerifiedBy?: string;
  readonly reviewedBy?: string;
  readonly approvedBy?: string;
  readonly refusal?: Refusal;
  readonly closedAt?: Date;
  readonly updatedAt: Date;
  /** Optimistic concurrency: every change bumps it; a stale write is refused. */
  readonly version: number;
}

/** One entry of a request's audit trail (ids and statuses; the person's data stays in the request). */
export interface RequestEvent {
  readonly requestId: string;
  readonly seq: number;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly from?: RequestStatus;
  readonly to: RequestStatus;
  readonly note?: Readonly<Record<string, unknown>>;
}
