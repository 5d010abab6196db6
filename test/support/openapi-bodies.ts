// JSON request bodies derived from the OpenAPI document, for the security suite: every route with a JSON body,
// a sample body per route, and every string field in it (path, maxLength, whether it names a file).

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  format?: string;
  example?: unknown;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
};

export interface BodyRoute {
  readonly method: string;
  readonly path: string;
  readonly schema: JsonSchema;
}

export interface StringField {
  readonly path: readonly (string | number)[];
  readonly maxLength?: number;
  readonly fileName: boolean;
}

export type OpenApiDoc = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export function jsonBodyRoutes(doc: OpenApiDoc): BodyRoute[] {
  const routes: BodyRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (schema !== undefined) routes.push({ method: method.toUpperCase(), path, schema: resolve(doc, schema) });
    }
  }
  return routes;
}

/** Follows `$ref`s (recursively, depth-limited: the ledger schema refers to itself). */
export function resolve(doc: OpenApiDoc, schema: JsonSchema, depth = 0): JsonSchema {
  if (depth > 8) return {};
  const base = schema.$ref
    ? (doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] ?? {})
    : schema;
  const r = (s: JsonSchema) => resolve(doc, s, depth + 1);
  return {
    ...base,
    ...(base.properties
      ? { properties: Object.fromEntries(Object.entries(base.properties).map(([k, v]) => [k, r(v)])) }
      : {}),
    ...(base.items ? { items: r(base.items) } : {}),
    ...(base.anyOf ? { anyOf: base.anyOf.map(r) } : {}),
    ...(base.oneOf ? { oneOf: base.oneOf.map(r) } : {}),
    ...(base.allOf ? { allOf: base.allOf.map(r) } : {}),
  };
}

/** A plausible value: enums' first member, minimum lengths, required properties only. */
export function sample(schema: JsonSchema): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (branch) return sample(branch);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return schema.format === 'date-time' ? '2026-04-01T09:00:00Z' : 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items ?? {}));
    case 'object':
    case undefined: {
      const props = schema.properties ?? {};
      return Object.fromEntries(
        (schema.required ?? []).filter((k) => props[k]).map((k) => [k, sample(props[k] as JsonSchema)]),
      );
    }
    default:
      return null;
  }
}

/** Every string leaf, through objects, arrays (index 0) and every anyOf/oneOf branch. */
export function stringFields(
  schema: JsonSchema,
  path: (string | number)[] = [],
  out: StringField[] = [],
): StringField[] {
  if (path.length > 8) return out;
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    stringFields(branch, path, out);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') && !schema.enum) {
    if (!out.some((f) => f.path.join('.') === path.join('.'))) {
      const key = String(path.at(-1) ?? '');
      const parent = String(path.at(-3) ?? path.at(-2) ?? '');
      const fileName =
        /^(file|filename|fileName|path)$/.test(key) || (key === 'name' && /file|document|attachment/i.test(parent));
      out.push({ path, ...(schema.maxLength === undefined ? {} : { maxLength: schema.maxLength }), fileName });
    }
  }
  if (schema.items) stringFields(schema.items, [...path, 0], out);
  for (const [key, value] of Object.entries(schema.properties ?? {})) stringFields(value, [...path, key], out);
  return out;
}

/** A copy of `body` with `value` at `path`, creating objects and arrays on the way. */
export function withValue(body: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const root = structuredClone(body ?? {}) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return root;
}
