import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../core/app-error.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';

const AccountNameSchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string().optional() })
  .openapi('AccountName');

const accountName = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{id}',
  tags: ['auth'],
  summary: 'Who an account id in a timeline or record is (e-mail and display name), for the console',
  security: [{ adminToken: [] }],
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The account', content: { 'application/json': { schema: AccountNameSchema } } },
    401: { description: 'Not logged in', content: { 'application/json': { schema: ErrorBodySchema } } },
    404: errorResponses[404],
  },
});

/** Records name their actors by account id; colleagues see who that is (never roles, secrets or state). */
export function registerAccountNameRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(accountName, async (c) => {
    const user = await deps.store.users.get(c.req.valid('param').id);
    if (user === undefined) throw new AppError('NOT_FOUND', 'no such account');
    return c.json(
      { id: user.id, email: user.email, ...(user.displayName ? { displayName: user.displayName } : {}) },
      200,
    );
  });
}
