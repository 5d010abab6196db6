import { japanDate } from '../japan-time.ts';
/** Calendar arithmetic on ISO dates (YYYY-MM-DD) for reviews; instants become Japanese days via japan-time.ts. */

/** `date` plus `months`, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The calendar day of an instant in Japan (UTC+9, no daylight saving): the day the records speak of. */
export function dayOf(at: Date): string {
  return japanDate(at);
}

/** The later of two ISO dates (undefined loses). */
export function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}
