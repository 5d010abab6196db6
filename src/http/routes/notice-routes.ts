import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { noticeRevisions } from '../../app/notice-revisions.ts';
import { buildNotice, renderHtml, renderMarkdown } from '../../core/notice/index.ts';
import { renderPdf } from '../../notice/render-pdf.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';

const FORMATS = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
} as const;

const notice = createRoute({
  method: 'get',
  security: [],
  path: '/privacy/notice',
  tags: ['notice'],
  summary: 'The published privacy notice, computed from the current (or a given) ledger version',
  request: {
    query: z.object({
      lang: z.enum(['ja', 'en']).default('ja'),
      format: z.enum(['html', 'md', 'pdf']).default('html'),
      entity: z.string().min(1).max(64).optional().openapi({ description: 'Only this operator of the group' }),
      version: z.coerce.number().int().min(1).optional().openapi({ description: 'A stored ledger version' }),
    }),
  },
  responses: {
    200: {
      description: 'The notice',
      content: {
        'text/html': { schema: z.string() },
        'text/markdown': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** Rendered notices by version, language, format and entity: a version never changes once stored. */
const CACHE_LIMIT = 64;

export function registerNoticeRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const cache = new Map<string, string | Buffer>();
  app.openapi(notice, async (c) => {
    const q = c.req.valid('query');
    const version = await getLedgerVersion(deps, q.version);
    const key = [version.number, q.lang, q.format, q.entity ?? ''].join('|');
    let body = cache.get(key);
    if (body === undefined) {
      const model = buildNotice(version.ledger, {
        lang: q.lang,
        revisions: await noticeRevisions(deps.store, version.number),
        ...(q.entity ? { operatorId: q.entity } : {}),
      });
      body =
        q.format === 'pdf' ? await renderPdf(model) : q.format === 'md' ? renderMarkdown(model) : renderHtml(model);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    c.header('content-type', FORMATS[q.format]);
    c.header('content-language', q.lang);
    c.header('x-ledger-version', String(version.number));
    if (q.format === 'pdf')
      c.header('content-disposition', `inline; filename="privacy-notice-${q.lang}-v${version.number}.pdf"`);
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200);
  });
}
