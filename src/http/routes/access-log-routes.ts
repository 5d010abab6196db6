import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import type { EvidenceEntry } from '../../app/evidence-store.ts';
import { listAccessLog } from '../../app/list-access-log.ts';
import { ACCESS_TYPES } from '../../app/record-access.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { setAccessRecord } from '../request-context.ts';

const Id = z.string().min(1).max(200);

const AccessLogQuery = z.object({
  actor: Id.optional().openapi({ description: 'Who (user or application id)' }),
  type: z.enum(ACCESS_TYPES).optional(),
  subject: Id.optional().openapi({ description: 'Entries naming this person' }),
  operator: Id.optional().openapi({ description: 'Entries about this operator’s records or by its staff' }),
  route: z.string().min(1).max(300).optional().openapi({
    description: 'The route pattern called',
    example: 'GET /api/v1/requests/{id}',
  }),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  after: z.coerce.number().int().min(0).optional().openapi({ description: 'The `next` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  format: z.enum(['json', 'csv']).default('json'),
});

const EntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    type: z.string(),
    actor: z.string(),
    subject: z.string().optional(),
    payload: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .openapi('AccessLogEntry');

const route = createRoute({
  method: 'get',
  path: '/api/v1/access-log',
  tags: ['evidence'],
  summary: 'Logging of use: reads of personal data, exports, ledger changes and refused calls, oldest first',
  description:
    'Stable order (evidence seq). Page with `after`=`next`. `format=csv` downloads the page as CSV (itself logged).',
  request: { query: AccessLogQuery },
  responses: {
    200: {
      description: 'A page of entries (or the CSV file)',
      content: {
        'application/json': { schema: z.object({ items: z.array(EntrySchema), next: z.number().int().optional() }) },
        'text/csv': { schema: z.string() },
      },
    },
    400: errorResponses[400],
  },
});

const CSV_COLUMNS = [
  'seq',
  'at',
  'type',
  'actor',
  'roles',
  'operatorScope',
  'route',
  'purpose',
  'subjects',
  'operators',
  'items',
  'rows',
  'detail',
  'requestId',
  'hash',
] as const;
const LISTED = new Set(['route', 'requestId', 'principalKind', 'roles', 'operatorScope', 'operators', 'purpose']);
const HIDDEN = new Set([...LISTED, 'subjects', 'subjectCount', 'items', 'rows', 'part', 'parts']);

export function registerAccessLogRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const page = await listAccessLog(
      deps.store.evidence,
      {
        ...(q.actor ? { actor: q.actor } : {}),
        ...(q.type ? { type: q.type } : {}),
        ...(q.subject ? { subject: q.subject } : {}),
        ...(q.operator ? { operator: q.operator } : {}),
        ...(q.route ? { route: q.route } : {}),
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
      },
      { limit: q.limit, ...(q.after !== undefined ? { after: q.after } : {}) },
    );
    if (q.format === 'csv') {
      setAccessRecord(c, { type: 'export', rows: page.items.length, detail: { format: 'csv', of: 'access-log' } });
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="access-log.csv"');
      if (page.next !== undefined) c.header('x-next-after', String(page.next));
      return c.body(toCsv(page.items), 200);
    }
    return c.json({ items: page.items.map(entryBody), ...(page.next !== undefined ? { next: page.next } : {}) }, 200);
  });
}

function entryBody(e: EvidenceEntry) {
  return {
    seq: e.seq,
    at: e.at,
    type: e.type,
    actor: e.actor,
    ...(e.subject !== undefined ? { subject: e.subject } : {}),
    payload: { ...e.payload },
    hash: e.hash,
  };
}

/** One row per entry; lists joined with spaces; cells that a spreadsheet would run as a formula are quoted. */
function toCsv(entries: readonly EvidenceEntry[]): string {
  const rows = entries.map((e) => {
    const p = e.payload;
    const subjects = Array.isArray(p.subjects) ? p.subjects : e.subject !== undefined ? [e.subject] : [];
    const detail = Object.entries(p)
      .filter(([key]) => !HIDDEN.has(key))
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' ');
    const cells = {
      seq: e.seq,
      at: e.at,
      type: e.type,
      actor: e.actor,
      roles: p.roles,
      operatorScope: p.operatorScope,
      route: p.route,
      purpose: p.purpose,
      subjects,
      operators: p.operators,
      items: p.items,
      rows: p.rows,
      detail,
      requestId: p.requestId,
      hash: e.hash,
    };
    return CSV_COLUMNS.map((column) => cell(cells[column]));
  });
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}

function cell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
