import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AuthDeps } from '../../app/auth/auth-deps.ts';
import type { Session, User } from '../../app/auth/auth-ports.ts';
import { changePassword } from '../../app/auth/change-password.ts';
import { login } from '../../app/auth/login.ts';
import { logout } from '../../app/auth/logout.ts';
import { revokeSession } from '../../app/auth/revoke-session.ts';
import { AppError } from '../../core/app-error.ts';
import { sessionState } from '../../core/auth/session-expiry.ts';
import { csrfTokenFor } from '../auth/csrf.ts';
import { liveSessionOf, requireLiveSession } from '../auth/live-session.ts';
import { isHttps, sourceIpOf } from '../auth/request-origin.ts';
import { clearSessionCookies, setSessionCookies } from '../auth/session-cookie.ts';
import type { HttpDeps } from '../http-deps.ts';
import { actorId, principalOf } from '../request-context.ts';
import {
  type AccountSchema,
  body,
  errors,
  json,
  LoginInputSchema,
  LoginResultSchema,
  MeSchema,
  PasswordChangeSchema,
  SessionSchema,
  StageSchema,
} from './auth-schemas.ts';

const tags = ['auth'];
const loginRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags,
  security: [],
  summary: 'Log in with e-mail and password: sets the session cookie; the stage says what is still needed',
  request: body(LoginInputSchema),
  responses: {
    200: json(LoginResultSchema, 'Password accepted'),
    400: errors[400],
    401: errors[401],
    429: errors[429],
  },
});
const logoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags,
  security: [],
  summary: 'End this session',
  responses: { 204: { description: 'Ended (also when there was none)' }, 403: errors[403] },
});
const passwordRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/password',
  tags,
  security: [],
  summary: "Change this session's password (the current one is checked); other sessions end",
  request: body(PasswordChangeSchema),
  responses: {
    200: json(z.object({ stage: StageSchema }), 'Changed'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    429: errors[429],
  },
});
const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags,
  security: [],
  summary: 'Who is calling: the account and login stage of this session, or the application of this token',
  responses: { 200: json(MeSchema, 'The caller'), 401: errors[401] },
});
const sessionsRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/sessions',
  tags,
  summary: 'Your sessions, newest first',
  responses: { 200: json(z.object({ items: z.array(SessionSchema) }), 'Sessions'), 401: errors[401] },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/api/v1/auth/sessions/{id}',
  tags,
  summary: 'End a session: your own, or any (administrators)',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 204: { description: 'Ended' }, 401: errors[401], 403: errors[403], 404: errors[404] },
});

export function registerAuthRoutes(app: OpenAPIHono, deps: HttpDeps, auth: AuthDeps): void {
  app.openapi(loginRoute, async (c) => {
    const input = c.req.valid('json');
    const userAgent = c.req.header('user-agent');
    const result = await withRetryAfter(c, () =>
      login(auth, { ...input, sourceIp: sourceIpOf(c, deps.ipAllow), ...(userAgent ? { userAgent } : {}) }),
    );
    const csrfToken = csrfTokenFor(result.token);
    setSessionCookies(c, { session: result.token, csrf: csrfToken }, isHttps(c, deps.ipAllow));
    const expiresAt = new Date(result.session.createdAt.getTime() + auth.settings.sessions.idleMs);
    return c.json(
      {
        stage: result.stage,
        csrfToken,
        account: accountBody(result.user),
        session: { id: result.session.id, expiresAt: expiresAt.toISOString() },
      },
      200,
    );
  });

  app.openapi(logoutRoute, async (c) => {
    const live = liveSessionOf(c);
    if (live) await logout(auth, live.session);
    clearSessionCookies(c, isHttps(c, deps.ipAllow));
    return c.body(null, 204);
  });

  app.openapi(passwordRoute, async (c) => {
    const live = requireLiveSession(c);
    const input = c.req.valid('json');
    const stage = await withRetryAfter(c, () =>
      changePassword(auth, { ...live, ...input, sourceIp: sourceIpOf(c, deps.ipAllow) }),
    );
    return c.json({ stage }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const principal = principalOf(c);
    if (principal.kind === 'application') {
      const { id, tokenId, operators, ledgerRoles, purposes } = principal;
      const list = (ids: readonly string[] | 'all') => (ids === 'all' ? ids : [...ids]);
      return c.json(
        {
          kind: 'application' as const,
          name: id,
          tokenId,
          operators: list(operators),
          ledgerRoles: [...ledgerRoles],
          purposes: list(purposes),
        },
        200,
      );
    }
    const live = requireLiveSession(c);
    return c.json(
      {
        kind: 'user' as const,
        account: accountBody(live.user),
        stage: live.stage,
        session: {
          id: live.session.id,
          expiresAt: live.expiresAt.toISOString(),
          mfaVerified: live.session.mfaVerifiedAt !== undefined,
        },
      },
      200,
    );
  });

  app.openapi(sessionsRoute, async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'log in first');
    const now = auth.clock.now();
    const sessions = await auth.store.sessions.listForUser(principal.id);
    const items = sessions.map((s) =>
      sessionBody(s, principal.sessionId, sessionState(s, auth.settings.sessions, now)),
    );
    return c.json({ items }, 200);
  });

  app.openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid('param');
    await revokeSession(auth, { principal: principalOf(c), sessionId: id, actor: `user:${actorId(c)}` });
    return c.body(null, 204);
  });
}

/** Adds Retry-After to a 429 (RFC 9110), so clients back off as told. */
export async function withRetryAfter<T>(c: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds = error instanceof AppError ? error.details.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') c.header('Retry-After', String(seconds));
    throw error;
  }
}

export function accountBody(user: User): z.infer<typeof AccountSchema> {
  return {
    id: user.id,
    email: user.email,
    roles: [...user.roles],
    operators: user.operators === 'all' ? 'all' : [...user.operators],
    mfaEnrolled: user.totpSecret !== undefined,
  };
}

function sessionBody(s: Session, currentId: string, state: string): z.infer<typeof SessionSchema> {
  return {
    id: s.id,
    current: s.id === currentId,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    mfaVerified: s.mfaVerifiedAt !== undefined,
    active: state === 'active',
    ...(s.sourceIp ? { sourceIp: s.sourceIp } : {}),
    ...(s.userAgent ? { userAgent: s.userAgent } : {}),
  };
}
