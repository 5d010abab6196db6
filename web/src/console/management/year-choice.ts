/** The year from a `?year=` value when it is one the API takes (2000..2100), else the fallback. */
export function yearFrom(value: string | null, fallback: number): number {
  const year = Number(value);
  return value !== null && /^\d{4}$/.test(value) && year >= 2000 && year <= 2100 ? year : fallback;
}

/** The years offered in a year choice: a few back (last year's plans are still worked on), one ahead, and `shown`. */
export function yearChoices(current: number, shown: number): number[] {
  const years = new Set([current + 1, current, current - 1, current - 2, current - 3, shown]);
  return [...years].sort((a, b) => b - a);
}
