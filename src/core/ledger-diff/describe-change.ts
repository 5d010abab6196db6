import type { Lang, LocalizedText } from '../ledger/localized-text.ts';
import { SENTENCES } from './change-sentences.ts';
import type { ChangeOf, LedgerChange, LedgerChangeKind } from './ledger-change.ts';

/** One sentence saying what changed, in the domain's words ("Purpose “payroll” added for categories Employees"). */
export function describeChange(change: LedgerChange, lang: Lang): string {
  const sentence = SENTENCES[change.kind] as (c: ChangeOf<LedgerChangeKind>) => LocalizedText;
  return sentence(change)[lang];
}
