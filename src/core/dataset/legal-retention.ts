import type { Period, RetentionRule } from '../ledger/retention-rule.ts';
import { STATUTORY_RETENTION } from '../ledger/statutory-retention.ts';
import type { TableAnnotation } from './dataset-annotations.ts';
import type { DatasetRow } from './dataset-rows.ts';

/** Why a row's item is kept despite an erasure request. */
export type HoldReason = 'within-period' | 'trigger-pending' | 'no-fixed-period' | 'trigger-unknown';

/** A legal retention rule that keeps one item of one row: which rule, until when (null: open-ended), why. */
export interface RetentionHold {
  readonly rule: string;
  readonly statutory?: string;
  readonly until: string | null;
  readonly reason: HoldReason;
}

/** Rules the law imposes (a statutory record type or a stated legal basis); the others only cap how long data is kept. */
export function isLegalRetention(rule: RetentionRule): boolean {
  return rule.statutory !== undefined || rule.legalBasis !== undefined;
}

export interface HoldContext {
  readonly system: string;
  readonly table: TableAnnotation;
  readonly rules: readonly RetentionRule[];
  /** YYYY-MM-DD */
  readonly today: string;
}

/** The legal rules that keep `item` of `row` today. A rule whose trigger date the annotations do not map holds (we cannot prove it ended). */
export function retentionHolds(context: HoldContext, item: string, row: DatasetRow): RetentionHold[] {
  const holds: RetentionHold[] = [];
  for (const rule of context.rules) {
    if (!isLegalRetention(rule) || !rule.items.includes(item)) continue;
    if (rule.systems !== undefined && !rule.systems.includes(context.system)) continue;
    const tableCategories = context.table.categories;
    if (rule.categories !== undefined && tableCategories !== undefined) {
      if (!rule.categories.some((c) => tableCategories.includes(c))) continue;
    }
    const base = { rule: rule.id, ...(rule.statutory ? { statutory: rule.statutory } : {}) };
    const period = rulePeriod(rule);
    const mapping = context.table.retention.find((m) => m.rule === rule.id);
    if (mapping === undefined) {
      holds.push({ ...base, until: null, reason: 'trigger-unknown' });
      continue;
    }
    const from = row[mapping.from];
    if (from === null || from === undefined || from === '') {
      if (mapping.ongoingIfNull) holds.push({ ...base, until: null, reason: 'trigger-pending' });
      continue;
    }
    if (period === undefined) {
      holds.push({ ...base, until: null, reason: 'no-fixed-period' });
      continue;
    }
    const until = addPeriod(String(from).slice(0, 10), period);
    if (until > context.today) holds.push({ ...base, until, reason: 'within-period' });
  }
  return holds;
}

function rulePeriod(rule: RetentionRule): Period | undefined {
  if (rule.period !== undefined) return rule.period;
  if (rule.statutory !== undefined) return { years: STATUTORY_RETENTION[rule.statutory].years };
  return undefined;
}

/** date + period, calendar arithmetic in UTC (YYYY-MM-DD in and out). */
export function addPeriod(date: string, period: Period): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + (period.years ?? 0), d.getUTCMonth() + (period.months ?? 0));
  d.setUTCDate(d.getUTCDate() + (period.days ?? 0));
  return d.toISOString().slice(0, 10);
}
