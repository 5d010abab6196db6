import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { publishNotice } from '../../app/notice/publish-notice.ts';
import { publishedNotices } from '../../app/notice/published-notices.ts';
import { japanDate } from '../../core/japan-time.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { principalActor } from '../request-context.ts';
import { NOTICE_CONTENT, NoticeQuery, type NoticeRenderer } from './notice-render.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const PublicVersion = z.object({ ledgerVersion: z.number().int(), publishedAt: z.string() }).openapi('NoticeVersion');

const versions = createRoute({
  method: 'get',
  security: [],
  path: '/privacy/notice/versions',
  tags: ['notice'],
  summary: 'Every version of the notice that was published, newest first, with the date it took effect',
  responses: {
    200: json(
      z.object({
        current: PublicVersion.nullable(),
        versions: z.array(PublicVersion),
        organisation: z
          .object({ ja: z.string(), en: z.string() })
          .nullable()
          .openapi({ description: 'Who publishes the notice: the signatory operator, else the first one' }),
      }),
      'The versions',
    ),
  },
});

const Publication = z
  .object({
    ledgerVersion: z.number().int(),
    publishedAt: z.string(),
    /** False: shown while the notice followed the ledger, before anything was published. */
    explicit: z.boolean(),
    publishedBy: z.string().optional(),
    comment: z.string().optional(),
  })
  .openapi('NoticePublication');

const status = createRoute({
  method: 'get',
  path: '/api/v1/notice/status',
  tags: ['notice'],
  summary: 'The published notice against the current ledger: what a publication would change',
  security: [{ adminToken: [] }],
  responses: {
    200: json(
      z.object({
        ledgerVersion: z.number().int().nullable(),
        published: Publication.nullable(),
        /** No publication yet: the privacy center shows the newest ledger version. */
        followsLedger: z.boolean(),
        upToDate: z.boolean(),
        publications: z.array(Publication),
      }),
      'The state of the notice',
    ),
  },
});

const preview = createRoute({
  method: 'get',
  path: '/api/v1/notice/preview',
  tags: ['notice'],
  summary: 'The notice of the current ledger version as it would be published today (a draft until it is)',
  security: [{ adminToken: [] }],
  request: { query: NoticeQuery },
  responses: {
    200: { description: 'The draft notice', content: NOTICE_CONTENT },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const publish = createRoute({
  method: 'post',
  path: '/api/v1/notice/publications',
  tags: ['notice'],
  summary: 'Publish the notice of the current ledger version (the privacy center shows it from now on)',
  security: [{ adminToken: [] }],
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            ledgerVersion: z.number().int().min(1).openapi({ description: 'The version you previewed' }),
            comment: z.string().max(2000).default(''),
          }),
        },
      },
    },
  },
  responses: {
    201: json(
      z.object({ publication: Publication, evidence: z.object({ seq: z.number().int(), hash: z.string() }) }),
      'Published',
    ),
    400: errorResponses[400],
    404: errorResponses[404],
    409: json(ErrorBodySchema, 'The ledger changed since that preview, or this version is already published'),
  },
});

export function registerNoticePublicationRoutes(app: OpenAPIHono, deps: HttpDeps, render: NoticeRenderer): void {
  // Who publishes, per published ledger version: every privacy-center page asks, and a version never changes.
  const organisations = new Map<number, { ja: string; en: string } | null>();
  const organisationOf = async (number: number) => {
    const known = organisations.get(number);
    if (known !== undefined) return known;
    const ledger = (await deps.store.ledgerVersions.get(number))?.ledger;
    const signatory = ledger?.operators.find((op) => op.id === ledger.notice.signatory) ?? ledger?.operators[0];
    const organisation = signatory ? { ja: signatory.name.ja, en: signatory.name.en } : null;
    organisations.set(number, organisation);
    return organisation;
  };
  app.openapi(versions, async (c) => {
    const list = (await publishedNotices(deps.store)).reverse().map((n) => ({
      ledgerVersion: n.ledgerVersion,
      publishedAt: n.publishedAt.toISOString(),
    }));
    const organisation = list[0] === undefined ? null : await organisationOf(list[0].ledgerVersion);
    return c.json(
      {
        current: list[0] ?? null,
        versions: list,
        organisation,
      },
      200,
    );
  });
  app.openapi(status, async (c) => {
    const [latest, shown, publications] = await Promise.all([
      deps.store.ledgerVersions.latestNumber(),
      publishedNotices(deps.store),
      deps.store.noticePublications.list(),
    ]);
    const byVersion = new Map(publications.map((p) => [p.ledgerVersion, p]));
    const list = shown.reverse().map((n) => {
      const publication = byVersion.get(n.ledgerVersion);
      return {
        ledgerVersion: n.ledgerVersion,
        publishedAt: n.publishedAt.toISOString(),
        explicit: n.explicit,
        ...(publication ? { publishedBy: publication.publishedBy, comment: publication.comment } : {}),
      };
    });
    const current = publications.length === 0 ? (latest ?? null) : (publications.at(-1)?.ledgerVersion ?? null);
    const published = list.find((n) => n.ledgerVersion === current) ?? null;
    return c.json(
      {
        ledgerVersion: latest ?? null,
        published,
        followsLedger: publications.length === 0,
        upToDate: latest !== undefined && current === latest,
        publications: list,
      },
      200,
    );
  });
  app.openapi(preview, async (c) => {
    const q = c.req.valid('query');
    const version = await getLedgerVersion(deps);
    const today = japanDate(deps.clock.now());
    const shown = await publishedNotices(deps.store);
    const revisions = async () =>
      [...new Set([...shown.map((n) => japanDate(n.publishedAt)), today].sort())].map((date) => ({ date }));
    return render(c, { version, query: q, cacheKey: `preview:${today}:${shown.length}`, revisions });
  });
  app.openapi(publish, async (c) => {
    const body = c.req.valid('json');
    const { publication, evidence } = await publishNotice(deps, {
      ledgerVersion: body.ledgerVersion,
      comment: body.comment,
      actor: principalActor(c),
    });
    return c.json(
      {
        publication: {
          ledgerVersion: publication.ledgerVersion,
          publishedAt: publication.publishedAt.toISOString(),
          explicit: true,
          publishedBy: publication.publishedBy,
          comment: publication.comment,
        },
        evidence,
      },
      201,
    );
  });
}
