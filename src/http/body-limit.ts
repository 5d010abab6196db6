import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's bodyLimit, minus its cost on ordinary requests: it reads `c.req.raw.body` first, which makes the Node
 * adapter build a full web Request with a stream for every call (GETs included) and loses the adapter's fast
 * body read. A Content-Length without Transfer-Encoding is the body's size, and GET and HEAD handlers read no
 * body; anything else (chunked, HTTP/2 without a length, in-process requests) goes through Hono's counting reader.
 */
export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const counting = bodyLimit({ maxSize, onError });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? Promise.resolve(onError(c)) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return counting(c, next);
  };
}
