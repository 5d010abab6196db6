import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { validateSynchronously } from '../../src/http/sync-validation.ts';

test('request schemas parse synchronously with the same results as before, errors included', async () => {
  const Body = z.object({ id: z.string().min(2), tags: z.array(z.string()).max(2).optional() });
  const Query = z.object({ limit: z.coerce.number().int().max(10).default(5) });
  const reference = z.object({ id: z.string().min(2), tags: z.array(z.string()).max(2).optional() });
  const app = new OpenAPIHono();
  validateSynchronously(app);
  const route = createRoute({
    method: 'post',
    path: '/things',
    request: { query: Query, body: { content: { 'application/json': { schema: Body } } } },
    responses: { 200: { description: 'ok' } },
  });
  app.openapi(route, (c) => c.json({ body: c.req.valid('json'), query: c.req.valid('query') }, 200));
  for (const input of [{ id: 'ab', tags: ['x'] }, { id: 'a' }, { id: 3 }, { id: 'abc', tags: ['1', '2', '3'] }, null]) {
    assert.deepEqual(await Body.safeParseAsync(input), await reference.safeParseAsync(input));
  }
  // The validator's parse went through the synchronous one (where zod's compiled fast path is).
  const parse = Body.safeParse.bind(Body);
  let syncParses = 0;
  Body.safeParse = ((data: unknown) => {
    syncParses++;
    return parse(data);
  }) as typeof Body.safeParse;
  const ok = await app.request('/things?limit=3', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'ab' }),
  });
  assert.deepEqual(await ok.json(), { body: { id: 'ab' }, query: { limit: 3 } });
  assert.equal(syncParses, 1);
  const bad = await app.request('/things?limit=30', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'ab' }),
  });
  assert.equal(bad.status, 400);
});
