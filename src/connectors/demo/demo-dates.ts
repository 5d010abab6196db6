// Dates as day numbers (days since 1970-01-01, UTC); text from a table built once, for speed at a million people.
const FIRST = Date.UTC(1900, 0, 1) / 86_400_000;
const LAST = Date.UTC(2100, 0, 1) / 86_400_000;
let texts: string[] | undefined;

export function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

export function dateText(day: number): string {
  texts ??= Array.from({ length: LAST - FIRST }, (_, i) =>
    new Date((FIRST + i) * 86_400_000).toISOString().slice(0, 10),
  );
  const text = texts[Math.floor(day) - FIRST];
  if (text === undefined) throw new RangeError(`day ${day} is outside 1900-2099`);
  return text;
}

/** YYYY-MM of a day. */
export function monthText(day: number): string {
  return dateText(day).slice(0, 7);
}

export const YEAR = 365;
