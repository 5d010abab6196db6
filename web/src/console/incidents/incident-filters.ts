import { isOverdue } from './incident-clocks.ts';
import type { IncidentRecord } from './types.ts';

/** The list's filters as the address keeps them (`?status=open&overdue=1`), so the dashboard can link to them. */
export interface IncidentFilters {
  readonly status?: 'open' | 'closed';
  readonly operator?: string;
  readonly reportable?: 'yes' | 'no';
  readonly overdue?: true;
}

export const FILTER_NAMES = ['status', 'operator', 'reportable', 'overdue'] as const;

export function filtersFrom(params: URLSearchParams): IncidentFilters {
  const status = params.get('status');
  const operator = params.get('operator');
  const reportable = params.get('reportable');
  return {
    ...(status === 'open' || status === 'closed' ? { status } : {}),
    ...(operator ? { operator } : {}),
    ...(reportable === 'yes' || reportable === 'no' ? { reportable } : {}),
    ...(params.get('overdue') === '1' ? { overdue: true as const } : {}),
  };
}

/** The part the API filters (status, operator): GET /api/v1/incidents?... */
export function listPath(filters: IncidentFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.operator) query.set('operator', filters.operator);
  const text = query.toString();
  return text === '' ? '/api/v1/incidents' : `/api/v1/incidents?${text}`;
}

/** The part the console filters: reportable or not, a deadline overdue (as of `now`). */
export function applyFilters(
  items: readonly IncidentRecord[],
  filters: IncidentFilters,
  now: Date,
): readonly IncidentRecord[] {
  return items.filter(
    (incident) =>
      (filters.reportable === undefined || incident.classification.reportable === (filters.reportable === 'yes')) &&
      (filters.overdue === undefined || isOverdue(incident, now)),
  );
}
