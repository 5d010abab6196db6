import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { describeChange, diffLedgers } from '../../core/ledger-diff/index.ts';
import { exportCsv, exportXlsx, exportYaml } from '../../ledger-export/index.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { setAccessRecord } from '../request-context.ts';

const VersionRef = z.coerce.number().int().min(1);

const diff = createRoute({
  method: 'get',
  path: '/api/v1/ledger/diff',
  tags: ['ledger'],
  summary: 'What changed between two versions, in the domain’s words',
  request: {
    query: z.object({
      from: VersionRef.openapi({ example: 1 }),
      to: VersionRef.optional().openapi({ description: 'Default: the current version' }),
      lang: z.enum(['ja', 'en']).default('en'),
    }),
  },
  responses: {
    200: {
      description: 'Changes, each with kind, element, severity and a sentence',
      content: {
        'application/json': {
          schema: z.object({
            from: z.number(),
            to: z.number(),
            changes: z.array(
              z.object({
                kind: z.string(),
                section: z.string(),
                id: z.string(),
                severity: z.enum(['expands-use', 'restricts-use', 'neutral']),
                sentence: z.string(),
              }),
            ),
          }),
        },
      },
    },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const FORMATS = {
  yaml: { type: 'application/yaml; charset=utf-8', ext: 'yaml' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
} as const;

const exportRoute = createRoute({
  method: 'get',
  path: '/api/v1/ledger/export',
  tags: ['ledger'],
  summary: 'The ledger as YAML, or in the auditors’ layout as CSV or XLSX (one row per item x category x purpose)',
  request: {
    query: z.object({
      format: z.enum(['yaml', 'csv', 'xlsx']).default('xlsx'),
      lang: z.enum(['ja', 'en']).default('ja'),
      version: VersionRef.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The file',
      content: {
        [FORMATS.yaml.type]: { schema: z.string() },
        [FORMATS.csv.type]: { schema: z.string() },
        [FORMATS.xlsx.type]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export function registerLedgerOutputRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(diff, async (c) => {
    const q = c.req.valid('query');
    const [from, to] = await Promise.all([getLedgerVersion(deps, q.from), getLedgerVersion(deps, q.to)]);
    const changes = diffLedgers(from.ledger, to.ledger).map((change) => ({
      kind: change.kind,
      section: change.section,
      id: change.id,
      severity: change.severity,
      sentence: describeChange(change, q.lang),
    }));
    return c.json({ from: from.number, to: to.number, changes }, 200);
  });
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const version = await getLedgerVersion(deps, q.version);
    const format = FORMATS[q.format];
    const body =
      q.format === 'xlsx'
        ? new Uint8Array(await exportXlsx(version.ledger, q.lang))
        : q.format === 'csv'
          ? exportCsv(version.ledger, q.lang)
          : exportYaml(version.ledger);
    setAccessRecord(c, { detail: { of: 'ledger', format: q.format, lang: q.lang, version: version.number } });
    c.header('content-type', format.type);
    c.header('content-disposition', `attachment; filename="ledger-v${version.number}-${q.lang}.${format.ext}"`);
    return c.body(body, 200);
  });
}
