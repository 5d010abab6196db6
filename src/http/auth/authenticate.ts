import type { Context, MiddlewareHandler } from 'hono';
import type { AuthDeps } from '../../app/auth/auth-deps.ts';
import { resolveApiToken } from '../../app/auth/resolve-api-token.ts';
import { resolveSession } from '../../app/auth/resolve-session.ts';
import { AppError } from '../../core/app-error.ts';
import type { IpAllowList } from '../../core/auth/ip-allow-list.ts';
import type { Principal } from '../../core/auth/principal.ts';
import type { HttpEnv } from '../http-env.ts';
import { csrfMatches, UNSAFE_METHODS } from './csrf.ts';
import { type LiveSession, setLiveSession } from './live-session.ts';
import { isHttps } from './request-origin.ts';
import { clearSessionCookies, readSessionCookie } from './session-cookie.ts';

const ANONYMOUS: Principal = { kind: 'anonymous' };

/**
 * Sets `c.var.principal` on every request: the application behind a valid bearer token, the user behind a valid
 * session cookie whose login is complete, else anonymous. It never refuses a request for being anonymous (the
 * authorization middleware decides); it refuses cookie-authenticated POST/PUT/PATCH/DELETE without the session's
 * CSRF token in x-csrf-token. A session still logging in (second factor, password change, enrolment) is anonymous
 * to everything but the auth routes, which find it with `liveSessionOf`.
 */
export function authenticate(auth: AuthDeps, ipAllow?: IpAllowList): MiddlewareHandler {
  return async (c, next) => {
    const vars = c as unknown as Context<HttpEnv>;
    vars.set('principal', await principalFor(c, auth, ipAllow));
    await next();
  };
}

async function principalFor(c: Context, auth: AuthDeps, ipAllow: IpAllowList | undefined): Promise<Principal> {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    // A bearer token wins over any cookie: it cannot be sent by another site, so no CSRF check applies.
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (token === undefined) return ANONYMOUS;
    const resolved = await resolveApiToken(auth, token);
    return resolved.ok ? resolved.principal : ANONYMOUS;
  }
  const token = readSessionCookie(c);
  if (token === undefined) return ANONYMOUS;
  const resolved = await resolveSession(auth, token);
  if (!resolved.ok) {
    // Expired or revoked: tell the browser to drop it.
    clearSessionCookies(c, isHttps(c, ipAllow));
    return ANONYMOUS;
  }
  if (UNSAFE_METHODS.has(c.req.method) && !csrfMatches(token, c.req.header('x-csrf-token'))) {
    throw new AppError('FORBIDDEN', 'the CSRF token is missing or wrong: send the mamori_csrf cookie in x-csrf-token');
  }
  setLiveSession(c, resolved);
  return resolved.stage === 'complete' ? userPrincipal(resolved) : ANONYMOUS;
}

function userPrincipal(live: LiveSession): Principal {
  return {
    kind: 'user',
    id: live.user.id,
    roles: live.user.roles,
    operators: live.user.operators,
    mfa: live.session.mfaVerifiedAt !== undefined,
    sessionId: live.session.id,
  };
}
