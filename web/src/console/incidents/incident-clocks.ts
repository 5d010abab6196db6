import type { IncidentRecord, ReportKind } from './types.ts';

/** A report to file, or (BR-10) the client a contractor still has to tell: the server's deadline kinds. */
export type ClockKind = ReportKind | 'client-notification';

export interface Clock {
  readonly kind: ClockKind;
  /** ISO instant: the end of the Japanese day the period ends on. */
  readonly due: string;
  /** When the report was filed (the clock is met). */
  readonly filedAt?: string;
  readonly state: 'filed' | 'overdue' | 'due-soon' | 'upcoming';
}

type DeadlineKey = keyof IncidentRecord['classification']['deadlines'];
const CLOCKS: readonly (readonly [ClockKind, DeadlineKey])[] = [
  ['ppc-preliminary', 'preliminaryReport'],
  ['ppc-confirmed', 'confirmedReport'],
  ['privacy-mark', 'privacyMarkReport'],
  ['client-notification', 'clientNotification'],
];
const DAY = 86_400_000;
/** "Due soon" as the request queue counts it: within three days. */
export const SOON_DAYS = 3;

/** The incident's clocks in the order of the law (preliminary, confirmed, Privacy Mark, client), with their state. */
export function clocksOf(incident: IncidentRecord, now: Date): Clock[] {
  const out: Clock[] = [];
  for (const [kind, key] of CLOCKS) {
    const due = incident.classification.deadlines[key];
    if (due === undefined) continue;
    const filedAt = kind === 'client-notification' ? undefined : incident.submitted[kind];
    const left = new Date(due).getTime() - now.getTime();
    const state =
      filedAt !== undefined ? 'filed' : left < 0 ? 'overdue' : left <= SOON_DAYS * DAY ? 'due-soon' : 'upcoming';
    out.push({ kind, due, ...(filedAt !== undefined ? { filedAt } : {}), state });
  }
  return out;
}

/** The soonest clock still running of an open incident (undefined: nothing owed, or closed). */
export function nextDeadline(incident: IncidentRecord, now: Date): Clock | undefined {
  if (incident.status === 'closed') return undefined;
  return clocksOf(incident, now)
    .filter((c) => c.state !== 'filed')
    .sort((a, b) => a.due.localeCompare(b.due))[0];
}

/** An open incident with a report or client notice past its deadline (the dashboard's overdue). */
export function isOverdue(incident: IncidentRecord, now: Date): boolean {
  return nextDeadline(incident, now)?.state === 'overdue';
}
