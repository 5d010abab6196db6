import {
  CHANNEL_VALUES,
  type ComplaintChannel,
  type ComplaintCount,
  type ComplaintKind,
  type ComplaintRecord,
  type ComplaintStatus,
  KIND_VALUES,
  STATUS_VALUES,
} from './types.ts';

/** `unanswered`: open or overdue, the dashboard's "open" number. */
export type StatusFilter = ComplaintStatus | 'unanswered';

/** The list's filters as the address keeps them (`?status=overdue&kind=complaint`). */
export interface ComplaintFilters {
  readonly status?: StatusFilter;
  readonly kind?: ComplaintKind;
  readonly channel?: ComplaintChannel;
  readonly operator?: string;
}

export const FILTER_NAMES = ['status', 'kind', 'channel', 'operator'] as const;
export const STATUS_FILTERS: readonly StatusFilter[] = ['unanswered', ...STATUS_VALUES];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

export function filtersFrom(params: URLSearchParams): ComplaintFilters {
  const status = oneOf(STATUS_FILTERS, params.get('status'));
  const kind = oneOf(KIND_VALUES, params.get('kind'));
  const channel = oneOf(CHANNEL_VALUES, params.get('channel'));
  const operator = params.get('operator');
  return {
    ...(status ? { status } : {}),
    ...(kind ? { kind } : {}),
    ...(channel ? { channel } : {}),
    ...(operator ? { operator } : {}),
  };
}

/** The API filters by one status; `unanswered` is two, so the console filters those itself. */
export function listPath(filters: ComplaintFilters): string {
  return filters.status && filters.status !== 'unanswered'
    ? `/api/v1/complaints?status=${filters.status}`
    : '/api/v1/complaints';
}

/** Newest received first, as a desk reads them, after the filters the API does not apply. */
export function applyFilters(items: readonly ComplaintRecord[], filters: ComplaintFilters): ComplaintRecord[] {
  return items
    .filter(
      (c) =>
        (filters.status !== 'unanswered' || c.status === 'open' || c.status === 'overdue') &&
        (filters.kind === undefined || c.kind === filters.kind) &&
        (filters.channel === undefined || c.channel === filters.channel) &&
        (filters.operator === undefined || c.operator === filters.operator),
    )
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

export interface PeriodTotal {
  readonly period: string;
  readonly complaints: number;
  readonly consultations: number;
  readonly answeredLate: number;
  readonly open: number;
}

/** The counts' rows (per period, kind and channel) added up per period, for the management review's summary. */
export function periodTotals(rows: readonly ComplaintCount[]): PeriodTotal[] {
  const totals = new Map<string, { -readonly [K in keyof PeriodTotal]: PeriodTotal[K] }>();
  for (const row of rows) {
    const total = totals.get(row.period) ?? {
      period: row.period,
      complaints: 0,
      consultations: 0,
      answeredLate: 0,
      open: 0,
    };
    if (row.kind === 'complaint') total.complaints += row.received;
    else total.consultations += row.received;
    total.answeredLate += row.answeredLate;
    total.open += row.open;
    totals.set(row.period, total);
  }
  return [...totals.values()].sort((a, b) => a.period.localeCompare(b.period));
}
