import { z } from 'zod';
import { PersonIdentitySchema } from '../dataset/person-identity.ts';
import {
  AgentKindSchema,
  RefusalGroundSchema,
  type RequestType,
  RequestTypeSchema,
} from '../ledger/request-procedure.ts';

/**
 * Where a request is in its life (RQ-1..RQ-8); `approved` sits between approval and sending the response. Types
 * carried out in the company's databases or the decision engine pass `executing` (claimed by exactly one node)
 * and `executed` (what was done recorded) before their response may be sent.
 */
export const REQUEST_STATUSES = [
  'received',
  'identity-check',
  'fee',
  'search',
  'review',
  'approval',
  'approved',
  'executing',
  'executed',
  'response-sent',
  'closed',
  'refused',
  'closed-not-made',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Types that change something (data, or what the decision engine allows) before they are answered. */
export const EXECUTED_TYPES: readonly RequestType[] = [
  'correction',
  'addition',
  'deletion',
  'erasure',
  'suspension-of-use',
  'suspension-of-provision',
];
export const needsExecution = (type: RequestType): boolean => EXECUTED_TYPES.includes(type);

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

/**
 * An entrusting customer's authorisation to answer about the data it entrusted (SmartHR 6(i)): who at the
 * customer authorised, when, for which processor categories (and, optionally, only which items), and the document
 * that proves it. Only categories whose ledger `requestHandling` is `controller-authorisation` can be authorised.
 */
export const CustomerAuthorisationSchema = z
  .object({
    customer: z.string().trim().min(1).max(200),
    authorisedBy: z.string().trim().min(1).max(200),
    authorisedAt: z.iso.datetime({ offset: true }),
    scope: z
      .object({
        categories: z.array(z.string().min(1).max(200)).min(1).max(50),
        items: z.array(z.string().min(1).max(200)).min(1).max(200).optional(),
      })
      .strict(),
    documentReference: z.string().trim().min(1).max(200),
  })
  .strict();
export type CustomerAuthorisationInput = z.infer<typeof CustomerAuthorisationSchema>;
export interface CustomerAuthorisation extends CustomerAuthorisationInput {
  readonly id: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** What carrying a request out did, in ids, item names, counts and rule names (never the person's values). */
export const ExecutionSummarySchema = z
  .object({
    kind: z.enum(['erasure', 'correction', 'suspension']),
    systems: z.number().int().min(0),
    rowsDeleted: z.number().int().min(0).optional(),
    rowsUpdated: z.number().int().min(0).optional(),
    items: z.array(z.string()).optional(),
    /** Items kept under a legal retention rule, per table, with the rule and until when. */
    kept: z
      .array(
        z
          .object({ table: z.string(), items: z.array(z.string()), rule: z.string(), until: z.string().nullable() })
          .strict(),
      )
      .optional(),
    suspension: z
      .object({
        id: z.string(),
        kind: z.enum(['use', 'provision']),
        purpose: z.string().optional(),
        recipient: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ExecutionSummary = z.infer<typeof ExecutionSummarySchema>;

/** The claim and the outcome of carrying a request out: started by one node, finished with what was done. */
export interface RequestExecution {
  readonly startedBy: string;
  readonly startedAt: Date;
  readonly finishedAt?: Date;
  readonly summary?: ExecutionSummary;
}

/** The reply as last prepared: its language, who prepared it and when, and the stored files it consists of. */
export interface PreparedReply {
  readonly lang: 'ja' | 'en';
  readonly preparedBy: string;
  readonly preparedAt: Date;
  /** Document ids: the package as the person gets it and its CSV (none for a refusal), and the letter. */
  readonly documents: { readonly json?: string; readonly csv?: string; readonly pdf: string };
}

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
  /** Set when execution is claimed; `finishedAt` and `summary` once it is done. */
  readonly execution?: RequestExecution;
  /** Customers' authorisations to answer about entrusted data (processor categories). */
  readonly customerAuthorisations?: readonly CustomerAuthorisation[];
  /** Processor categories the last search left out and referred to the entrusting customer. */
  readonly routedToCustomer?: readonly string[];
  /** The document holding the last search's package (what was found, for review). */
  readonly packageDocument?: string;
  readonly reply?: PreparedReply;
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
