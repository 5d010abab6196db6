import { z } from '@hono/zod-openapi';

export const ProposalSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    ledgerId: z.string(),
    contentHash: z.string(),
    comment: z.string(),
    proposedBy: z.string(),
    proposedAt: z.string().openapi({ format: 'date-time' }),
    baseVersion: z.number().int().optional().openapi({ description: 'The current version when proposed' }),
    decidedBy: z.string().optional().openapi({ description: 'Who approved or rejected it' }),
    decidedAt: z.string().optional(),
    decisionComment: z.string().optional(),
    version: z.number().int().optional().openapi({ description: 'The version its approval stored' }),
  })
  .openapi('LedgerProposalSummary');

export const ProposalSchema = ProposalSummarySchema.extend({
  files: z.array(z.object({ name: z.string(), text: z.string() })),
  changes: z
    .array(
      z.object({
        kind: z.string(),
        section: z.string(),
        id: z.string(),
        severity: z.enum(['expands-use', 'restricts-use', 'neutral']),
        sentence: z.string(),
      }),
    )
    .openapi({ description: 'What approving it would change, against the version it was proposed on' }),
}).openapi('LedgerProposal');

export const ProposalIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const DecisionBodySchema = z.object({ comment: z.string().trim().min(1).max(2000).optional() });
export const RejectionBodySchema = z.object({
  comment: z.string().trim().min(1, 'say why the change is rejected').max(2000),
});

export const ProposalListQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
