/** One entry of the evidence log (GET /api/v1/evidence) or the access log (GET /api/v1/access-log). */
export interface LogEntry {
  readonly seq: number;
  readonly type: string;
  readonly actor: string;
  readonly subject?: string;
  readonly at: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly hash: string;
}

export interface LogPage {
  readonly items: readonly LogEntry[];
  readonly next?: number;
}

// The server's EVIDENCE_TYPES (src/core/evidence/evidence-types.ts); an unknown type still lists, raw.
export const EVIDENCE_TYPES = [
  'decision',
  'consent',
  'suspension',
  'provision',
  'receipt',
  'read',
  'export',
  'ledger-version',
  'request',
  'disposal',
  'archival',
  'access-denied',
  'auth',
  'incident',
  'management',
  'notice',
] as const;

export const ACCESS_TYPES = ['read', 'export', 'ledger-version', 'access-denied'] as const;

/** A Japan calendar date (YYYY-MM-DD) as the first or last instant of that day, for the API's time filters. */
export function dayBound(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const instant = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}+09:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

export interface LogFilter {
  readonly type?: string;
  readonly actor?: string;
  readonly subject?: string;
  readonly route?: string;
  readonly operator?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The API query of a filter (dates become Japan-day bounds). */
export function filterQuery(filter: LogFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['type', 'actor', 'subject', 'route', 'operator'] as const) {
    const value = filter[key]?.trim();
    if (value) query.set(key, value);
  }
  const from = filter.from ? dayBound(filter.from, false) : undefined;
  const to = filter.to ? dayBound(filter.to, true) : undefined;
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return query;
}
