import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { LedgerVersion } from '../../app/ports.ts';
import { buildNotice, type NoticeRevision, renderHtml, renderMarkdown } from '../../core/notice/index.ts';
import { renderPdf } from '../../notice/render-pdf.ts';

const FORMATS = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
} as const;

export const NoticeQuery = z.object({
  lang: z.enum(['ja', 'en']).default('ja'),
  format: z.enum(['html', 'md', 'pdf', 'json']).default('html'),
  entity: z.string().min(1).max(64).optional().openapi({ description: 'Only this operator of the group' }),
});

export const NOTICE_CONTENT = {
  'text/html': { schema: z.string() },
  'text/markdown': { schema: z.string() },
  'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
  'application/json': {
    schema: z
      .object({
        lang: z.enum(['ja', 'en']),
        langTag: z.string(),
        title: z.string(),
        subtitle: z.string().optional(),
        tableOfContents: z.string(),
        sections: z.array(z.record(z.string(), z.unknown())),
      })
      .openapi('NoticeModel', {
        description: 'Sections of headings, paragraphs, lists, field tables and tables; every string is plain text',
      }),
  },
} as const;

export interface NoticeRenderRequest {
  readonly version: LedgerVersion;
  readonly query: z.infer<typeof NoticeQuery>;
  /** Separates renders of the same version with different histories (published vs. the console's preview). */
  readonly cacheKey: string;
  readonly revisions: () => Promise<readonly NoticeRevision[]>;
}

export type NoticeRenderer = (c: Context, request: NoticeRenderRequest) => Promise<Response>;

/** Rendered notices by version, history, language, format and entity: a stored version never changes. */
const CACHE_LIMIT = 64;

/** Builds the notice model of a version and renders it in the asked format, with a small cache. */
export function noticeRenderer(): NoticeRenderer {
  const cache = new Map<string, string | Buffer>();
  return async (c, { version, query: q, cacheKey, revisions }) => {
    const key = [cacheKey, version.number, q.lang, q.format, q.entity ?? ''].join('|');
    let body = cache.get(key);
    if (body === undefined) {
      const model = buildNotice(version.ledger, {
        lang: q.lang,
        revisions: [...(await revisions())],
        ...(q.entity ? { operatorId: q.entity } : {}),
      });
      body =
        q.format === 'pdf'
          ? await renderPdf(model)
          : q.format === 'md'
            ? renderMarkdown(model)
            : q.format === 'json'
              ? JSON.stringify(model)
              : renderHtml(model);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    c.header('content-type', FORMATS[q.format]);
    c.header('content-language', q.lang);
    c.header('x-ledger-version', String(version.number));
    if (q.format === 'pdf')
      c.header('content-disposition', `inline; filename="privacy-notice-${q.lang}-v${version.number}.pdf"`);
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200);
  };
}
