/**
 * Ledger ids to their entries, for the decision engine's lookups of the ids a request names. Read like a Map
 * (`get`, `has`, `size`, iteration in ledger order), kept in a null-prototype object: V8 looks a string key up in
 * an object through its string table (one probe for an already internalised or thin string), while a Map with
 * keys sliced out of the YAML text compares a key of other identity (a JSON.parse string) character by character.
 * No prototype, so "__proto__", "constructor" or "toString" find only what the ledger declares; ids that are not
 * strings find nothing, as in a Map.
 */
export class IdTable<V> implements Iterable<[string, V]> {
  readonly #byId: Record<string, V>;
  readonly #ids: readonly string[];

  constructor(entries: Iterable<readonly [string, V]>) {
    const byId = Object.create(null) as Record<string, V>;
    const ids: string[] = [];
    for (const [id, value] of entries) {
      if (!Object.hasOwn(byId, id)) ids.push(id);
      byId[id] = value;
    }
    this.#byId = byId;
    this.#ids = ids;
  }

  get(id: string): V | undefined {
    // Only own properties exist on a null-prototype object; `typeof` keeps 1 from finding "1".
    return typeof id === 'string' ? this.#byId[id] : undefined;
  }

  has(id: string): boolean {
    return typeof id === 'string' && Object.hasOwn(this.#byId, id);
  }

  get size(): number {
    return this.#ids.length;
  }

  keys(): IterableIterator<string> {
    return this.#ids.values();
  }

  *[Symbol.iterator](): Iterator<[string, V]> {
    for (const id of this.#ids) yield [id, this.#byId[id] as V];
  }
}
