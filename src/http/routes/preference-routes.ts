import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { emailDigest } from '../../app/preferences/email-digest.ts';
import type { OpenedPreferences } from '../../app/preferences/open-preferences.ts';
import { openPreferences } from '../../app/preferences/open-preferences.ts';
import { requestPreferenceLink } from '../../app/preferences/request-preference-link.ts';
import { savePreferences } from '../../app/preferences/save-preferences.ts';
import { AppError } from '../../core/app-error.ts';
import { NO_IP_RESTRICTIONS } from '../../core/auth/ip-allow-list.ts';
import { sourceIpOf } from '../auth/request-origin.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { setAccessRecord } from '../request-context.ts';
import { TokenBuckets } from '../token-bucket.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const Lang = z.enum(['ja', 'en']).default('ja');
const TokenParam = z.object({ token: z.string().min(1).max(100) });
const gone = json(ErrorBodySchema, 'The link expired: ask for a new one');

const Choice = z
  .object({
    kind: z.enum(['purpose', 'recipient']),
    id: z.string(),
    mode: z.enum(['opt-in', 'opt-out']),
    title: z.string(),
    recipientKind: z.string().optional(),
    purposesAtRecipient: z.array(z.string()),
    details: z.array(z.string()),
    categories: z.array(z.string()),
    items: z.array(z.string()),
    operators: z.array(z.string()),
    overseas: z
      .object({
        country: z.string(),
        countryName: z.string(),
        system: z.array(z.string()),
        measures: z.string().optional(),
        foreignSystemImpact: z.string().optional(),
      })
      .optional()
      .openapi({ description: 'OT-1: the country, its protection system and the recipient’s measures' }),
    informationVersion: z.string(),
    last: z.object({ status: z.enum(['given', 'withdrawn', 'refused']), at: z.string() }).optional(),
    active: z.boolean(),
  })
  .openapi('PreferenceChoice');

const Preferences = z
  .object({ expiresAt: z.string(), noticeVersion: z.number().int(), choices: z.array(Choice) })
  .openapi('Preferences');

const requestLink = createRoute({
  method: 'post',
  path: '/privacy/preferences/links',
  tags: ['privacy center'],
  summary: 'Mail a link that opens your consent preferences (the same answer for any address)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ email: z.email().max(254), lang: Lang }) },
      },
    },
  },
  responses: {
    202: json(z.object({ sent: z.literal(true), expiresAt: z.string() }), 'A link is on its way'),
    400: errorResponses[400],
    422: json(ErrorBodySchema, 'This server cannot send e-mail'),
    429: json(ErrorBodySchema, 'Too many links asked for from this address or for this mailbox'),
  },
});

const read = createRoute({
  method: 'get',
  path: '/privacy/preferences/{token}',
  tags: ['privacy center'],
  summary: 'Your choices: what the ledger asks consent for or lets you opt out of, and what you said',
  request: { params: TokenParam, query: z.object({ lang: Lang }) },
  responses: { 200: json(Preferences, 'Your preferences'), 404: errorResponses[404], 410: gone },
});

const save = createRoute({
  method: 'post',
  path: '/privacy/preferences/{token}',
  tags: ['privacy center'],
  summary: 'Change your choices; each change is recorded with the information version you were shown',
  request: {
    params: TokenParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            lang: Lang,
            noticeVersion: z.number().int().min(1),
            choices: z
              .array(
                z.object({
                  kind: z.enum(['purpose', 'recipient']),
                  id: z.string().min(1).max(64),
                  consent: z.boolean(),
                }),
              )
              .max(200),
          }),
        },
      },
    },
  },
  responses: {
    200: json(
      z.object({
        saved: z.array(
          z.object({
            kind: z.enum(['purpose', 'recipient']),
            id: z.string(),
            status: z.enum(['given', 'withdrawn', 'refused']),
            consentId: z.string(),
            informationVersion: z.string(),
          }),
        ),
        preferences: Preferences,
      }),
      'Saved',
    ),
    400: errorResponses[400],
    404: errorResponses[404],
    409: json(ErrorBodySchema, 'The notice changed since the page was opened: review the choices again'),
    410: gone,
  },
});

