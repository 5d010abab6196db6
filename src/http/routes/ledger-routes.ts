import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { importLedger } from '../../app/import-ledger.ts';
import type { LedgerVersion, LedgerVersionSummary } from '../../app/ports.ts';
import { proposeLedgerChange } from '../../app/propose-ledger-change.ts';
import { ledgerJsonSchema } from '../../core/ledger/ledger-json-schema.ts';
import { type LedgerSource, parseLedger } from '../../core/ledger/parse-ledger.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId, setAccessRecord } from '../request-context.ts';
import { summaryBody as proposalBody, proposalRecord } from './ledger-proposal-routes.ts';
import { ProposalSummarySchema } from './ledger-proposal-schemas.ts';
import {
  LedgerCheckSchema,
  LedgerUploadSchema,
  PageQuery,
  ValidationResultSchema,
  VersionNumberParam,
  VersionSchema,
  VersionSummarySchema,
} from './ledger-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const current = createRoute({
  method: 'get',
  path: '/api/v1/ledger',
  tags: ['ledger'],
  summary: 'The current ledger version',
  responses: { 200: json(VersionSchema, 'Current version'), 404: errorResponses[404] },
});
const versions = createRoute({
  method: 'get',
  path: '/api/v1/ledger/versions',
  tags: ['ledger'],
  summary: 'Version history, newest first',
  request: { query: PageQuery },
  responses: {
    200: json(
      z.object({
        items: z.array(VersionSummarySchema),
        total: z.number().int(),
        limit: z.number(),
        offset: z.number(),
      }),
      'A page of versions',
    ),
    400: errorResponses[400],
  },
});
const version = createRoute({
  method: 'get',
  path: '/api/v1/ledger/versions/{number}',
  tags: ['ledger'],
  summary: 'One stored version',
  request: { params: VersionNumberParam },
  responses: { 200: json(VersionSchema, 'The version'), 400: errorResponses[400], 404: errorResponses[404] },
});
const upload = createRoute({
  method: 'post',
  path: '/api/v1/ledger/versions',
  tags: ['ledger'],
  summary: 'Validate and store a new ledger version (a proposal when a second person must approve)',
  description:
    'With MAMORI_LEDGER_APPROVALS=1 (default) the upload becomes a ledger proposal (202) that another ' +
    'administrator approves at /api/v1/ledger/proposals/{id}/approve; with 0 it is stored at once.',
  security: [{ adminToken: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: LedgerUploadSchema } } } },
  responses: {
    200: json(VersionSchema, 'Unchanged: the ledger means what the current version means'),
    201: json(VersionSchema, 'Stored as a new version'),
    202: json(ProposalSummarySchema, 'Proposed: waiting for a second administrator'),
    400: errorResponses[400],
    401: json(ErrorBodySchema, 'No or wrong administrator token'),
    422: json(ErrorBodySchema, 'The ledger is invalid; every problem with file, line and field'),
  },
});
const validate = createRoute({
  method: 'post',
  path: '/api/v1/ledger/validate',
  tags: ['ledger'],
  summary: 'Validate a ledger without storing it',
  request: { body: { required: true, content: { 'application/json': { schema: LedgerCheckSchema } } } },
  responses: { 200: json(ValidationResultSchema, 'Every problem found'), 400: errorResponses[400] },
});
const schema = createRoute({
  method: 'get',
  path: '/api/v1/ledger/schema',
  tags: ['ledger'],
  summary: 'JSON Schema of the ledger format',
  responses: { 200: json(z.record(z.string(), z.unknown()), 'JSON Schema (draft 2020-12)') },
});

export function registerLedgerRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(current, async (c) => c.json(versionBody(await getLedgerVersion(deps)), 200));
  app.openapi(versions, async (c) => {
    const { limit, offset } = c.req.valid('query');
    const [items, total] = await Promise.all([
      deps.store.ledgerVersions.list({ limit, offset }),
      deps.store.ledgerVersions.count(),
    ]);
    return c.json({ items: items.map(summaryBody), total, limit, offset }, 200);
  });
  app.openapi(version, async (c) =>
    c.json(versionBody(await getLedgerVersion(deps, c.req.valid('param').number)), 200),
  );
  app.openapi(upload, async (c) => {
    const body = c.req.valid('json');
    const author = actorId(c);
    if ((deps.ledgerApprovals ?? 1) > 0) {
      const proposed = await proposeLedgerChange(deps, {
        sources: sourcesOf(body),
        comment: body.comment,
        proposedBy: author,
      });
      setAccessRecord(c, proposalRecord(proposed));
      if (proposed.kind === 'unchanged') return c.json(versionBody(proposed.version), 200);
      return c.json(proposalBody(proposed.proposal), 202);
    }
    const result = await importLedger(deps, { sources: sourcesOf(body), author, comment: body.comment });
    setAccessRecord(c, {
      detail: { action: result.created ? 'imported' : 'unchanged', version: result.version.number },
    });
    return c.json(versionBody(result.version), result.created ? 201 : 200);
  });
  app.openapi(validate, async (c) => {
    const result = parseLedger(sourcesOf(c.req.valid('json')));
    return c.json({ ok: result.ok, issues: result.ok ? [] : [...result.issues] }, 200);
  });
  app.openapi(schema, (c) => c.json(ledgerJsonSchema(), 200));
}

function sourcesOf(body: {
  yaml?: string | undefined;
  files?: { name: string; text: string }[] | undefined;
}): LedgerSource[] {
  if (body.files) return body.files.map((file) => ({ file: file.name, text: file.text }));
  return [{ file: 'ledger.yaml', text: body.yaml ?? '' }];
}

function summaryBody(summary: LedgerVersionSummary) {
  return {
    number: summary.number,
    ledgerId: summary.ledgerId,
    contentHash: summary.contentHash,
    author: summary.author,
    comment: summary.comment,
    createdAt: summary.createdAt.toISOString(),
  };
}

function versionBody(v: LedgerVersion) {
  return { ...summaryBody(v), ledger: v.ledger as unknown as Record<string, unknown> };
}
