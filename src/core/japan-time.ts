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
