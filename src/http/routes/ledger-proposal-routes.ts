import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { approveLedgerProposal, rejectLedgerProposal } from '../../app/decide-ledger-proposal.ts';
import type { LedgerProposal, LedgerProposalSummary } from '../../app/ledger-proposal-ports.ts';
import { type ProposeLedgerChangeResult, proposeLedgerChange } from '../../app/propose-ledger-change.ts';
import { AppError } from '../../core/app-error.ts';
import { parseLedger } from '../../core/ledger/parse-ledger.ts';
import { describeChange, diffLedgers } from '../../core/ledger-diff/index.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId, setAccessRecord } from '../request-context.ts';
import {
  DecisionBodySchema,
  ProposalIdParam,
  ProposalListQuery,
  ProposalSchema,
  ProposalSummarySchema,
  RejectionBodySchema,
} from './ledger-proposal-schemas.ts';
import { LedgerUploadSchema, VersionSchema } from './ledger-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const conflict = json(ErrorBodySchema, 'Already decided, own proposal, or the ledger changed since');

const propose = createRoute({
  method: 'post',
  path: '/api/v1/ledger/proposals',
  tags: ['ledger'],
  summary: 'Propose a new ledger version; a second administrator approves it',
  request: body(LedgerUploadSchema),
  responses: {
    200: json(VersionSchema, 'Unchanged: the ledger already means this; nothing to approve'),
    201: json(ProposalSummarySchema, 'Proposed, waiting for approval'),
    400: errorResponses[400],
    422: json(ErrorBodySchema, 'The ledger is invalid; every problem with file, line and field'),
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/ledger/proposals',
  tags: ['ledger'],
  summary: 'Ledger proposals, newest first',
  request: { query: ProposalListQuery },
  responses: {
    200: json(
      z.object({ items: z.array(ProposalSummarySchema), total: z.number(), limit: z.number(), offset: z.number() }),
      'A page',
    ),
    400: errorResponses[400],
  },
});
const one = createRoute({
  method: 'get',
  path: '/api/v1/ledger/proposals/{id}',
  tags: ['ledger'],
  summary: 'One proposal: its files and what approving it would change',
  request: { params: ProposalIdParam, query: z.object({ lang: z.enum(['ja', 'en']).default('en') }) },
  responses: { 200: json(ProposalSchema, 'The proposal'), 404: errorResponses[404] },
});
const approve = createRoute({
  method: 'post',
  path: '/api/v1/ledger/proposals/{id}/approve',
  tags: ['ledger'],
  summary: 'Approve someone else’s proposal: it becomes the next ledger version (author: the proposer)',
  request: { params: ProposalIdParam, ...body(DecisionBodySchema) },
  responses: {
    201: json(z.object({ proposal: ProposalSummarySchema, version: VersionSchema }), 'Approved and stored'),
    404: errorResponses[404],
    409: conflict,
  },
});
const reject = createRoute({
  method: 'post',
  path: '/api/v1/ledger/proposals/{id}/reject',
  tags: ['ledger'],
  summary: 'Reject a proposal (its proposer may withdraw it this way)',
  request: { params: ProposalIdParam, ...body(RejectionBodySchema) },
  responses: {
    200: json(z.object({ proposal: ProposalSummarySchema }), 'Rejected'),
    404: errorResponses[404],
    409: conflict,
  },
});

export function registerLedgerProposalRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(propose, async (c) => {
    const input = c.req.valid('json');
    const result = await proposeLedgerChange(deps, {
      sources: sourcesOf(input),
      comment: input.comment,
      proposedBy: actorId(c),
    });
    setAccessRecord(c, proposalRecord(result));
    if (result.kind === 'unchanged') return c.json(unchangedBody(result), 200);
    return c.json(summaryBody(result.proposal), 201);
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await deps.store.ledgerProposals.list(q.status ? { status: q.status } : {}, q);
    return c.json({ items: page.items.map(summaryBody), total: page.total, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const proposal = await deps.store.ledgerProposals.get(id);
    if (!proposal) throw new AppError('NOT_FOUND', `ledger proposal ${id} does not exist`);
    return c.json(await proposalBody(deps, proposal, c.req.valid('query').lang), 200);
  });
  app.openapi(approve, async (c) => {
    const { id } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const result = await approveLedgerProposal(deps, { id, by: actorId(c), ...(comment ? { comment } : {}) });
    setAccessRecord(c, {
      detail: {
        action: 'approved',
        proposal: id,
        version: result.version.number,
        author: result.proposal.proposedBy,
        approvedBy: actorId(c),
      },
    });
    const { ledger, ...version } = result.version;
    return c.json(
      {
        proposal: summaryBody(result.proposal),
        version: {
          number: version.number,
          ledgerId: version.ledgerId,
          contentHash: version.contentHash,
          author: version.author,
          comment: version.comment,
          createdAt: version.createdAt.toISOString(),
          ledger: ledger as unknown as Record<string, unknown>,
        },
      },
      201,
    );
  });
  app.openapi(reject, async (c) => {
    const { id } = c.req.valid('param');
    const result = await rejectLedgerProposal(deps, { id, by: actorId(c), comment: c.req.valid('json').comment });
    setAccessRecord(c, { detail: { action: 'rejected', proposal: id, author: result.proposal.proposedBy } });
    return c.json({ proposal: summaryBody(result.proposal) }, 200);
  });
}

/** The access log's entry for a proposal (or a no-op upload). */
export function proposalRecord(result: ProposeLedgerChangeResult) {
  if (result.kind === 'unchanged') return { detail: { action: 'unchanged', version: result.version.number } };
  const { proposal } = result;
  return {
    detail: {
      action: 'proposed',
      proposal: proposal.id,
      ledgerId: proposal.ledgerId,
      contentHash: proposal.contentHash,
      ...(proposal.baseVersion !== undefined ? { baseVersion: proposal.baseVersion } : {}),
    },
  };
}

export function summaryBody(p: LedgerProposalSummary) {
  return {
    id: p.id,
    status: p.status,
    ledgerId: p.ledgerId,
    contentHash: p.contentHash,
    comment: p.comment,
    proposedBy: p.proposedBy,
    proposedAt: p.proposedAt.toISOString(),
    baseVersion: p.baseVersion,
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt?.toISOString(),
    decisionComment: p.decisionComment,
    version: p.version,
  };
}

function unchangedBody(result: Extract<ProposeLedgerChangeResult, { kind: 'unchanged' }>) {
  const { ledger, source: _source, ...v } = result.version;
  return { ...v, createdAt: v.createdAt.toISOString(), ledger: ledger as unknown as Record<string, unknown> };
}

async function proposalBody(deps: HttpDeps, proposal: LedgerProposal, lang: 'ja' | 'en') {
  const parsed = parseLedger(proposal.sources);
  const base =
    proposal.baseVersion === undefined ? undefined : await deps.store.ledgerVersions.get(proposal.baseVersion);
  const changes =
    parsed.ok && base
      ? diffLedgers(base.ledger, parsed.ledger).map((change) => ({
          kind: change.kind,
          section: change.section,
          id: change.id,
          severity: change.severity,
          sentence: describeChange(change, lang),
        }))
      : [];
  return {
    ...summaryBody(proposal),
    files: proposal.sources.map((s) => ({ name: s.file, text: s.text })),
    changes,
  };
}

export function sourcesOf(input: { yaml?: string | undefined; files?: { name: string; text: string }[] | undefined }) {
  if (input.files) return input.files.map((file) => ({ file: file.name, text: file.text }));
  return [{ file: 'ledger.yaml', text: input.yaml ?? '' }];
}
