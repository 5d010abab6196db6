import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../app/logger.ts';
import type { HttpEnv } from './http-env.ts';
import { principalOf, routeOf } from './request-context.ts';

/**
 * First middleware: gives the request its correlation id (also returned as `x-request-id`) and writes one log
 * line when it ends: method, route pattern (never the URL, whose ids and query may name people), status,
 * duration, request id and principal id.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    (c as unknown as Context<HttpEnv>).set('requestId', requestId);
    // Set before the response exists, so it is built with the header: setting it afterwards makes the Node
    // adapter turn its light response into a full web Response (a stream per request).
    c.header('x-request-id', requestId);
    try {
      await next();
    } finally {
      if (c.res.headers.get('x-request-id') !== requestId) c.header('x-request-id', requestId);
      const route = routeOf(c);
      const principal = principalOf(c);
      const status = c.res.status;
      const fields = {
        requestId,
        method: c.req.method,
        route: route?.path ?? '(no route)',
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        principal: principal.kind === 'anonymous' ? 'anonymous' : principal.id,
      };
      if (status >= 500) logger.error('request', fields);
      else logger.info('request', fields);
    }
  };
}
