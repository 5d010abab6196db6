const DAY_MS = 86_400_000;

export type DeadlineState = 'overdue' | 'due-soon' | 'on-track';

/** Overdue once the due time has passed; due soon within `soonDays` days of it. */
export function deadlineState(dueAt: Date, now: Date, soonDays = 3): DeadlineState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= soonDays * DAY_MS ? 'due-soon' : 'on-track';
}
