import type { LocalizedText } from '../ledger/localized-text.ts';
import type { ProvisionBasis } from '../ledger/recipient.ts';
import type { AgentKind, RequestProcedure, RequestType } from '../ledger/request-procedure.ts';
import type { SECURITY_AREAS } from '../ledger/security-measures.ts';

type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

/** What the ledger's enum values read as in the notice; `Record` so a new enum value fails to compile. */
export const REQUEST_TYPE_LABELS: Labels<RequestType> = {
  'purpose-notification': { ja: '利用目的の通知', en: 'Notification of the purposes of use' },
  disclosure: { ja: '保有個人データの開示', en: 'Disclosure of retained personal data' },
  'provision-records': { ja: '第三者提供記録の開示', en: 'Disclosure of third-party provision records' },
  correction: { ja: '内容の訂正', en: 'Correction' },
  addition: { ja: '内容の追加', en: 'Addition' },
  deletion: { ja: '内容の削除', en: 'Deletion' },
  'suspension-of-use': { ja: '利用の停止', en: 'Suspension of use' },
  erasure: { ja: '消去', en: 'Erasure' },
  'suspension-of-provision': { ja: '第三者への提供の停止', en: 'Suspension of provision to third parties' },
};

export const AGENT_KIND_LABELS: Labels<AgentKind> = {
  'parental-authority': {
    ja: '未成年者の法定代理人（親権者等）による請求',
    en: 'Requests by the legal representative of a minor (person with parental authority)',
  },
  'adult-guardian': {
    ja: '成年被後見人の法定代理人（成年後見人）による請求',
    en: 'Requests by the legal representative of an adult ward (adult guardian)',
  },
  attorney: {
    ja: 'ご本人が委任した代理人による請求',
    en: 'Requests by an attorney appointed by the person',
  },
};

type RefusalGround = RequestProcedure['refusalGrounds'][number];
export const REFUSAL_GROUND_LABELS: Labels<RefusalGround> = {
  'harm-to-person': {
    ja: 'ご本人または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
    en: 'When it is likely to harm the life, body, property or other rights and interests of the person or a third party',
  },
  'business-hindrance': {
    ja: '当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合',
    en: 'When it is likely to seriously hinder the proper conduct of our business',
  },
  'other-law': { ja: '他の法令に違反することとなる場合', en: 'When it would violate another law or regulation' },
  'incomplete-form': {
    ja: '所定の請求書に不備がある場合、または必要な書類が提出されない場合',
    en: 'When the request form is incomplete or required documents are missing',
  },
  'unpaid-fee': { ja: '所定の手数料が支払われない場合', en: 'When the fee is not paid in full' },
  'identity-unverified': {
    ja: 'ご本人または代理人であることが確認できない場合',
    en: 'When the identity of the person or the agent cannot be verified',
  },
  'no-data': {
    ja: '請求の対象が当社の保有個人データに該当しない場合',
    en: 'When the request does not concern retained personal data we hold',
  },
};

type IntakeMethod = RequestProcedure['intake']['methods'][number];
export const INTAKE_METHOD_LABELS: Labels<IntakeMethod> = {
  post: { ja: '郵送', en: 'By post' },
  email: { ja: '電子メール', en: 'By e-mail' },
  web: { ja: 'ウェブサイトの請求フォーム', en: 'Through the request form on our website' },
  'in-person': { ja: '窓口へのご来訪', en: 'In person at our desk' },
  phone: { ja: '電話', en: 'By telephone' },
};

type PaymentMethod = RequestProcedure['payment']['methods'][number];
export const PAYMENT_METHOD_LABELS: Labels<PaymentMethod> = {
  'postal-money-order': { ja: '郵便定額小為替（請求書に同封）', en: 'Postal money order (enclosed with the request)' },
  'bank-transfer': { ja: '銀行振込', en: 'Bank transfer' },
  cash: { ja: '窓口での現金払い', en: 'Cash at our desk' },
  'credit-card': { ja: 'クレジットカード', en: 'Credit card' },
  stamps: { ja: '郵便切手', en: 'Postage stamps' },
};

type ReplyMethod = RequestProcedure['replyMethods'][number];
export const REPLY_METHOD_LABELS: Labels<ReplyMethod> = {
  paper: { ja: '書面の郵送', en: 'In writing, by post' },
  electronic: { ja: '電磁的記録の提供', en: 'As an electronic file' },
  email: { ja: '電子メール', en: 'By e-mail' },
};

export const BASIS_LABELS: Labels<ProvisionBasis> = {
  consent: { ja: 'ご本人の同意', en: "The person's consent" },
  'opt-out': {
    ja: 'オプトアウト（ご本人の求めに応じて提供を停止します）',
    en: 'Opt-out (provision stops at the request of the person)',
  },
  law: { ja: '法令に基づく場合', en: 'When required by laws and regulations' },
  'life-body-property': {
    ja: '人の生命、身体または財産の保護のために必要がある場合であって、ご本人の同意を得ることが困難であるとき',
    en: 'When necessary for the protection of the life, body or property of an individual and it is difficult to obtain the consent of the person',
  },
  'public-health-children': {
    ja: '公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、ご本人の同意を得ることが困難であるとき',
    en: 'When especially necessary for improving public health or promoting the sound growth of children and it is difficult to obtain the consent of the person',
  },
  'government-cooperation': {
    ja: '国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、ご本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき',
    en: 'When necessary to cooperate with a state organ, a local government, or a party entrusted by either with affairs prescribed by laws and regulations, and obtaining the consent of the person is likely to impede those affairs',
  },
  'academic-research': {
    ja: '提供先が学術研究機関等であって、学術研究目的で取り扱う必要がある場合（個人の権利利益を不当に侵害するおそれがある場合を除きます）',
    en: 'When the recipient is an academic research institution that needs to handle the data for academic research (unless there is a risk of unjust infringement of individual rights and interests)',
  },
};

export const ROUTE_LABELS: Labels<'consent' | 'equivalent-measures' | 'adequate-country'> = {
  consent: {
    ja: '外国にある第三者への提供についてのご本人の同意',
    en: "The person's consent to provision to a third party overseas",
  },
  'equivalent-measures': {
    ja: '個人情報保護法第28条第1項に規定する体制（相当措置）の整備',
    en: 'A system of equivalent measures under APPI Art. 28(1)',
  },
  'adequate-country': {
    ja: '個人の権利利益の保護に関して日本と同等の水準にあると認められる国',
    en: 'A country recognised as having a level of protection equivalent to Japan',
  },
};

export const SECURITY_AREA_LABELS: Labels<(typeof SECURITY_AREAS)[number]> = {
  basicPolicy: { ja: '基本方針の策定', en: 'Formulation of a basic policy' },
  rules: { ja: '個人データの取扱いに係る規律の整備', en: 'Rules for the handling of personal data' },
  organisational: { ja: '組織的安全管理措置', en: 'Organisational security control measures' },
  personnel: { ja: '人的安全管理措置', en: 'Personnel security control measures' },
  physical: { ja: '物理的安全管理措置', en: 'Physical security control measures' },
  technical: { ja: '技術的安全管理措置', en: 'Technical security control measures' },
  externalEnvironment: { ja: '外的環境の把握', en: 'Understanding the external environment' },
};
