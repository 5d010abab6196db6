// Date and time fields (datetime-local) are Japan wall-clock time, whatever the browser's zone: the records speak
// of Japanese days (BR-8, the complaint deadlines, the management records). Shared by every console form.
const JAPAN_OFFSET = 9 * 3_600_000;

/** Now as a Japan wall-clock `YYYY-MM-DDTHH:mm` (a form's default). */
export function japanLocalNow(now: Date): string {
  return new Date(now.getTime() + JAPAN_OFFSET).toISOString().slice(0, 16);
}

/** Today's Japanese date, `YYYY-MM-DD`. */
export function japanToday(now: Date): string {
  return japanLocalNow(now).slice(0, 10);
}

/**
 * A datetime-local value read as Japan time, as a UTC instant (`...Z`, which every API date field takes); anything
 * else is passed on unchanged for the API to refuse at the field.
 */
export function japanLocalToIso(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return local;
  const at = new Date(`${local}:00+09:00`);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

/** The instant a Japanese day (`YYYY-MM-DD`) starts, `plusDays` later; undefined for anything else. */
export function japanDayStart(date: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const at = new Date(`${date}T00:00:00+09:00`);
  return Number.isNaN(at.getTime()) ? undefined : new Date(at.getTime() + plusDays * 86_400_000).toISOString();
}
