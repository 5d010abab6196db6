import type { ErrorCode } from '../core/app-error.ts';

/** One place maps error codes to process exit codes; a new code fails to compile until mapped. */
export const EXIT_CODE: Record<ErrorCode, number> = {
  VALIDATION: 1,
  UNPROCESSABLE: 1,
  NOT_FOUND: 2,
  CONFLICT: 3,
  UNAUTHENTICATED: 4,
  FORBIDDEN: 4,
  RATE_LIMITED: 5,
  INTERNAL: 70,
};
