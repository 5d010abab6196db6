const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * The end of the calendar day (Japan time) `days` after `from`: a request received on 1 April JST with 14 days is
 * due at the end of 15 April JST. "Without delay" made concrete by the operator's target days.
 */
export function addJapanDays(from: Date, days: number): Date {
  const jst = new Date(from.getTime() + JST_OFFSET_MS);
  const endOfDayJst = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + days, 23, 59, 59, 999);
  return new Date(endOfDayJst - JST_OFFSET_MS);
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-track';

/** Overdue once the due time has passed; due soon within `soonDays` days of it. */
export function deadlineState(dueAt: Date, now: Date, soonDays = 3): DeadlineState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= soonDays * DAY_MS ? 'due-soon' : 'on-track';
}
