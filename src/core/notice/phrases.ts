import type { LocalizedText } from '../ledger/localized-text.ts';

/**
 * Fixed sentences of the notice, modelled on the reference policies. `{we}` is 当社 or 当社グループ (and "we"),
 * other `{placeholders}` are filled by the section that uses them.
 */
export const PHRASES = {
  preamble: {
    ja: '{names}（以下「{we}」といいます）は、個人情報の保護に関する法律（以下「個人情報保護法」といいます）その他の関係法令およびガイドラインを遵守し、お預かりする個人情報を適切に取り扱います。本ポリシーにおける「個人情報」「個人データ」「保有個人データ」の用語は、個人情報保護法の定義に従います。',
    en: '{names} ("{we}") comply with the Act on the Protection of Personal Information (Act No. 57 of 2003, the "APPI"), other applicable laws and guidelines, and handle the personal information entrusted to us appropriately. In this policy, "personal information", "personal data" and "retained personal data" have the meanings given in the APPI.',
  },
  establishedOn: { ja: '{date} 制定', en: 'Established on {date}' },
  revisedOn: { ja: '{date} 改定', en: 'Revised on {date}' },
  appliesTo: {
    ja: '本ポリシーは、次の事業者に適用されます。',
    en: 'This policy applies to the following business operators.',
  },
  purposesIntro: {
    ja: '{we}は、取得した個人情報を、次の利用目的の達成に必要な範囲でのみ利用します。取得の際に個別に利用目的を明示した場合は、その利用目的によります。',
    en: '{We} use the personal information we acquire only to the extent necessary to achieve the following purposes. Where a purpose was stated individually when the information was collected, that purpose applies.',
  },
  consentOptIn: { ja: '（ご本人の同意を得た場合に限ります）', en: '(only with the consent of the person)' },
  consentOptOut: {
    ja: '（ご本人のお申出によりいつでも停止します）',
    en: '(stopped at any time at the request of the person)',
  },
  specialCareConsent: {
    ja: '要配慮個人情報（{items}）は、あらかじめご本人の同意を得て取得します。',
    en: 'Special care-required personal information ({items}) is acquired only with the prior consent of the person.',
  },
  specialCareLaw: {
    ja: '要配慮個人情報（{items}）は、{law}に基づき取得します。',
    en: 'Special care-required personal information ({items}) is acquired under the {law}.',
  },
  specialCareException: {
    ja: '要配慮個人情報（{items}）は、個人情報保護法で認められる場合に限り取得します。',
    en: 'Special care-required personal information ({items}) is acquired only where the APPI permits it.',
  },
  entrusted: {
    ja: '{we}は、お客様（委託元）から委託を受けた業務の遂行のため、次の個人情報を取り扱います。これらは委託元であるお客様が管理する個人情報であり、{we}の保有個人データではありません。',
    en: '{We} handle the following personal information to perform work entrusted to us by our customers. It is managed by the customer who entrusted it to us and is not retained personal data of ours.',
  },
  entrustedBy: { ja: '委託元：{customer}', en: 'Entrusted by: {customer}' },
  entrustedRequests: {
    ja: '委託を受けて取り扱う個人情報に関する開示等のご請求は、委託元であるお客様を通じて行ってください。{we}はお客様の指示に従って対応します。',
    en: 'Requests concerning personal information we handle on behalf of a customer must be made through that customer; we respond as the customer instructs.',
  },
  entrustedAuthorisation: {
    ja: '委託を受けて取り扱う個人情報については、委託元であるお客様から必要な承諾を得た場合を除き、ご本人からの開示等の請求に応じられません。',
    en: 'We do not answer requests from individuals about personal information entrusted to us by a customer unless that customer has given us the necessary authorisation.',
  },
  prerequisiteItems: {
    ja: '次の項目はサービスの利用に必要なため、お客様が所定の手続によりサービスの利用を終了した場合に限り、取得・利用を停止します：{items}',
    en: 'The following items are required to use the service, so we stop collecting or using them only when the customer ends its use of the service through the prescribed procedure: {items}',
  },
  provisionStatement: {
    ja: '{we}は、次に定める場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。',
    en: '{We} do not provide personal data to third parties without the prior consent of the person, except in the cases set out below.',
  },
  provisionStatementNoExceptions: {
    ja: '{we}は、法令に基づく場合を除き、あらかじめご本人の同意を得ることなく、個人データを第三者に提供しません。',
    en: '{We} do not provide personal data to third parties without the prior consent of the person, except where required by law.',
  },
  recipientsIntro: {
    ja: '{we}は、次のとおり個人データを第三者に提供します。',
    en: '{We} provide personal data to the following third parties.',
  },
  exceptionsIntro: {
    ja: '上記のほか、次の場合には、ご本人の同意を得ずに個人データを提供することがあります。',
    en: 'Apart from the above, we may provide personal data without the consent of the person in the following cases.',
  },
  jointUseIntro: {
    ja: '{we}は、次のとおり個人データを共同して利用します（個人情報保護法第27条第5項第3号）。',
    en: '{We} jointly use personal data as follows (APPI Art. 27(5)(iii)).',
  },
  excludesOverseas: {
    ja: 'ただし、日本国外に所在する会社を除きます。',
    en: 'Companies located outside Japan are excluded.',
  },
  contractingStatement: {
    ja: '{we}は、利用目的の達成に必要な範囲内で、個人データの取扱いの全部または一部を委託することがあります。委託先は{we}の定める基準を満たす者から選定し、個人データの取扱いに関する契約を締結したうえで、委託先における取扱状況を把握するなど、必要かつ適切な監督を行います。',
    en: '{We} may contract out all or part of the handling of personal data to the extent necessary to achieve the purposes of use. Contractors are selected against our criteria, bound by an agreement on the handling of personal data, and supervised as necessary and appropriate, including by checking how they handle the data.',
  },
  overseasContractorsIntro: {
    ja: '外国にある委託先に個人データの取扱いを委託する場合は、個人情報保護法第28条第1項に規定する体制を整備したうえで提供します。その内容は次のとおりです。',
    en: 'Where we contract out the handling of personal data to a contractor located overseas, we do so after establishing the system required by APPI Art. 28(1), as follows.',
  },
  storageIntro: {
    ja: '{we}は、次のサービスを利用して、外国にあるサーバーに個人データを保管しています。保管国と、各国の個人情報の保護に関する制度に関する情報は次のとおりです。',
    en: '{We} store personal data on servers overseas through the following services. The countries and information about their systems for the protection of personal information are as follows.',
  },
  storageJapanOnly: {
    ja: '{we}は、個人データを日本国内のサーバーに保管しており、外国にあるサーバーには保管していません。',
    en: '{We} store personal data on servers in Japan and not on servers overseas.',
  },
  locationNotGuaranteed: {
    ja: '※{service}：利用規約上、保管先が日本国内のサーバーに限定されておらず、{provider}はデータを保管するサーバーの所在国を特定していないため、保管される可能性のある国を記載しています。',
    en: '* {service}: under the terms of use, storage is not limited to servers in Japan and {provider} does not specify where the data is stored, so the possible countries are listed.',
  },
  statistical: {
    ja: '個人データをもとに、特定の個人を識別できないように加工した統計データを作成し、利用することがあります。',
    en: 'We may create and use statistical data processed from personal data so that no individual can be identified.',
  },
  pseudonymised: {
    ja: '仮名加工情報を作成し、公表した利用目的の範囲内で社内においてのみ利用します。仮名加工情報を第三者に提供することはなく、本人を識別するために他の情報と照合することや、含まれる連絡先を用いてご本人に連絡することはありません。',
    en: 'We create pseudonymised information and use it internally only within the published purposes. We do not provide it to third parties, collate it with other information to identify anyone, or use contact details in it to reach anyone.',
  },
  anonymised: {
    ja: '匿名加工情報を作成しました。当該匿名加工情報に含まれる個人に関する情報の項目は次のとおりです。作成した匿名加工情報から本人を識別する行為は行いません。',
    en: 'We have created anonymised information. The items of information about individuals it contains are listed below. We never attempt to identify anyone from it.',
  },
  anonymisedProvided: {
    ja: '匿名加工情報を第三者に提供する場合は、あらかじめ提供する情報の項目および提供の方法を公表し、提供先に対して当該情報が匿名加工情報である旨を明示します。',
    en: 'Before providing anonymised information to a third party we publish the items and the method of provision, and tell the recipient that it is anonymised information.',
  },
  retainedIntro: {
    ja: '個人情報保護法に基づき、保有個人データに関して次の事項を公表します。',
    en: 'Under the APPI we publish the following matters concerning retained personal data.',
  },
  retainedPurposes: {
    ja: '「個人情報の利用目的」に記載した利用目的のうち、{categories}に関するもの',
    en: 'The purposes listed under "Purposes of use of personal information" for: {categories}',
  },
  entrustedNotRetained: {
    ja: '受託業務として取り扱う個人情報は、保有個人データに該当しません。',
    en: 'Personal information handled on behalf of customers is not retained personal data.',
  },
  seeContact: {
    ja: '連絡先は「お問い合わせ・苦情の申出先」をご覧ください。',
    en: 'See "Contact for enquiries and complaints" for details.',
  },
  noAccredited: {
    ja: '{we}が対象事業者となっている認定個人情報保護団体はありません。',
    en: 'We are not a member of any accredited personal information protection organisation.',
  },
  securityIntro: {
    ja: '{we}は、個人データの漏えい、滅失または毀損の防止その他の安全管理のため、次の措置を講じています。',
    en: '{We} take the following measures to prevent leakage, loss or damage of personal data and otherwise keep it secure.',
  },
  externalEnvironmentOverseas: {
    ja: '外国において個人データを保管しているため、当該国の個人情報の保護に関する制度を把握したうえで安全管理措置を実施しています。保管国は「外国における個人データの保管」に記載しています。',
    en: 'As personal data is stored overseas, we implement security measures after understanding the personal information protection systems of those countries, listed under "Storage of personal data on servers overseas".',
  },
  requestsIntro: {
    ja: '保有個人データおよび第三者提供記録について、ご本人またはその代理人から次の請求（以下「開示等の請求」といいます）を受け付けます。請求先は「お問い合わせ・苦情の申出先」をご覧ください。',
    en: 'We accept the following requests ("requests") about retained personal data and third-party provision records from the person or their agent. See "Contact for enquiries and complaints" for where to send them.',
  },
  allOperators: { ja: 'すべての事業者', en: 'All operators' },
  requestTypes: { ja: '受け付ける請求の種類は次のとおりです。', en: 'We accept these kinds of request:' },
  agentsAccepted: {
    ja: 'ご本人のほか、法定代理人またはご本人が委任した代理人による請求も受け付けます。',
    en: 'Requests may also be made by a legal representative or by an attorney appointed by the person.',
  },
  intakeMethods: { ja: '受付方法：{methods}', en: 'Requests are accepted: {methods}' },
  formRequired: {
    ja: '{we}所定の請求書に必要事項をご記入のうえ、下記の本人確認書類を添えてご提出ください。所定の請求書以外による請求は受け付けておりません。',
    en: 'Please complete our request form and send it with the identity documents below. Requests in any other form are not accepted.',
  },
  formOptional: {
    ja: '請求の内容とご本人を特定できる事項をお知らせのうえ、下記の本人確認書類を添えてご提出ください。',
    en: 'Please tell us what you request and how we can identify you, and send the identity documents below.',
  },
  identityIntro: {
    ja: 'ご本人または代理人であることを確認するため、次の書類をご提出ください。',
    en: 'To verify the identity of the person or the agent, please send the following documents.',
  },
  noFees: { ja: '開示等の請求に手数料はかかりません。', en: 'Requests are free of charge.' },
  feePerRequest: { ja: '1回の請求につき{amount}{tax}', en: '{amount} per request{tax}' },
  taxIncluded: { ja: '（税込）', en: ' (tax included)' },
  taxExcluded: { ja: '（税別）', en: ' (plus tax)' },
  otherRequestsFree: { ja: '上記以外の請求は無料です。', en: 'Other requests are free of charge.' },
  paymentMethods: { ja: 'お支払い方法：{methods}', en: 'Payment methods: {methods}' },
  feeEnclosed: {
    ja: '手数料は請求書類に同封してください。',
    en: 'Please enclose the fee with the request documents.',
  },
  unpaidEnclosedRefused: {
    ja: '手数料が不足している場合または同封されていない場合は、開示等の請求に応じられません。',
    en: 'If the fee is short or not enclosed, we cannot comply with the request.',
  },
  paymentDeadline: {
    ja: '手数料は、請求を受け付けた日から{days}日以内にお支払いください。',
    en: 'Please pay the fee within {days} days of the date we receive the request.',
  },
  unpaidDeemedNotMade: {
    ja: '手数料が不足している場合または同封されていない場合はその旨をお知らせし、期限までにお支払いがない場合は、請求がなかったものとして取り扱います。',
    en: 'If the fee is missing or short we will tell you; if it is not paid by the deadline, the request is treated as not made.',
  },
  unpaidRefused: {
    ja: '期限までに手数料のお支払いがない場合は、開示等の請求に応じられません。',
    en: 'If the fee is not paid by the deadline, we cannot comply with the request.',
  },
  chargedOnRefusal: {
    ja: '開示しない旨を決定した場合も、所定の手数料をいただきます。',
    en: 'The fee is charged even when we decide not to disclose.',
  },
  requesterBearsCosts: { ja: '次の費用はご請求者のご負担となります：{costs}', en: 'The requester bears: {costs}' },
  replyMethods: { ja: '回答方法：{methods}', en: 'We reply: {methods}' },
  replyTarget: {
    ja: '原則として、請求を受け付けた日から{days}日以内に回答します。ご指定の方法による開示が困難な場合は、書面でお知らせします。',
    en: 'We normally reply within {days} days of receiving the request. If the method you chose is impractical, we reply in writing.',
  },
  refusalIntro: {
    ja: '次のいずれかに該当する場合は、請求に応じられないことがあります。',
    en: 'We may not be able to comply in the following cases:',
  },
  refusalNotice: {
    ja: '請求に応じない旨を決定した場合は、その旨と理由を遅滞なく通知します。',
    en: 'If we decide not to comply, we tell you so, with our reasons, without delay.',
  },
  documentsReturned: { ja: 'ご提出いただいた書類は返却します。', en: 'Documents you send are returned.' },
  documentsNotReturned: {
    ja: 'ご提出いただいた書類は、原則として返却しません。',
    en: 'Documents you send are, as a rule, not returned.',
  },
  identityRetention: {
    ja: '本人確認書類は、回答後{days}日以内に廃棄します。',
    en: 'Identity documents are destroyed within {days} days after we reply.',
  },
  identityDiscarded: {
    ja: '本人確認書類は、確認後速やかに廃棄します。',
    en: 'Identity documents are destroyed as soon as the identity is verified.',
  },
  cookiesIntro: {
    ja: '{we}のウェブサイトおよびサービスでは、Cookie、タグ、情報収集モジュール等を利用して、次のとおり利用者に関する情報を外部に送信しています。',
    en: 'Our websites and services use cookies, tags and information collection modules that send information about users to the following parties.',
  },
  cookiesBrowser: {
    ja: 'ブラウザの設定によりCookieを無効にすることができます。オプトアウトの方法は各事業者のページをご覧ください。',
    en: 'You can disable cookies in your browser settings; see each provider’s page for how to opt out.',
  },
  inboundIntro: {
    ja: '{we}は、第三者から次の個人関連情報を取得することがあります。',
    en: 'We may receive the following personally referable information from third parties.',
  },
  inboundConsent: {
    ja: '取得した個人関連情報をご本人の個人データと紐付けて利用する場合は、あらかじめご本人の同意を得ます。',
    en: 'We link it to your personal data only with your prior consent.',
  },
  myNumberUse: {
    ja: '{we}は、個人番号および特定個人情報を、行政手続における特定の個人を識別するための番号の利用等に関する法律に定める社会保障、税および災害対策に関する事務に限って利用し、必要かつ適切な安全管理措置を講じます。',
    en: '{We} use My Numbers and specific personal information only for social security, tax and disaster response work as the My Number Act permits, and keep them under necessary and appropriate security control measures.',
  },
  myNumberContacts: {
    ja: '特定個人情報等に関するお問い合わせは、次の窓口で受け付けます。',
    en: 'Enquiries about specific personal information are handled by:',
  },
  contactIntro: {
    ja: '個人情報の取扱いに関するお問い合わせ、苦情、開示等の請求は、次の窓口で受け付けます。',
    en: 'Enquiries, complaints and requests about the handling of personal information are received at the following desk.',
  },
} as const satisfies Record<string, LocalizedText>;

export type PhraseKey = keyof typeof PHRASES;
