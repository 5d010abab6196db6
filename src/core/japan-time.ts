/**
 * Japan's calendar (UTC+9, no daylight saving): legal days, letter dates and review dates are Japanese days,
 * whatever time zone the server runs in. Every conversion goes through here.
 */
const JST_OFFSET_MS = 9 * 3_600_000;

/** The Japanese calendar day of an instant, `YYYY-MM-DD`. */
export function japanDate(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant shifted so its UTC fields read as Japan's wall clock (for month and quarter keys). */
export function japanWallClock(instant: Date): Date {
  return new Date(instant.getTime() + JST_OFFSET_MS);
}

/** The last millisecond of a Japanese calendar day given as `YYYY-MM-DD`. */
export function endOfJapanDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+09:00`);
}

/** The end of the Japanese calendar day `days` after the day of `from`. */
export function addJapanDays(from: Date, days: number): Date {
  const jst = japanWallClock(from);
  const endOfDay = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + days, 23, 59, 59, 999);
  return new Date(endOfDay - JST_OFFSET_MS);
}

/** A Japanese calendar date (`YYYY-MM-DD`) moved by whole days. */
export function shiftJapanDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The last day of a period of years, months and days that starts with an event on `date` (Civil Code Art. 140,
 * 143): the event's own day is not counted, and a period of months or years ends the day before the corresponding
 * day of the last month, or on that month's last day when it has no corresponding day.
 */
export function civilPeriodEnd(
  date: string,
  period: {
    readonly years?: number | undefined;
    readonly months?: number | undefined;
    readonly days?: number | undefined;
  },
): string {
  const [y, m, d] = shiftJapanDate(date, 1).split('-').map(Number) as [number, number, number];
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  let end = shiftJapanDate(date, 0);
  if (months > 0) {
    const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    const corresponding = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
    end = d > lastDay ? corresponding : shiftJapanDate(corresponding, -1);
  }
  return shiftJapanDate(end, period.days ?? 0);
}
