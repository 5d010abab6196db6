import type { DashboardRequestItem, DueFilter } from './types.ts';

/** Today's Japanese calendar date, YYYY-MM-DD (the dashboard counts Japanese days). */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

/** The Sunday ending the Monday-to-Sunday week of a date (as the API's "this week"). */
export function weekEnd(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  const toSunday = (7 - day.getUTCDay()) % 7;
  return new Date(day.getTime() + toSunday * 86_400_000).toISOString().slice(0, 10);
}

/** The open requests a number on the dashboard stands for, as the API counts them. */
export function itemsFor(items: readonly DashboardRequestItem[], filter: DueFilter, today: string) {
  const sunday = weekEnd(today);
  switch (filter) {
    case 'open':
      return items;
    case 'overdue':
      return items.filter((i) => i.dueOn < today);
    case 'today':
      return items.filter((i) => i.dueOn === today);
    case 'week':
      return items.filter((i) => i.dueOn >= today && i.dueOn <= sunday);
  }
}
