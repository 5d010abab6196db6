import type { z } from 'zod';
import { deepEqual } from '../deep-equal.ts';
import { type Ledger, LedgerSchema } from '../ledger/ledger.ts';

/** The parts of a zod 4 schema definition this walk reads. */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly keyType?: z.ZodType & { readonly options?: readonly string[] };
  readonly valueType?: z.ZodType;
  readonly defaultValue?: unknown;
}

const WRAPPERS = new Set(['optional', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The ledger as plain data in a stable shape: keys in schema order (records by their enum's order), fields
 * equal to their schema default left out, so exports of the same ledger are identical text and read like
 * a hand-written ledger. Parsing the result gives the same ledger back.
 */
export function stableLedger(ledger: Ledger): Record<string, unknown> {
  return toStable(ledger, LedgerSchema) as Record<string, unknown>;
}

function toStable(value: unknown, schema: z.ZodType): unknown {
  let def = defOf(schema);
  while ((WRAPPERS.has(def.type) || def.type === 'default') && def.innerType) def = defOf(def.innerType);
  if (def.type === 'pipe' && def.in) return toStable(value, def.in);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((v) => toStable(v, element));
  }
  if (!isPlainObject(value)) return value;
  if (def.type === 'object' && def.shape) return objectToStable(value, def.shape);
  if (def.type === 'record' && def.valueType) {
    const order = def.keyType?.options ?? [];
    const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const valueType = def.valueType;
    return Object.fromEntries(
      keys.filter((k) => value[k] !== undefined).map((k) => [k, toStable(value[k], valueType)]),
    );
  }
  return value;
}

function objectToStable(value: Record<string, unknown>, shape: Readonly<Record<string, z.ZodType>>): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const v = value[key];
    if (v === undefined) continue;
    const def = defOf(field);
    if (def.type === 'default' && deepEqual(v, def.defaultValue)) continue;
    out[key] = toStable(v, field);
  }
  // Keys the schema does not know (none in a parsed ledger) keep their place at the end, sorted.
  for (const key of Object.keys(value).sort()) if (!(key in shape) && value[key] !== undefined) out[key] = value[key];
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
