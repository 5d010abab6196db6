/** A record of counts as rows, the largest first (then by name), leaving out zeros. */
export function countRows(counts: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A completion rate (0..1, as the API rounds it) as a whole percentage. */
export function percent(rate: number): number {
  return Math.round(Math.min(1, Math.max(0, rate)) * 100);
}
