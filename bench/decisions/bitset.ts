/**
 * Interns ids of one kind to small integers; new ids (from requests or consents) get the next number. Looked up
 * in a null-prototype object, as Mamori's engine and the Map baseline look ledger ids up (id-dict.ts).
 */
export class Interner {
  readonly #ids = Object.create(null) as Record<string, number>;
  #size = 0;

  constructor(known: readonly string[] = []) {
    for (const id of known) this.of(id);
  }

  of(id: string): number {
    let n = this.#ids[id];
    if (n === undefined) {
      n = this.#size++;
      this.#ids[id] = n;
    }
    return n;
  }

  /** -1 for an id never seen (an unknown element of the ledger). */
  find(id: string): number {
    return this.#ids[id] ?? -1;
  }

  get size(): number {
    return this.#size;
  }
}

/** Rows of fixed-width bitsets in one Int32Array: row r, word w at r * words + w. */
export class BitRows {
  readonly words: number;
  readonly bits: Int32Array;

  constructor(rows: number, width: number) {
    this.words = Math.max(1, Math.ceil(width / 32));
    this.bits = new Int32Array(Math.max(1, rows) * this.words);
  }

  set(row: number, bit: number): void {
    const at = row * this.words + (bit >>> 5);
    this.bits[at] = (this.bits[at] as number) | (1 << (bit & 31));
  }

  has(row: number, bit: number): boolean {
    return ((this.bits[row * this.words + (bit >>> 5)] as number) & (1 << (bit & 31))) !== 0;
  }

  fill(row: number): void {
    this.bits.fill(-1, row * this.words, (row + 1) * this.words);
  }
}

/** Whether row a of `x` is a subset of row b of `y` (same width). */
export function subsetOf(x: BitRows, a: number, y: BitRows, b: number): boolean {
  const w = x.words;
  for (let i = 0; i < w; i++) {
    if (((x.bits[a * w + i] as number) & ~(y.bits[b * w + i] as number)) !== 0) return false;
  }
  return true;
}

/** Whether row a of `x` meets row b of `y`. */
export function meets(x: BitRows, a: number, y: BitRows, b: number): boolean {
  const w = x.words;
  for (let i = 0; i < w; i++) {
    if (((x.bits[a * w + i] as number) & (y.bits[b * w + i] as number)) !== 0) return true;
  }
  return false;
}