const lookup = createRoute({
  method: 'post',
  path: '/api/v1/subjects/lookup',
  tags: ['consents'],
  summary: 'The subject id the privacy center gave an e-mail address (to decide about, or to look up consents)',
  security: [{ adminToken: [] }],
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ email: z.email().max(254) }) } } },
  },
  responses: {
    200: json(z.object({ subjectIds: z.array(z.string()) }), 'Known ids (none: the address never opened a link)'),
    400: errorResponses[400],
  },
});

export function registerPreferenceRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const allow = deps.ipAllow ?? NO_IP_RESTRICTIONS;
  // Per client address, and per mailbox so nobody can flood someone's inbox from many addresses.
  const perAddress = new TokenBuckets({ capacity: 5, refillMs: 120_000 });
  const perMailbox = new TokenBuckets({ capacity: 3, refillMs: 600_000 });
  const prefDeps = {
    store: deps.store,
    clock: deps.clock,
    evidence: deps.evidence,
    policies: deps.policies,
    mailer: deps.requests?.mailer,
    // A getter: with PORT=0 the bound port (hence the default URL) is known only after listening.
    get publicUrl() {
      return deps.requests?.publicUrl ?? 'http://localhost:8080';
    },
  };
  app.openapi(requestLink, async (c) => {
    const body = c.req.valid('json');
    const now = deps.clock.now().getTime();
    const ip = sourceIpOf(c, allow);
    const mailbox = emailDigest(body.email);
    if (!perAddress.take(ip, now) || !perMailbox.take(mailbox, now)) {
      c.header(
        'retry-after',
        String(Math.max(perAddress.retryAfterSeconds(ip), perMailbox.retryAfterSeconds(mailbox))),
      );
      return c.json({ code: 'RATE_LIMITED', message: 'too many links asked for: try again later' }, 429);
    }
    const { expiresAt } = await requestPreferenceLink(prefDeps, body);
    return c.json({ sent: true as const, expiresAt: expiresAt.toISOString() }, 202);
  });
  app.openapi(read, async (c) => {
    const { token } = c.req.valid('param');
    const opened = await openPreferences(prefDeps, { token, lang: c.req.valid('query').lang }).catch(goneOr(c));
    if (opened instanceof Response) return opened as never;
    private_(c);
    return c.json(preferencesBody(opened), 200);
  });
  app.openapi(save, async (c) => {
    const { token } = c.req.valid('param');
    const body = c.req.valid('json');
    const result = await savePreferences(prefDeps, { token, ...body }).catch(goneOr(c));
    if (result instanceof Response) return result as never;
    private_(c);
    return c.json({ saved: [...result.saved], preferences: preferencesBody(result.preferences) }, 200);
  });
  app.openapi(lookup, async (c) => {
    const subject = await deps.store.preferences.findSubject(emailDigest(c.req.valid('json').email));
    setAccessRecord(c, { subjects: subject ? [subject] : [], rows: subject ? 1 : 0 });
    return c.json({ subjectIds: subject ? [subject] : [] }, 200);
  });
}

/** The token is in the URL: no caching, and no Referer carrying it anywhere. */
function private_(c: Context): void {
  c.header('cache-control', 'no-store');
  c.header('referrer-policy', 'no-referrer');
}

/** Expired links are 410 Gone; anything else goes to the error handler. */
function goneOr(c: Context) {
  return (error: unknown): Response => {
    if (error instanceof AppError && error.details.rule === 'gone') {
      return c.json({ code: 'GONE', message: error.message }, 410);
    }
    throw error;
  };
}

function preferencesBody(opened: OpenedPreferences) {
  return {
    expiresAt: opened.expiresAt.toISOString(),
    noticeVersion: opened.noticeVersion,
    choices: opened.choices.map((choice) => ({
      kind: choice.kind,
      id: choice.id,
      mode: choice.mode,
      title: choice.title,
      ...(choice.recipientKind ? { recipientKind: choice.recipientKind } : {}),
      purposesAtRecipient: [...choice.purposesAtRecipient],
      details: [...choice.details],
      categories: [...choice.categories],
      items: [...choice.items],
      operators: [...choice.operators],
      ...(choice.overseas ? { overseas: { ...choice.overseas, system: [...choice.overseas.system] } } : {}),
      informationVersion: choice.informationVersion,
      ...(choice.last ? { last: { status: choice.last.status, at: choice.last.at.toISOString() } } : {}),
      active: choice.active,
    })),
  };
}
