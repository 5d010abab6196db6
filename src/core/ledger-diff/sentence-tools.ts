import type { Lang, LocalizedText } from '../ledger/localized-text.ts';
import type { Ref } from './ledger-change.ts';

/** “name” / 「名前」. */
export function quote(text: LocalizedText | string, lang: Lang): string {
  const s = typeof text === 'string' ? text : text[lang];
  return lang === 'ja' ? `「${s}」` : `“${s}”`;
}

export function quoteRefs(refs: readonly Ref[], lang: Lang): string {
  return refs.map((ref) => quote(ref.label, lang)).join(lang === 'ja' ? '' : ', ');
}

/** Names without quotes, for subject categories and countries ("for categories Employees, Applicants"). */
export function names(refs: readonly (Ref | string)[], lang: Lang): string {
  return refs.map((ref) => (typeof ref === 'string' ? ref : ref.label[lang])).join(lang === 'ja' ? '、' : ', ');
}

const MAX_VALUE = 60;

/** A field's value as short text, or undefined when it is too big to quote in a sentence. */
export function showValue(value: unknown, lang: Lang): string | undefined {
  if (value === undefined || value === null) return lang === 'ja' ? 'なし' : 'none';
  if (typeof value === 'boolean') return lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return clip(String(value));
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.length === 0 ? (lang === 'ja' ? 'なし' : 'none') : clip(value.join(lang === 'ja' ? '、' : ', '));
  }
  if (typeof value === 'object' && typeof (value as LocalizedText)[lang] === 'string')
    return clip((value as LocalizedText)[lang]);
  return undefined;
}

function clip(text: string): string | undefined {
  return text.length <= MAX_VALUE ? text : undefined;
}

/** " from A to B" / "（A → B）" when both values are short enough to quote; else nothing. */
export function fromTo(from: unknown, to: unknown, lang: Lang): string {
  const [a, b] = [showValue(from, lang), showValue(to, lang)];
  if (a === undefined || b === undefined) return '';
  return lang === 'ja' ? `（${a} → ${b}）` : ` from ${a} to ${b}`;
}
