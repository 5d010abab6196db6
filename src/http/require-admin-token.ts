import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.ts';

/**
 * Writes need the bootstrap administrator token (Authorization: Bearer ...). Only its hash is held in memory,
 * compared in constant time.
 */
export function requireAdminToken(adminTokenHash: string): MiddlewareHandler {
  const expected = Buffer.from(adminTokenHash, 'hex');
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'an administrator token is required (Authorization: Bearer ...)');
    const given = createHash('sha256').update(match[1]).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('UNAUTHENTICATED', 'the administrator token is not valid');
    }
    await next();
  };
}
