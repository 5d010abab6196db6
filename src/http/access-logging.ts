import type { MiddlewareHandler } from 'hono';
import type { EvidenceLog } from '../app/evidence-log.ts';
import type { Clock } from '../app/ports.ts';
import { recordAccess } from '../app/record-access.ts';
import { findPermission, routeKey } from '../core/auth/permissions.ts';
import { accessRecordOf, principalOf, requestIdOf, routeOf } from './request-context.ts';

/**
 * Logging of use: after a successful call to a route the permission table marks (personal data read, export,
 * ledger change), or one whose handler set an `accessRecord`, writes an evidence entry with who, operator
 * scope, role, route, purpose, subject ids, item names and row counts (never values). The response waits for
 * the entry to be durable; if it cannot be written the call fails rather than go unrecorded.
 */
export function accessLogging(deps: { readonly evidence: EvidenceLog; readonly clock: Clock }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const route = routeOf(c);
    if (route === undefined) return;
    const record = accessRecordOf(c);
    const type = record?.type ?? findPermission(route.method, route.path)?.evidence;
    if (type === undefined) return;
    await recordAccess(
      deps.evidence,
      {
        principal: principalOf(c),
        route: routeKey(route.method, route.path),
        requestId: requestIdOf(c),
        at: deps.clock.now(),
      },
      { ...record, type },
    );
  };
}
