/** Mulberry32: a small seeded PRNG, so every run generates the same requests. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(list: readonly T[]): T {
    const value = list[this.int(list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }

  /** 1..max distinct elements, in list order. */
  subset<T>(list: readonly T[], max: number): T[] {
    if (list.length === 0) return [];
    const want = 1 + this.int(Math.min(max, list.length));
    const chosen = new Set<number>();
    while (chosen.size < want) chosen.add(this.int(list.length));
    return list.filter((_, i) => chosen.has(i));
  }
}
