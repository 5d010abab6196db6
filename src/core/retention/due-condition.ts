import type { CellValue } from '../dataset/dataset-rows.ts';

/**
 * Which rows of a table are due for disposal, as data: connectors compile it to SQL for their engine. Every node
 * evaluates to true or false, never SQL's unknown (NULLs are tested explicitly), so `not` is always safe.
 */
export type DueCondition =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  | { readonly kind: 'and'; readonly all: readonly DueCondition[] }
  | { readonly kind: 'or'; readonly any: readonly DueCondition[] }
  | { readonly kind: 'not'; readonly of: DueCondition }
  | { readonly kind: 'is-null'; readonly column: string }
  /** The column holds a value earlier than `before` (a date `YYYY-MM-DD`; timestamps on that day are not). */
  | { readonly kind: 'before'; readonly column: string; readonly before: string }
  /** The column holds exactly `value` (a NULL column never equals anything). */
  | { readonly kind: 'equals'; readonly column: string; readonly value: CellValue }
  | { readonly kind: 'key-in'; readonly column: string; readonly keys: readonly CellValue[] }
  /** Placeholder for the rows of people under a legal hold; `withHeldKeys` replaces it before compiling. */
  | { readonly kind: 'not-held'; readonly table: string; readonly column: string }
  /** Some row of `table` has `column` equal to this row's `parentKey` and satisfies `where`. */
  | {
      readonly kind: 'referenced';
      readonly table: string;
      readonly column: string;
      readonly parentKey: string;
      readonly where: DueCondition;
    };

export const TRUE: DueCondition = { kind: 'true' };
export const FALSE: DueCondition = { kind: 'false' };

/** Conjunction with constant folding (so a blocked target compiles to `false`, not a long predicate). */
export function and(...parts: readonly DueCondition[]): DueCondition {
  const all: DueCondition[] = [];
  for (const part of parts) {
    if (part.kind === 'false') return FALSE;
    if (part.kind === 'true') continue;
    if (part.kind === 'and') all.push(...part.all);
    else all.push(part);
  }
  if (all.length === 0) return TRUE;
  return all.length === 1 ? all[0]! : { kind: 'and', all };
}

export function or(...parts: readonly DueCondition[]): DueCondition {
  const any: DueCondition[] = [];
  for (const part of parts) {
    if (part.kind === 'true') return TRUE;
    if (part.kind === 'false') continue;
    if (part.kind === 'or') any.push(...part.any);
    else any.push(part);
  }
  if (any.length === 0) return FALSE;
  return any.length === 1 ? any[0]! : { kind: 'or', any };
}

export function not(of: DueCondition): DueCondition {
  if (of.kind === 'true') return FALSE;
  if (of.kind === 'false') return TRUE;
  if (of.kind === 'not') return of.of;
  return { kind: 'not', of };
}

/** Keys of held people's rows per table (table name to keys). */
export type HeldKeys = ReadonlyMap<string, readonly CellValue[]>;

/** Replaces every `not-held` placeholder by the held rows' keys (or by `true` when nobody in that table is held). */
export function withHeldKeys(condition: DueCondition, held: HeldKeys): DueCondition {
  switch (condition.kind) {
    case 'not-held': {
      const keys = held.get(condition.table) ?? [];
      return keys.length === 0 ? TRUE : not({ kind: 'key-in', column: condition.column, keys });
    }
    case 'and':
      return and(...condition.all.map((c) => withHeldKeys(c, held)));
    case 'or':
      return or(...condition.any.map((c) => withHeldKeys(c, held)));
    case 'not':
      return not(withHeldKeys(condition.of, held));
    case 'referenced':
      return { ...condition, where: withHeldKeys(condition.where, held) };
    default:
      return condition;
  }
}
