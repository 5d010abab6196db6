import type { Lang, LocalizedText } from '../ledger/localized-text.ts';

/** Fixed headings and field names of the notice, worded as the reference policies word them. */
export const LABELS = {
  title: { ja: 'プライバシーポリシー', en: 'Privacy Policy' },
  subtitle: { ja: '個人情報の取扱いについて', en: 'How we handle personal information' },
  contents: { ja: '目次', en: 'Contents' },
  // section headings, in reading order
  policy: { ja: '個人情報保護方針', en: 'Personal Information Protection Policy' },
  operator: { ja: '事業者の名称・住所・代表者', en: 'Name, address and representative of the business operator' },
  purposes: { ja: '個人情報の利用目的', en: 'Purposes of use of personal information' },
  provision: { ja: '個人データの第三者提供', en: 'Provision of personal data to third parties' },
  jointUse: { ja: '個人データの共同利用', en: 'Joint use of personal data' },
  contracting: { ja: '個人データの取扱いの委託', en: 'Contracting out the handling of personal data' },
  overseas: { ja: '外国における個人データの保管', en: 'Storage of personal data on servers overseas' },
  deidentified: {
    ja: '統計データ・仮名加工情報・匿名加工情報',
    en: 'Statistical, pseudonymised and anonymised data',
  },
  retained: { ja: '保有個人データに関する事項', en: 'Matters concerning retained personal data' },
  security: {
    ja: '保有個人データの安全管理のために講じた措置',
    en: 'Security control measures for retained personal data',
  },
  requests: {
    ja: '保有個人データの開示等の請求手続',
    en: 'Procedures for requests concerning retained personal data',
  },
  cookies: { ja: 'Cookie等の利用と利用者情報の外部送信', en: 'Cookies and external transmission of user information' },
  myNumber: {
    ja: '特定個人情報等（マイナンバー）の取扱い',
    en: 'Handling of My Number (specific personal information)',
  },
  contact: { ja: 'お問い合わせ・苦情の申出先', en: 'Contact for enquiries and complaints' },
  revisions: { ja: '制定・改定履歴', en: 'Revision history' },
  // sub-headings
  entrusted: { ja: '受託業務として取り扱う個人情報', en: 'Personal information handled on behalf of customers' },
  recipients: { ja: '提供先', en: 'Recipients' },
  exceptions: { ja: '同意を得ずに提供する場合', en: 'Provision without consent' },
  contractorList: { ja: '主な委託先', en: 'Main contractors' },
  overseasContractors: {
    ja: '外国にある委託先への提供（個人情報保護法第28条）',
    en: 'Contractors located overseas (APPI Art. 28)',
  },
  intake: { ja: '請求の受付方法', en: 'How to make a request' },
  identity: { ja: 'ご本人確認のための書類', en: 'Identity verification documents' },
  fees: { ja: '手数料とお支払い方法', en: 'Fees and payment' },
  replies: { ja: '回答の方法', en: 'How we reply' },
  refusals: { ja: '開示等に応じられない場合', en: 'When we cannot comply' },
  requestData: {
    ja: '請求に際して取得した個人情報の取扱い',
    en: 'Use of personal information received with a request',
  },
  inbound: { ja: '個人関連情報の取得と紐付け', en: 'Personally referable information received from others' },
  // field names
  name: { ja: '名称', en: 'Name' },
  address: { ja: '所在地', en: 'Address' },
  representative: { ja: '代表者', en: 'Representative' },
  certifications: { ja: '取得している認証', en: 'Certifications' },
  website: { ja: 'ウェブサイト', en: 'Website' },
  category: { ja: '対象となる方', en: 'Whose data' },
  mainItems: { ja: '主な個人情報の項目', en: 'Main items of personal information' },
  recipient: { ja: '提供先', en: 'Recipient' },
  recipientKind: { ja: '提供先の種類', en: 'Kind of recipient' },
  country: { ja: '所在国', en: 'Country' },
  itemsProvided: { ja: '提供する個人データの項目', en: 'Items of personal data provided' },
  purposesAtRecipient: { ja: '提供先における利用目的', en: 'Purposes of use at the recipient' },
  basis: { ja: '提供の根拠', en: 'Basis of provision' },
  method: { ja: '提供の方法', en: 'Method of provision' },
  overseasRoute: { ja: '外国にある第三者への提供', en: 'Provision to a third party overseas' },
  countrySystem: { ja: '当該国の個人情報保護制度', en: "The country's personal information protection system" },
  recipientMeasures: { ja: '提供先が講ずる措置', en: 'Measures taken by the recipient' },
  foreignSystemImpact: { ja: '外国の制度による影響', en: 'Impact of the foreign system' },
  jointItems: { ja: '共同して利用される個人データの項目', en: 'Items of personal data jointly used' },
  jointUsers: { ja: '共同して利用する者の範囲', en: 'Scope of joint users' },
  jointPurposes: { ja: '利用する者の利用目的', en: 'Purposes of use of the joint users' },
  jointResponsible: {
    ja: '当該個人データの管理について責任を有する者の名称・住所・代表者の氏名',
    en: 'Name, address and representative of the party responsible for managing the data',
  },
  acquisition: { ja: '取得方法', en: 'Method of acquisition' },
  jointContact: { ja: '共同利用に関するお問い合わせ窓口', en: 'Contact for enquiries about joint use' },
  startedOn: { ja: '共同利用の開始日', en: 'Joint use started on' },
  contractor: { ja: '委託先', en: 'Contractor' },
  scope: { ja: '委託する業務', en: 'Work contracted out' },
  route: { ja: '移転の根拠', en: 'Legal route' },
  establishment: {
    ja: '法第28条第1項に規定する体制の整備の方法',
    en: 'How the system under APPI Art. 28(1) is established',
  },
  contractorMeasures: { ja: '委託先が講ずる相当措置の概要', en: 'Outline of the equivalent measures taken' },
  confirmation: {
    ja: '相当措置の実施状況並びにその実施に影響を及ぼすおそれのある制度の有無及びその内容の確認の頻度及び方法',
    en: 'Frequency and method of confirming the measures and any system that may affect them',
  },
  foreignSystems: {
    ja: '相当措置の実施に影響を及ぼすおそれのある外国の制度の有無及びその概要',
    en: 'Foreign systems that may affect the implementation of the equivalent measures',
  },
  obstacles: {
    ja: '相当措置の実施に関する支障の有無及びその概要',
    en: 'Obstacles to implementing the equivalent measures',
  },
  responseToObstacles: {
    ja: '支障に関して当社が講ずる措置の概要',
    en: 'Measures we take in response to obstacles',
  },
  service: { ja: 'サービス', en: 'Service' },
  provider: { ja: '提供事業者', en: 'Service provider' },
  storageCountries: { ja: 'サーバーの所在国', en: 'Server location' },
  countryInfo: {
    ja: '所在国の個人情報保護制度に関する情報',
    en: 'Information about the legal systems in server locations',
  },
  purpose: { ja: '利用目的', en: 'Purpose' },
  informationSent: { ja: '送信される情報', en: 'Information sent' },
  informationReceived: { ja: '取得する情報', en: 'Information received' },
  optOut: { ja: 'オプトアウト・関連情報', en: 'Opt-out and details' },
  resultItems: { ja: '含まれる個人に関する情報の項目', en: 'Items of information it contains' },
  operatorName: { ja: '事業者の名称', en: 'Name of the business operator' },
  administrator: { ja: '個人情報保護管理者', en: 'Personal Information Protection Administrator' },
  retainedPurposes: { ja: '保有個人データの利用目的', en: 'Purposes of use of retained personal data' },
  complaintDesk: {
    ja: '保有個人データの取扱いに関する苦情の申出先',
    en: 'Contact for complaints about the handling of retained personal data',
  },
  accredited: {
    ja: '認定個人情報保護団体の名称及び苦情の解決の申出先',
    en: 'Accredited personal information protection organisation and its complaint desk',
  },
  department: { ja: '部署', en: 'Department' },
  phone: { ja: '電話', en: 'Tel.' },
  fax: { ja: 'FAX', en: 'Fax' },
  email: { ja: 'E-mail', en: 'E-mail' },
  url: { ja: 'URL', en: 'URL' },
  hours: { ja: '受付時間', en: 'Hours' },
  desk: { ja: '窓口', en: 'Desk' },
  self: { ja: 'ご本人による請求', en: 'Requests by the person' },
  scopeOfContact: { ja: '対象', en: 'Scope' },
  notApplicable: { ja: '—', en: '—' },
  // column heads of label/value tables in Markdown, which needs a header row
  fieldItem: { ja: '項目', en: 'Item' },
  fieldValue: { ja: '内容', en: 'Details' },
} as const satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}
