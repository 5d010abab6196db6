import type { MiddlewareHandler } from 'hono';

/**
 * The response headers of Hono's `secureHeaders()` with its defaults (CORP, COOP, no referrer, HSTS, nosniff,
 * no framing by other sites...), on every response of the app; a test holds the two lists equal.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * Sets them before the handler runs rather than after: Hono's middleware writes them into the finished
 * response, which makes the Node adapter give up its light response (a full web Response per request). A
 * handler that sets one of these itself keeps its own value.
 */
export function securityHeaders(): MiddlewareHandler {
  return (c, next) => {
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    return next();
  };
}
