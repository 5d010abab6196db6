import type { Lang } from '../ledger/localized-text.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2024-04-01` as 「2024年4月1日」 or "April 1, 2024"; anything else is returned as written. */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return lang === 'ja' ? `${y}年${month}月${day}日` : `${MONTHS[month - 1] ?? m} ${day}, ${y}`;
}

/** Yen amounts as the reference policies write them: 「1,000円」 / "JPY 1,000". */
export function formatYen(amount: number, lang: Lang): string {
  const digits = Math.trunc(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return lang === 'ja' ? `${digits}円` : `JPY ${digits}`;
}

/** Joins names in a sentence: 「氏名、住所」 / "name, address". */
export function joinList(values: readonly string[], lang: Lang): string {
  return values.join(lang === 'ja' ? '、' : ', ');
}

/** Replaces `{key}` placeholders. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = vars[key];
    return value === undefined ? whole : String(value);
  });
}

/** Removes repeated values, keeping the first occurrence's position. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
