import type { LocalizedText } from '../ledger/localized-text.ts';

/** The auditors' ledger columns, in order, with headers in both languages and a width hint. */
export const LEDGER_COLUMNS = [
  { key: 'operators', header: { ja: '事業者', en: 'Operators' }, width: 24 },
  { key: 'category', header: { ja: '本人の区分', en: 'Subject category' }, width: 16 },
  { key: 'categoryRole', header: { ja: '管理区分', en: 'Controller / processor' }, width: 14 },
  { key: 'item', header: { ja: '個人データ項目', en: 'Data item' }, width: 18 },
  { key: 'specialCare', header: { ja: '要配慮個人情報', en: 'Special care' }, width: 8 },
  { key: 'myNumber', header: { ja: '個人番号', en: 'My Number' }, width: 8 },
  { key: 'financial', header: { ja: '金融情報', en: 'Financial' }, width: 8 },
  { key: 'identifying', header: { ja: '本人識別', en: 'Identifying' }, width: 8 },
  { key: 'acquisition', header: { ja: '取得方法・取得元', en: 'Acquisition (method, source)' }, width: 22 },
  { key: 'purpose', header: { ja: '利用目的', en: 'Purpose of use' }, width: 40 },
  { key: 'purposeTags', header: { ja: '目的の分類', en: 'Purpose tags' }, width: 14 },
  { key: 'consent', header: { ja: '同意', en: 'Consent' }, width: 12 },
  { key: 'stores', header: { ja: '保管システム・保管先', en: 'Systems and stores' }, width: 36 },
  { key: 'accessRoles', header: { ja: 'アクセス権限', en: 'Access roles' }, width: 20 },
  { key: 'retention', header: { ja: '保存期間', en: 'Retention' }, width: 32 },
  { key: 'disposal', header: { ja: '廃棄方法', en: 'Disposal' }, width: 14 },
  { key: 'recipients', header: { ja: '第三者提供先', en: 'Third-party recipients' }, width: 28 },
  { key: 'jointUses', header: { ja: '共同利用', en: 'Joint uses' }, width: 20 },
  { key: 'contractors', header: { ja: '委託先', en: 'Contractors' }, width: 32 },
  { key: 'overseas', header: { ja: '外国への移転', en: 'Overseas' }, width: 10 },
  { key: 'overseasCountries', header: { ja: '移転先の国', en: 'Overseas countries' }, width: 14 },
] as const satisfies readonly { key: string; header: LocalizedText; width: number }[];

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];
