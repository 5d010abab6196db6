import type { Context, MiddlewareHandler } from 'hono';
import type { EvidenceLog } from '../app/evidence-log.ts';
import type { Logger } from '../app/logger.ts';
import type { Clock } from '../app/ports.ts';
import { recordAccess } from '../app/record-access.ts';
import { checkAccess } from '../core/auth/check-access.ts';
import { clientAddress, type IpAllowList, ipRefusal, NO_IP_RESTRICTIONS } from '../core/auth/ip-allow-list.ts';
import { findPermission, routeKey } from '../core/auth/permissions.ts';
import { principalOf, requestIdOf, routeOf } from './request-context.ts';

export interface AuthorizeOptions {
  readonly evidence: EvidenceLog;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly ipAllow?: IpAllowList;
}

/**
 * Applied to every route, after authentication: finds the matched route's rule in the permission table (none:
 * refused), then refuses callers outside their IP allow-lists (403 IP_NOT_ALLOWED, recorded as evidence),
 * anonymous callers (401), roles the rule does not name (403) and users without a second factor where the
 * rule asks for one (403 MFA_REQUIRED). Operator scope is the handlers' part (`assertOperatorVisible`).
 */
export function authorize(options: AuthorizeOptions): MiddlewareHandler {
  const allow = options.ipAllow ?? NO_IP_RESTRICTIONS;
  return async (c, next) => {
    const route = routeOf(c);
    // No route: the app's 404 answers, and nothing is revealed by it.
    if (route === undefined) return next();
    const permission = findPermission(route.method, route.path);
    if (permission?.public) return next();
    const principal = principalOf(c);
    const refusal = ipRefusal(allow, principal, () => clientIp(c, allow));
    if (refusal !== undefined) {
      await refuseIp(c, options, routeKey(route.method, route.path), refusal);
      return c.json({ code: 'IP_NOT_ALLOWED', message: `this address is not on the allow-list (${refusal})` }, 403);
    }
    const outcome = checkAccess(permission, principal);
    if (!outcome.allowed) return c.json({ code: outcome.code, message: outcome.message }, outcome.status);
    return next();
  };
}

/** The client's address from the socket, or X-Forwarded-For when the socket peer is a trusted proxy. */
export function clientIp(c: Context, allow: IpAllowList): string | undefined {
  return clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), allow.trustedProxies);
}

function peerAddress(c: Context): string | undefined {
  // @hono/node-server puts the Node request in env.incoming (env.server.incoming behind some adapters).
  const env = c.env as { incoming?: Incoming; server?: { incoming?: Incoming } } | undefined;
  return (env?.server?.incoming ?? env?.incoming)?.socket?.remoteAddress;
}
type Incoming = { socket?: { remoteAddress?: string } };

async function refuseIp(c: Context, options: AuthorizeOptions, route: string, refusal: string): Promise<void> {
  const principal = principalOf(c);
  const requestId = requestIdOf(c);
  options.logger.warn('access refused: address not on the allow-list', {
    requestId,
    route,
    list: refusal,
    principal: principal.kind === 'anonymous' ? 'anonymous' : principal.id,
  });
  await recordAccess(
    options.evidence,
    { principal, route, requestId, at: options.clock.now() },
    { type: 'access-denied', detail: { reason: 'IP_NOT_ALLOWED', list: refusal } },
  );
}
