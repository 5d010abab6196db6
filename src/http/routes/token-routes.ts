import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AuthDeps } from '../../app/auth/auth-deps.ts';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { type ApiTokenSummary, listApiTokens } from '../../app/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { actorId, principalOf } from '../request-context.ts';
import { body, errors, json, TokenInputSchema, TokenSchema } from './auth-schemas.ts';

const tags = ['tokens'];
const create = createRoute({
  method: 'post',
  path: '/api/v1/tokens',
  tags,
  summary: 'Issue an API token for an application; the token is in this response only',
  request: body(TokenInputSchema),
  responses: {
    201: json(TokenSchema.extend({ token: z.string() }), 'Issued: store the token now, it is not shown again'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/tokens',
  tags,
  summary: 'API tokens (never their values), newest first',
  responses: { 200: json(z.object({ items: z.array(TokenSchema) }), 'Tokens'), 401: errors[401], 403: errors[403] },
});
const revoke = createRoute({
  method: 'delete',
  path: '/api/v1/tokens/{id}',
  tags,
  summary: 'Revoke an API token now',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 204: { description: 'Revoked' }, 401: errors[401], 403: errors[403], 404: errors[404] },
});

export function registerTokenRoutes(app: OpenAPIHono, auth: AuthDeps): void {
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const { token, apiToken } = await createApiToken(auth, {
      name: input.name,
      operators: input.operators,
      ledgerRoles: input.ledgerRoles,
      purposes: input.purposes,
      ...(input.expiresInDays === undefined ? {} : { expiresInDays: input.expiresInDays }),
      creator: principalOf(c),
      actor: `user:${actorId(c)}`,
    });
    const { tokenHash: _, ...summary } = apiToken;
    return c.json({ ...tokenBody({ ...summary, status: 'active' }), token }, 201);
  });
  app.openapi(list, async (c) => {
    return c.json({ items: (await listApiTokens(auth, viewerOperators(c))).map(tokenBody) }, 200);
  });
  app.openapi(revoke, async (c) => {
    await revokeApiToken(auth, {
      id: c.req.valid('param').id,
      actor: `user:${actorId(c)}`,
      viewer: viewerOperators(c),
    });
    return c.body(null, 204);
  });
}

function tokenBody(t: ApiTokenSummary): z.infer<typeof TokenSchema> {
  return {
    id: t.id,
    name: t.name,
    operators: t.operators === 'all' ? 'all' : [...t.operators],
    ledgerRoles: [...t.ledgerRoles],
    purposes: t.purposes === 'all' ? 'all' : [...t.purposes],
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    expiresAt: t.expiresAt.toISOString(),
    ...(t.revokedAt ? { revokedAt: t.revokedAt.toISOString() } : {}),
    ...(t.lastUsedAt ? { lastUsedAt: t.lastUsedAt.toISOString() } : {}),
    status: t.status,
  };
}

function viewerOperators(c: Context): readonly string[] | 'all' {
  const principal = principalOf(c);
  return principal.kind === 'anonymous' ? [] : principal.operators;
}
