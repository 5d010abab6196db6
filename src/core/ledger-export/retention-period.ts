import type { Lang } from '../ledger/localized-text.ts';
import { type Period, periodDays, type RetentionRule } from '../ledger/retention-rule.ts';
import { STATUTORY_RETENTION } from '../ledger/statutory-retention.ts';
import { DISPOSAL_LABELS, TRIGGER_LABELS } from './labels.ts';

/** The period a rule keeps data for: its own, else the statutory minimum it names; none for "while needed". */
export function effectivePeriod(rule: RetentionRule): Period | undefined {
  if (rule.period) return rule.period;
  if (rule.statutory) return { years: STATUTORY_RETENTION[rule.statutory].years };
  return undefined;
}

/** Days for comparison; a rule without a fixed period sorts first (it promises no minimum). */
export function effectiveDays(rule: RetentionRule): number {
  const period = effectivePeriod(rule);
  return period ? periodDays(period) : -1;
}

/** "1 year 6 months" / "1年6か月". */
export function formatPeriod(period: Period, lang: Lang): string {
  const parts: string[] = [];
  const unit = (n: number, one: string, many: string, ja: string) =>
    parts.push(lang === 'ja' ? `${n}${ja}` : `${n} ${n === 1 ? one : many}`);
  if (period.years !== undefined) unit(period.years, 'year', 'years', '年');
  if (period.months !== undefined) unit(period.months, 'month', 'months', 'か月');
  if (period.days !== undefined) unit(period.days, 'day', 'days', '日');
  return parts.join(lang === 'ja' ? '' : ' ');
}

/** "5 years from end of employment (Labour Standards Act Art. 109)" / "退職から5年（労働基準法第109条）". */
export function formatRetention(rule: RetentionRule, lang: Lang): string {
  const period = effectivePeriod(rule);
  const trigger = TRIGGER_LABELS[rule.trigger][lang];
  let text: string;
  if (period === undefined)
    text = rule.periodDescription?.[lang] ?? (lang === 'ja' ? '期間の定めなし' : 'no fixed period');
  else
    text =
      lang === 'ja' ? `${trigger}から${formatPeriod(period, lang)}` : `${formatPeriod(period, lang)} from ${trigger}`;
  const basis = rule.legalBasis ?? (rule.statutory ? STATUTORY_RETENTION[rule.statutory].basis : undefined);
  if (basis) text += lang === 'ja' ? `（${basis.ja}）` : ` (${basis.en})`;
  return text;
}

export function formatDisposal(rule: RetentionRule, lang: Lang): string {
  return DISPOSAL_LABELS[rule.disposal][lang];
}

/** The rule that keeps data longest among those given (the one an auditor must check disposal against). */
export function longestRule(rules: readonly RetentionRule[]): RetentionRule | undefined {
  return rules.reduce<RetentionRule | undefined>(
    (longest, rule) => (longest === undefined || effectiveDays(rule) > effectiveDays(longest) ? rule : longest),
    undefined,
  );
}
