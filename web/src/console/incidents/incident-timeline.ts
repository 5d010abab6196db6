import type { IncidentDetail, ReportKind } from './types.ts';

/** One thing done about an incident, from the records the incident page already has; `key` is unique. */
export type TimelineEntry = { readonly key: string } & (
  | { readonly kind: 'recorded'; readonly at: string; readonly by: string }
  | {
      readonly kind: 'report-drafted';
      readonly at: string;
      readonly by: string;
      readonly report: ReportKind;
      readonly version: number;
    }
  | { readonly kind: 'report-submitted'; readonly at: string; readonly report: ReportKind }
  | {
      readonly kind: 'action-added' | 'action-closed';
      readonly at: string;
      readonly by?: string;
      readonly text: string;
    }
  | {
      readonly kind: 'notification-dispatch' | 'notification-substitute' | 'notification-client';
      readonly at: string;
      readonly by: string;
      readonly channel?: string;
      readonly subjectId?: string;
    }
);

/**
 * The incident's history, oldest first: recorded, report versions and filings, actions added and closed, notices.
 * Ties keep the order of the steps (a report is drafted before it is filed).
 */
export function timelineOf(detail: IncidentDetail): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ key: 'recorded', kind: 'recorded', at: detail.createdAt, by: detail.createdBy }];
  for (const r of detail.reports) {
    entries.push({
      key: `draft-${r.kind}-${r.version}`,
      kind: 'report-drafted',
      at: r.createdAt,
      by: r.author,
      report: r.kind,
      version: r.version,
    });
  }
  for (const [report, at] of Object.entries(detail.submitted) as [ReportKind, string | undefined][]) {
    if (at !== undefined) entries.push({ key: `filed-${report}`, kind: 'report-submitted', at, report });
  }
  for (const a of detail.actions) {
    entries.push({ key: `action-${a.id}`, kind: 'action-added', at: a.createdAt, text: a.description });
    if (a.closedAt !== undefined) {
      entries.push({
        key: `closed-${a.id}`,
        kind: 'action-closed',
        at: a.closedAt,
        text: a.description,
        ...(a.closedBy !== undefined ? { by: a.closedBy } : {}),
      });
    }
  }
  for (const n of detail.notifications) {
    entries.push({
      key: `notice-${n.id}`,
      kind: `notification-${n.kind}`,
      at: n.recordedAt,
      by: n.recordedBy,
      ...(n.channel !== undefined ? { channel: n.channel } : {}),
      ...(n.subjectId !== undefined ? { subjectId: n.subjectId } : {}),
    });
  }
  const rank = (e: TimelineEntry) => ORDER.indexOf(e.kind);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

const ORDER: readonly TimelineEntry['kind'][] = [
  'recorded',
  'report-drafted',
  'report-submitted',
  'action-added',
  'action-closed',
  'notification-client',
  'notification-dispatch',
  'notification-substitute',
];
