import type { LocalizedText } from './localized-text.ts';

export interface StatutoryRetention {
  readonly key: string;
  readonly record: LocalizedText;
  readonly years: number;
  readonly basis: LocalizedText;
}

/** Statutory minimums for HR records (requirement notes, retention table); defaults for retention rules. */
export const STATUTORY_RETENTION = {
  'labour-records': {
    key: 'labour-records',
    record: {
      ja: '労働者名簿・賃金台帳・雇入れ解雇等の重要書類',
      en: 'Employee register, wage ledger and other important labour records',
    },
    years: 5,
    basis: { ja: '労働基準法第109条・第143条', en: 'Labour Standards Act Art. 109, 143' },
  },
  'health-check': {
    key: 'health-check',
    record: { ja: '健康診断個人票', en: 'Health check records' },
    years: 5,
    basis: { ja: '労働安全衛生規則第51条', en: 'Industrial Safety and Health Rules Art. 51' },
  },
  'employment-insurance': {
    key: 'employment-insurance',
    record: { ja: '雇用保険被保険者に関する書類', en: 'Employment insurance insured-person records' },
    years: 4,
    basis: { ja: '雇用保険法施行規則第143条', en: 'Employment Insurance Rules Art. 143' },
  },
  'health-insurance-pension': {
    key: 'health-insurance-pension',
    record: { ja: '健康保険・厚生年金保険に関する書類', en: 'Health insurance and pension records' },
    years: 2,
    basis: { ja: '健康保険法施行規則第34条', en: 'Health Insurance Rules Art. 34' },
  },
  'tax-declarations': {
    key: 'tax-declarations',
    record: { ja: '扶養控除等申告書', en: 'Employee tax declarations (dependants etc.)' },
    years: 7,
    basis: { ja: '所得税法施行規則第76条の3', en: 'Income Tax Rules Art. 76-3' },
  },
  'corporate-books': {
    key: 'corporate-books',
    record: { ja: '帳簿書類・請求書', en: 'Corporate books, vouchers and invoices' },
    years: 7,
    basis: { ja: '法人税法第126条', en: 'Corporation Tax Act Art. 126' },
  },
  'dispatch-ledgers': {
    key: 'dispatch-ledgers',
    record: { ja: '派遣元管理台帳・派遣先管理台帳', en: 'Worker dispatch ledgers' },
    years: 3,
    basis: { ja: '労働者派遣法第37条・第42条', en: 'Worker Dispatch Act Art. 37, 42' },
  },
  'provision-records': {
    key: 'provision-records',
    record: { ja: '第三者提供・受領の記録', en: 'APPI provision and receipt records' },
    years: 3,
    basis: { ja: '個人情報保護法施行規則第21条・第25条', en: 'APPI Enforcement Rules Art. 21, 25' },
  },
} as const satisfies Record<string, StatutoryRetention>;

export type StatutoryKey = keyof typeof STATUTORY_RETENTION;
export const STATUTORY_KEYS = Object.keys(STATUTORY_RETENTION) as [StatutoryKey, ...StatutoryKey[]];
