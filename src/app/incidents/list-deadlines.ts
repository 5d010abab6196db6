import type { ReportKind } from '../../core/incidents/report-items.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { Incident } from './incident-ports.ts';

/** A report to file, or (BR-10) the client a contractor has still to tell. */
export type DeadlineKind = ReportKind | 'client-notification';

export interface IncidentDeadline {
  readonly incidentId: string;
  readonly operator: string;
  readonly title: string;
  readonly kind: DeadlineKind;
  readonly due: Date;
  readonly overdue: boolean;
}

const DAY = 86_400_000;
const KINDS: readonly [DeadlineKind, keyof Incident['classification']['deadlines']][] = [
  ['ppc-preliminary', 'preliminaryReport'],
  ['ppc-confirmed', 'confirmedReport'],
  ['privacy-mark', 'privacyMarkReport'],
  ['client-notification', 'clientNotification'],
];

/** Open reports of open incidents that are overdue or due within `withinDays`, soonest first (dashboard). */
export async function listDeadlines(
  deps: Pick<IncidentDeps, 'store' | 'clock'>,
  options: { readonly withinDays: number; readonly operators?: readonly string[] },
): Promise<IncidentDeadline[]> {
  const now = deps.clock.now().getTime();
  const horizon = now + options.withinDays * DAY;
  const incidents = await deps.store.incidents.list({
    status: 'open',
    ...(options.operators ? { operators: options.operators } : {}),
  });
  const out: IncidentDeadline[] = [];
  for (const incident of incidents) {
    for (const [kind, key] of KINDS) {
      const due = incident.classification.deadlines[key];
      const filed = kind !== 'client-notification' && incident.submitted[kind] !== undefined;
      if (due === undefined || filed || due.getTime() > horizon) continue;
      const { id: incidentId, operator, title } = incident;
      out.push({ incidentId, operator, title, kind, due, overdue: due.getTime() < now });
    }
  }
  return out.sort((a, b) => a.due.getTime() - b.due.getTime());
}
