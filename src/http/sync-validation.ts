import type { OpenAPIHono } from '@hono/zod-openapi';

interface Parseable {
  safeParse(data: unknown, params?: unknown): unknown;
  safeParseAsync(data: unknown, params?: unknown): Promise<unknown>;
}

/**
 * zod compiles an object schema into a fast parser (about 3x faster here) that only synchronous parses take,
 * and the OpenAPI validator parses asynchronously. No Mamori request schema has an asynchronous check, so for
 * them both parses give the same result: each route's request schemas are made to parse synchronously.
 */
export function validateSynchronously(app: OpenAPIHono): void {
  const register = app.openapi;
  app.openapi = ((route, handler, hook) => {
    const request = route.request;
    const schemas: unknown[] = [request?.query, request?.params, request?.headers, request?.cookies];
    for (const content of Object.values(request?.body?.content ?? {})) {
      if (content !== undefined && 'schema' in content) schemas.push(content.schema);
    }
    for (const schema of schemas) if (isParseable(schema)) syncParse(schema);
    return register(route, handler, hook);
  }) as typeof app.openapi;
}

function syncParse(schema: Parseable): void {
  schema.safeParseAsync = (data, params) => Promise.resolve(schema.safeParse(data, params));
}

function isParseable(value: unknown): value is Parseable {
  return typeof (value as Partial<Parseable> | undefined)?.safeParse === 'function';
}
