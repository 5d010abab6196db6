import { z } from 'zod';

/** The reports an incident may need: PPC preliminary (速報), PPC confirmed (確報), Privacy Mark body (BR-12). */
export const REPORT_KINDS = ['ppc-preliminary', 'ppc-confirmed', 'privacy-mark'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** BR-9 (Rule 8(1)): the nine report items, in the form's order, with the form's Japanese labels. */
export const REPORT_ITEMS = [
  { key: 'summary', no: 1, ja: '概要' },
  { key: 'personalData', no: 2, ja: '漏えい等が発生し、又は発生したおそれがある個人データの項目' },
  { key: 'peopleAffected', no: 3, ja: '漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数' },
  { key: 'cause', no: 4, ja: '原因' },
  { key: 'secondaryHarm', no: 5, ja: '二次被害又はそのおそれの有無及びその内容' },
  { key: 'responseToIndividuals', no: 6, ja: '本人への対応の実施状況' },
  { key: 'publicAnnouncement', no: 7, ja: '公表の実施状況' },
  { key: 'recurrencePrevention', no: 8, ja: '再発防止のための措置' },
  { key: 'other', no: 9, ja: 'その他参考となる事項' },
] as const;
export type ReportItemKey = (typeof REPORT_ITEMS)[number]['key'];

const text = z.string().max(20_000);
/** The nine items as structured data; a preliminary report may leave items unknown yet (empty text). */
export const ReportItemsSchema = z
  .object({
    summary: text,
    personalData: text,
    peopleAffected: text,
    cause: text,
    secondaryHarm: text,
    responseToIndividuals: text,
    publicAnnouncement: text,
    recurrencePrevention: text,
    other: text,
  })
  .strict();
export type ReportItems = z.infer<typeof ReportItemsSchema>;

export const REPORT_KIND_TITLES: Readonly<Record<ReportKind, string>> = {
  'ppc-preliminary': '漏えい等報告（速報）',
  'ppc-confirmed': '漏えい等報告（確報）',
  'privacy-mark': '個人情報に関する事故報告（プライバシーマーク）',
};

/** One entry of the regulator's form, ready to paste: item number, Japanese label, the text. */
export interface FormEntry {
  readonly no: number;
  readonly label: string;
  readonly value: string;
}

/** The structured form data of one report: the nine items keyed "1. 概要" .. "9. その他参考となる事項". */
export function reportFormData(items: ReportItems): { readonly entries: readonly FormEntry[] } {
  return { entries: REPORT_ITEMS.map((item) => ({ no: item.no, label: item.ja, value: items[item.key] })) };
}
