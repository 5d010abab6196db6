import type { DataItem } from '../ledger/data-item.ts';
import type { Lang, LocalizedText } from '../ledger/localized-text.ts';
import type { Purpose } from '../ledger/purpose.ts';
import type { ProvisionBasis } from '../ledger/recipient.ts';
import type { RequestType } from '../ledger/request-procedure.ts';
import type { RetentionRule, RetentionTrigger } from '../ledger/retention-rule.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';

type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

// Short labels for table cells and change sentences (the notice has its own long-form wording).
// `Record` so a new enum value fails to compile until it has a label.

export const CONSENT_LABELS: Labels<Purpose['consent']> = {
  'not-required': { ja: '不要', en: 'not required' },
  'opt-in': { ja: '事前同意', en: 'prior consent (opt-in)' },
  'opt-out': { ja: 'オプトアウト', en: 'opt-out' },
};

export const BASIS_SHORT_LABELS: Labels<ProvisionBasis> = {
  consent: { ja: '本人同意', en: 'consent' },
  'opt-out': { ja: 'オプトアウト', en: 'opt-out' },
  law: { ja: '法令に基づく', en: 'required by law' },
  'life-body-property': { ja: '生命・身体・財産の保護', en: 'protection of life, body or property' },
  'public-health-children': { ja: '公衆衛生・児童の健全育成', en: "public health or children's welfare" },
  'government-cooperation': { ja: '国の機関等への協力', en: 'cooperation with public authorities' },
  'academic-research': { ja: '学術研究', en: 'academic research' },
};

export const DISPOSAL_LABELS: Labels<RetentionRule['disposal']> = {
  delete: { ja: '消去', en: 'deletion' },
  anonymise: { ja: '匿名化', en: 'anonymisation' },
  'erase-my-number': { ja: '個人番号の削除', en: 'erasure of the My Number' },
  contractor: { ja: '委託先による廃棄', en: 'disposal by a contractor' },
};

export const TRIGGER_LABELS: Labels<RetentionTrigger> = {
  creation: { ja: '作成', en: 'creation' },
  collection: { ja: '取得', en: 'collection' },
  'contract-end': { ja: '契約終了', en: 'end of contract' },
  'employment-end': { ja: '退職', en: 'end of employment' },
  'registration-end': { ja: '登録終了', en: 'end of registration' },
  'assignment-end': { ja: '就業終了', en: 'end of assignment' },
  'last-activity': { ja: '最終利用', en: 'last activity' },
  'service-completion': { ja: 'サービス提供完了', en: 'completion of the service' },
  'purpose-achieved': { ja: '利用目的の達成', en: 'achievement of the purpose' },
  'consent-withdrawal': { ja: '同意の撤回', en: 'withdrawal of consent' },
  'last-provision': { ja: '最終提供', en: 'last provision' },
  'request-closed': { ja: '請求対応の完了', en: 'closing of the request' },
};

export const CATEGORY_ROLE_LABELS: Labels<SubjectCategory['role']> = {
  controller: { ja: '自社管理', en: 'controller' },
  processor: { ja: '受託処理', en: 'processor' },
};

export const ACQUISITION_LABELS: Labels<DataItem['acquisition'][number]['method']> = {
  direct: { ja: '本人から直接取得', en: 'directly from the person' },
  indirect: { ja: '第三者から取得', en: 'from others' },
  generated: { ja: '社内で生成', en: 'generated in-house' },
  observed: { ja: '利用に伴い取得', en: 'observed in use' },
};

export type ItemFlag = keyof DataItem['flags'];
export const FLAG_LABELS: Labels<ItemFlag> = {
  specialCare: { ja: '要配慮個人情報', en: 'special care-required' },
  myNumber: { ja: '個人番号', en: 'My Number' },
  financial: { ja: '金融情報', en: 'financial' },
  identifying: { ja: '本人識別情報', en: 'identifying' },
  personallyReferable: { ja: '個人関連情報', en: 'personally referable' },
};

export const REQUEST_TYPE_SHORT_LABELS: Labels<RequestType> = {
  'purpose-notification': { ja: '利用目的の通知', en: 'purpose notification' },
  disclosure: { ja: '開示', en: 'disclosure' },
  'provision-records': { ja: '第三者提供記録の開示', en: 'disclosure of provision records' },
  correction: { ja: '訂正', en: 'correction' },
  addition: { ja: '追加', en: 'addition' },
  deletion: { ja: '削除', en: 'deletion' },
  'suspension-of-use': { ja: '利用停止', en: 'suspension of use' },
  erasure: { ja: '消去', en: 'erasure' },
  'suspension-of-provision': { ja: '第三者提供の停止', en: 'suspension of provision' },
};

export const STATUS_LABELS: Labels<'active' | 'suspended' | 'terminated'> = {
  active: { ja: '有効', en: 'active' },
  suspended: { ja: '停止中', en: 'suspended' },
  terminated: { ja: '終了', en: 'terminated' },
};

export const YES_NO: Labels<'yes' | 'no'> = {
  yes: { ja: 'あり', en: 'Yes' },
  no: { ja: 'なし', en: 'No' },
};

/** The text in one language. */
export function tr(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

export function yesNo(value: boolean, lang: Lang): string {
  return YES_NO[value ? 'yes' : 'no'][lang];
}

/** Joins a list the way each language does in running text. */
export function joinList(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'ja' ? '、' : ', ');
}
