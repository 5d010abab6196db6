import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { HttpDeps } from '../http-deps.ts';

// The same facts as GET /api/v1/accounts/{id} (one account), for every account at once: who an id is, never
// roles, secrets or state.
const EntrySchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string().optional() })
  .openapi('UserDirectoryEntry');

const route = createRoute({
  method: 'get',
  path: '/api/v1/users/directory',
  tags: ['auth'],
  summary: 'Who is who among the console’s accounts, so histories and logs show a name instead of an id',
  description:
    'Every account, disabled ones included (they still appear in histories), and the actor choices of log filters.',
  responses: {
    200: {
      description: 'The accounts',
      content: { 'application/json': { schema: z.object({ items: z.array(EntrySchema) }) } },
    },
  },
});

export function registerUserDirectoryRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(route, async (c) => {
    const users = await deps.store.users.list();
    const items = users.map((u) => ({
      id: u.id,
      email: u.email,
      ...(u.displayName === undefined ? {} : { displayName: u.displayName }),
    }));
    return c.json({ items }, 200);
  });
}
