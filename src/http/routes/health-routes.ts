import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { HttpDeps } from '../http-deps.ts';

const HealthSchema = z.object({ status: z.literal('ok'), store: z.enum(['sqlite', 'postgres']) }).openapi('Health');

const health = createRoute({
  method: 'get',
  security: [],
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and the store in use',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: HealthSchema } } },
    503: {
      description: 'The database does not answer',
      content: { 'application/json': { schema: z.object({ status: z.literal('unavailable'), store: z.string() }) } },
    },
  },
});

export function registerHealthRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(health, async (c) => {
    try {
      await deps.store.ping();
      return c.json({ status: 'ok' as const, store: deps.store.kind }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, store: deps.store.kind }, 503);
    }
  });
}
