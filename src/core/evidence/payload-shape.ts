import { quoteIfPlain } from './plain-text.ts';

/** An object's keys in canonical order, each written as `"key":`: the same for every object of one shape. */
export interface PayloadShape {
  readonly keys: readonly string[];
  readonly sorted: readonly string[];
  readonly prefixes: readonly string[];
  /** The same after a comma, for every key but the first written. */
  readonly commaPrefixes: readonly string[];
}

// Payloads of one kind have the same keys in the same order: their sort and quoting are done once and kept, by
// first key, for objects whose keys are all plain (others, e.g. keys that are ids, take the careful path).
const SHAPES = new Map<string, PayloadShape[]>();
const SHAPE_CACHE_SIZE = 512;
const MAX_SHAPE_KEYS = 32;
let shapeCount = 0;

/** The shape of an object with these keys (Object.keys order), or undefined when a key is not plain. */
export function plainShape(keys: readonly string[]): PayloadShape | undefined {
  const first = keys[0];
  if (first === undefined || keys.length > MAX_SHAPE_KEYS) return undefined;
  const known = SHAPES.get(first);
  if (known !== undefined) {
    for (const shape of known) if (sameKeys(shape.keys, keys)) return shape;
  }
  // Default sort compares UTF-16 code units, as canonicalJson's comparator does.
  const sorted = [...keys].sort();
  const prefixes: string[] = [];
  for (const key of sorted) {
    const text = quoteIfPlain(key);
    if (text === undefined) return undefined;
    prefixes.push(`${text}:`);
  }
  if (shapeCount >= SHAPE_CACHE_SIZE) {
    SHAPES.clear();
    shapeCount = 0;
  }
  const shape = { keys: [...keys], sorted, prefixes, commaPrefixes: prefixes.map((prefix) => `,${prefix}`) };
  SHAPES.set(first, [...(SHAPES.get(first) ?? []), shape]);
  shapeCount++;
  return shape;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
