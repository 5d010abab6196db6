import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../app/logger.ts';
import { AppError } from '../core/app-error.ts';
import { ERROR_STATUS } from './error-status.ts';

/** Maps any thrown error to the API's error shape; unknown errors become a 500 with a correlation id. */
export function handleError(logger: Logger) {
  return (error: Error, c: Context) => {
    // INTERNAL is ours but still internal: its message (key ids, stored-row damage) stays in the server log.
    if (error instanceof AppError && error.code !== 'INTERNAL') {
      const rule = error.details.rule;
      const body = {
        code: error.code,
        message: error.message,
        // A stable sub-code saying which rule refused (e.g. already-executed), for callers that branch on it.
        ...(typeof rule === 'string' ? { rule } : {}),
        ...(error.issues.length ? { issues: error.issues } : {}),
      };
      return c.json(body, ERROR_STATUS[error.code]);
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      const code =
        status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 401
            ? 'UNAUTHENTICATED'
            : status === 400
              ? 'VALIDATION'
              : 'HTTP_ERROR';
      return c.json({ code, message: error.message || 'request refused' }, status);
    }
    const correlationId = randomUUID();
    // The stack frames stay in the server log; the message does not, since driver messages may quote values
    // (a duplicate key, a date that failed to parse). The caller gets only the id to quote.
    const frames = String(error.stack ?? '')
      .split('\n')
      .slice(1)
      .join('\n');
    const driverCode = (error as { code?: unknown }).code;
    logger.error('unhandled error', {
      correlationId,
      name: error.name,
      ...(typeof driverCode === 'string' ? { code: driverCode } : {}),
      stack: frames,
    });
    return c.json({ code: 'INTERNAL', message: 'internal error', correlationId }, 500);
  };
}
