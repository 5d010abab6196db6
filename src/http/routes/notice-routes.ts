import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { currentNoticeVersion, publishedNotices } from '../../app/notice/published-notices.ts';
import { noticeRevisions } from '../../app/notice-revisions.ts';
import { AppError } from '../../core/app-error.ts';
import { errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { NOTICE_CONTENT, NoticeQuery, type NoticeRenderer, noticeRenderer } from './notice-render.ts';

const notice = createRoute({
  method: 'get',
  security: [],
  path: '/privacy/notice',
  tags: ['notice'],
  summary: 'The published privacy notice (the newest publication, or a past published version)',
  description:
    'Until a notice is first published (POST /api/v1/notice/publications) the notice follows the current ledger ' +
    'version; afterwards newer ledger versions are drafts until published. `version` names a ledger version ' +
    'that was public (GET /privacy/notice/versions). `format=json` is the notice model (sections of plain text).',
  request: {
    query: NoticeQuery.extend({
      version: z.coerce.number().int().min(1).optional().openapi({ description: 'A published ledger version' }),
    }),
  },
  responses: {
    200: { description: 'The notice', content: NOTICE_CONTENT },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export function registerNoticeRoutes(
  app: OpenAPIHono,
  deps: HttpDeps,
  render: NoticeRenderer = noticeRenderer(),
): void {
  app.openapi(notice, async (c) => {
    const q = c.req.valid('query');
    if (q.version !== undefined && !(await publishedNotices(deps.store)).some((n) => n.ledgerVersion === q.version)) {
      throw new AppError('NOT_FOUND', `version ${q.version} of the notice was never published`);
    }
    const version = await getLedgerVersion(deps, q.version ?? (await currentNoticeVersion(deps.store)));
    // A published version's history never changes: later publications only add later dates.
    return render(c, {
      version,
      query: q,
      cacheKey: 'published',
      revisions: () => noticeRevisions(deps.store, version.number),
    });
  });
}
