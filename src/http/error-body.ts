import { z } from '@hono/zod-openapi';

export const IssueSchema = z
  .object({
    path: z.string().openapi({ example: 'purposes[3].items[1]' }),
    message: z.string(),
    code: z.string().optional(),
    file: z.string().optional(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .openapi('Issue');

/** The one error shape of the API. */
export const ErrorBodySchema = z
  .object({
    code: z.string().openapi({ example: 'VALIDATION' }),
    message: z.string(),
    rule: z.string().optional().openapi({ description: 'which rule refused, stable (e.g. already-executed)' }),
    issues: z.array(IssueSchema).optional(),
    correlationId: z.string().optional(),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'Malformed request', content: { 'application/json': { schema: ErrorBodySchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorBodySchema } } },
} as const;
