import { z } from '@hono/zod-openapi';
import { AgentKindSchema, RefusalGroundSchema, RequestTypeSchema } from '../../core/ledger/request-procedure.ts';
import { REQUEST_STATUSES, RequestDetailsSchema } from '../../core/requests/privacy-request.ts';
import { UPLOAD_MEDIA_TYPES } from '../../core/requests/upload-check.ts';
import { PageQuery } from './decision-schemas.ts';

/** Largest identity document accepted (decoded); base64 makes it a third longer. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

const FileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!\.)[^/\\]+$/, 'a plain file name (no folders)')
  .regex(/^\P{Cc}+$/u, 'no control characters');

export const DocumentUploadSchema = z
  .object({
    kind: z.enum(['identity', 'agent-authority']),
    fileName: FileName,
    mediaType: z.enum(UPLOAD_MEDIA_TYPES).openapi({ description: "the content must carry this type's signature" }),
    content: z
      .base64()
      .max(MAX_BASE64)
      .openapi({ description: `base64, at most ${MAX_UPLOAD_BYTES} bytes decoded` }),
  })
  .strict()
  .openapi('RequestDocumentUpload');

/**
 * The edge's shape of a request: flat (every field bounded, each error naming its field); submitRequest then parses
 * it against the core NewRequestSchema (which identity fields go with which kind, agents naming their kind).
 */
const IdentityInputSchema = z
  .object({
    kind: z.enum(['email', 'staff-number', 'my-number', 'name-birth']),
    email: z.string().min(3).max(254).optional(),
    staffNumber: z.string().min(1).max(64).optional(),
    myNumber: z.string().min(12).max(32).optional(),
    name: z.string().min(1).max(200).optional(),
    birthDate: z.string().min(6).max(32).optional(),
  })
  .strict();

export const SubmitRequestSchema = z
  .object({
    operator: z.string().min(1).max(200),
    type: RequestTypeSchema,
    requester: z
      .object({
        kind: z.enum(['self', 'agent']),
        agentKind: AgentKindSchema.optional(),
        identity: IdentityInputSchema,
        contact: z
          .object({ email: z.email().max(254).optional(), postalAddress: z.string().min(1).max(500).optional() })
          .strict(),
        subjectId: z.string().min(1).max(200).optional(),
      })
      .strict(),
    replyMethod: z.enum(['electronic', 'paper']),
    details: RequestDetailsSchema.optional(),
    documents: z.array(DocumentUploadSchema).max(4).optional(),
  })
  .strict()
  .openapi('NewPrivacyRequest');

export const TrackingParam = z.object({ trackingCode: z.string().min(1).max(40) });
export const IdParam = z.object({ id: z.string().min(1).max(100) });

const FeeSchema = z.object({ amount: z.number(), deadline: z.string().optional(), paid: z.boolean() });
const NextSchema = z.object({ code: z.string(), message: z.string() });

export const PublicStatusSchema = z
  .object({
    trackingCode: z.string(),
    type: RequestTypeSchema,
    status: z.enum(REQUEST_STATUSES),
    receivedAt: z.string(),
    dueAt: z.string(),
    closedAt: z.string().optional(),
    fee: FeeSchema,
    next: NextSchema,
  })
  .openapi('PublicRequestStatus');

export const StaffRequestSchema = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    operator: z.string(),
    type: RequestTypeSchema,
    channel: z.string(),
    status: z.enum(REQUEST_STATUSES),
    deadline: z.enum(['overdue', 'due-soon', 'on-track']),
    requester: z.record(z.string(), z.unknown()),
    replyMethod: z.enum(['electronic', 'paper']),
    details: z.record(z.string(), z.unknown()),
    receivedAt: z.string(),
    dueAt: z.string(),
    fee: FeeSchema,
    duplicateOf: z.string().optional(),
    identityVerifiedBy: z.string().optional(),
    reviewedBy: z.string().optional(),
    approvedBy: z.string().optional(),
    refusal: z.object({ ground: z.string(), reason: z.string() }).optional(),
    execution: z
      .object({
        startedBy: z.string(),
        startedAt: z.string(),
        finishedAt: z.string().optional(),
        summary: z.record(z.string(), z.unknown()).optional(),
      })
      .optional()
      .openapi({ description: 'who claimed the execution and when; once finished, what was done' }),
    customerAuthorisations: z.array(z.record(z.string(), z.unknown())).optional(),
    routedToCustomer: z
      .array(z.string())
      .optional()
      .openapi({ description: 'entrusted categories the last search left out and referred to the customer' }),
    closedAt: z.string().optional(),
    version: z.number(),
  })
  .openapi('PrivacyRequest');

export const ListQuery = PageQuery.extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  type: RequestTypeSchema.optional(),
  operator: z.string().min(1).max(200).optional(),
  view: z
    .enum(['overdue', 'due-soon'])
    .optional()
    .openapi({ description: 'open requests past their due date, or due within 3 days (overdue ones included)' }),
});

export const Note = z.string().min(1).max(2000);
export const VerifyBodySchema = z
  .object({
    documents: z.array(z.string().min(1).max(200)).min(1).max(20),
    subjectId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Mamori's subject id for the person, once known (needed for suspensions)" }),
  })
  .openapi('VerifyIdentityInput');
export const PaymentBodySchema = z.object({ method: z.string().min(1).max(200) }).openapi('RecordPaymentInput');
export const RefuseBodySchema = z
  .object({ ground: RefusalGroundSchema, reason: z.string().min(1).max(4000) })
  .openapi('RefuseRequestInput');
export const PrepareBodySchema = z.object({ lang: z.enum(['ja', 'en']).default('ja') }).openapi('PrepareResponseInput');
export const DeliverBodySchema = z
  .object({
    expiresInDays: z.number().int().min(1).max(90).optional(),
    maxDownloads: z.number().int().min(1).max(20).optional(),
  })
  .openapi('DeliverResponseInput');
export const DispatchBodySchema = z
  .object({ method: z.string().min(1).max(200), reference: z.string().min(1).max(200).optional() })
  .openapi('DispatchResponseInput');
export const PackageFormatQuery = z.object({ format: z.enum(['json', 'reply', 'csv', 'pdf']).default('json') });

export const RequestEventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  from: z.string().optional(),
  to: z.string(),
  note: z.record(z.string(), z.unknown()).optional(),
});
export const DocumentInfoSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
export const DeliveryInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(['download', 'paper']),
  maxDownloads: z.number(),
  downloads: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string().optional(),
  revokedAt: z.string().optional(),
  dispatch: z.object({ method: z.string(), reference: z.string().optional(), at: z.string().optional() }).optional(),
});
