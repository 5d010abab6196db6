import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { z } from 'zod';

/** Request validation failures get the API's error shape, naming each field and the reason. */
export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  const error = result.error as z.ZodError;
  return c.json(
    {
      code: 'VALIDATION',
      message: `invalid ${result.target}`,
      issues: error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || result.target,
        message: issue.message,
        code: issue.code,
      })),
    },
    400,
  );
};
