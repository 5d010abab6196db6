/**
 * Ledger ids to values in a null-prototype object, the lookup Mamori's engine uses (src/core/policy/id-table.ts),
 * written again here so a slip on either side shows up as a mismatch. V8 finds a string key in an object through
 * its string table, where a Map whose keys are slices of the YAML text compares a key of other identity character
 * by character; the baselines use it too, so they stay the floor for an engine handed strings.
 */
export type IdDict<V> = Readonly<Record<string, V | undefined>>;

export function idDict<V>(entries: Iterable<readonly [string, V]>): IdDict<V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [id, value] of entries) out[id] = value;
  return out;
}

/** A set of ids: `set[id] === true`. */
export function idSet(ids: Iterable<string>): IdDict<true> {
  const out = Object.create(null) as Record<string, true>;
  for (const id of ids) out[id] = true;
  return out;
}
