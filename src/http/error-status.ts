import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../core/app-error.ts';

/** One place maps error codes to HTTP statuses; a new code fails to compile until mapped. */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};
