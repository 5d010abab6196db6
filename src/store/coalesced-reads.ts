interface Waiting<V> {
  readonly id: string;
  resolve(rows: readonly V[]): void;
  reject(error: unknown): void;
}

/** Most ids in one read: a larger wave is split (the statement's parameter stays small). */
const MAX_IDS = 500;

/**
 * One person's rows asked by many callers at the same time (concurrent API calls reading consent states) become
 * one read for all of them: asks made in one turn of the event loop are gathered and answered by `readMany`.
 * Each round trip to PostgreSQL (and each statement on SQLite) costs more than the rows it returns; the read
 * starts after the ask, so it sees every write committed before it.
 */
export class CoalescedReads<V> {
  readonly #readMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, readonly V[]>>;
  #waiting: Waiting<V>[] = [];

  constructor(readMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, readonly V[]>>) {
    this.#readMany = readMany;
  }

  read(id: string): Promise<readonly V[]> {
    return new Promise((resolve, reject) => {
      if (this.#waiting.length === 0) setImmediate(() => this.#flush());
      this.#waiting.push({ id, resolve, reject });
    });
  }

  #flush(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (let from = 0; from < waiting.length; from += MAX_IDS) {
      const wave = waiting.slice(from, from + MAX_IDS);
      const ids = [...new Set(wave.map((w) => w.id))];
      this.#readMany(ids).then(
        (rows) => {
          for (const w of wave) w.resolve(rows.get(w.id) ?? []);
        },
        (error: unknown) => {
          for (const w of wave) w.reject(error);
        },
      );
    }
  }
}
