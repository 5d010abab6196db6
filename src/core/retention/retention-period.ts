import { civilPeriodEnd, shiftJapanDate } from '../japan-time.ts';
import { type Period, periodDays, type RetentionRule } from '../ledger/retention-rule.ts';
import { STATUTORY_RETENTION } from '../ledger/statutory-retention.ts';

/** How long a rule keeps data: its own period, raised to the statutory minimum it names; none for "while needed". */
export interface RulePeriod {
  readonly period?: Period;
  /** The rule's own period was shorter than the statutory minimum, which applies instead. */
  readonly raisedToStatutory: boolean;
}

export function rulePeriod(rule: RetentionRule): RulePeriod {
  const statutory = rule.statutory ? { years: STATUTORY_RETENTION[rule.statutory].years } : undefined;
  if (rule.period === undefined)
    return statutory ? { period: statutory, raisedToStatutory: false } : { raisedToStatutory: false };
  if (statutory && periodDays(statutory) > periodDays(rule.period))
    return { period: statutory, raisedToStatutory: true };
  return { period: rule.period, raisedToStatutory: false };
}

/**
 * The first trigger date that is *not* yet past its period on `asOf`: a row whose trigger date is earlier is due.
 * A period ends on its civil last day (Civil Code Art. 140, 143), so disposal starts the day after.
 */
export function dueBefore(asOf: string, period: Period): string {
  const isDue = (trigger: string) => civilPeriodEnd(trigger, period) < asOf;
  // Start near the answer and step by days: period ends are monotone in the trigger date.
  let candidate = shiftJapanDate(asOf, -Math.max(1, periodDays(period)));
  while (isDue(candidate)) candidate = shiftJapanDate(candidate, 30);
  while (!isDue(candidate)) candidate = shiftJapanDate(candidate, -1);
  return shiftJapanDate(candidate, 1);
}
