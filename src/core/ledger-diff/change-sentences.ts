import type { LocalizedText } from '../ledger/localized-text.ts';
import {
  BASIS_SHORT_LABELS,
  CATEGORY_ROLE_LABELS,
  CONSENT_LABELS,
  FLAG_LABELS,
  REQUEST_TYPE_SHORT_LABELS,
  TRIGGER_LABELS,
} from '../ledger-export/labels.ts';
import { formatPeriod } from '../ledger-export/retention-period.ts';
import type { ElementPrefix } from './diff-elements.ts';
import type { ChangeOf, FieldChange, LedgerChangeKind, Ref } from './ledger-change.ts';
import { fromTo, names, quote as q, quoteRefs as qs } from './sentence-tools.ts';

type Sentences = { readonly [K in LedgerChangeKind]: (c: ChangeOf<K>) => LocalizedText };
type Labelled = { readonly label: LocalizedText };

const NOUN: Readonly<Record<ElementPrefix | 'ledger' | 'third-party-provision' | 'notice', LocalizedText>> = {
  ledger: { ja: '台帳', en: 'Ledger' },
  operator: { ja: '事業者', en: 'Operator' },
  category: { ja: '本人の区分', en: 'Subject category' },
  item: { ja: '個人データ項目', en: 'Data item' },
  purpose: { ja: '利用目的', en: 'Purpose' },
  system: { ja: 'システム', en: 'System' },
  store: { ja: '保管先', en: 'Store' },
  'retention-rule': { ja: '保存ルール', en: 'Retention rule' },
  recipient: { ja: '第三者提供先', en: 'Recipient' },
  'joint-use': { ja: '共同利用', en: 'Joint use' },
  contractor: { ja: '委託先', en: 'Contractor' },
  'external-transmission': { ja: '外部送信', en: 'External transmission' },
  role: { ja: 'ロール', en: 'Role' },
  'request-procedure': { ja: '開示等の請求手続', en: 'Request procedure' },
  'security-measures': { ja: '安全管理措置', en: 'Security measures' },
  'deidentified-data': { ja: '加工情報', en: 'De-identified data' },
  country: { ja: '外国の制度情報', en: 'Country information' },
  'third-party-provision': { ja: '第三者提供の設定', en: 'Third-party provision settings' },
  notice: { ja: '公表事項', en: 'Notice' },
};

const added = (noun: LocalizedText) => (c: Labelled) => ({
  ja: `${noun.ja}${q(c.label, 'ja')}を追加`,
  en: `${noun.en} ${q(c.label, 'en')} added`,
});
const removed = (noun: LocalizedText) => (c: Labelled) => ({
  ja: `${noun.ja}${q(c.label, 'ja')}を削除`,
  en: `${noun.en} ${q(c.label, 'en')} removed`,
});
const changed =
  (noun: LocalizedText, labelled = true) =>
  (c: Labelled & FieldChange) => ({
    ja: `${noun.ja}${labelled ? q(c.label, 'ja') : ''}の ${c.field} を変更${fromTo(c.from, c.to, 'ja')}`,
    en: `${noun.en}${labelled ? ` ${q(c.label, 'en')}` : ''}: ${c.field} changed${fromTo(c.from, c.to, 'en')}`,
  });
/** "now also …" / "no longer …" for a list of references gained or lost. */
const refsDelta =
  (noun: LocalizedText, what: LocalizedText, gained: boolean, show = qs) =>
  (c: Labelled & { readonly refs: readonly Ref[] }) => ({
    ja: `${noun.ja}${q(c.label, 'ja')}の${what.ja}${gained ? 'に' : 'から'}${show(c.refs, 'ja')}を${gained ? '追加' : '除外'}`,
    en: `${noun.en} ${q(c.label, 'en')} ${gained ? 'now also' : 'no longer'} ${what.en} ${show(c.refs, 'en')}`,
  });
const lists = (a: readonly string[], r: readonly string[], lang: 'ja' | 'en') => {
  const parts =
    lang === 'ja'
      ? [a.length ? `追加：${a.join('、')}` : '', r.length ? `削除：${r.join('、')}` : '']
      : [a.length ? `${a.join(', ')} added` : '', r.length ? `${r.join(', ')} removed` : ''];
  return parts.filter(Boolean).join(lang === 'ja' ? '、' : '; ');
};
const yen = (fee: number | undefined, lang: 'ja' | 'en') =>
  fee === undefined || fee === 0
    ? lang === 'ja'
      ? '無料'
      : 'free'
    : lang === 'ja'
      ? `${fee.toLocaleString('ja-JP')}円`
      : `JPY ${fee.toLocaleString('en-US')}`;
const basis = (b: ChangeOf<'recipient-basis-changed'>['from'], lang: 'ja' | 'en') =>
  b === undefined ? (lang === 'ja' ? '未設定' : 'not stated') : BASIS_SHORT_LABELS[b][lang];
const categories = { ja: '対象の区分', en: 'applies to categories' };

export const SENTENCES: Sentences = {
  'ledger-changed': changed(NOUN.ledger),
  'operator-added': added(NOUN.operator),
  'operator-removed': removed(NOUN.operator),
  'operator-changed': changed(NOUN.operator),
  'category-added': added(NOUN.category),
  'category-removed': removed(NOUN.category),
  'category-role-changed': (c) => ({
    ja: `${NOUN.category.ja}${q(c.label, 'ja')}の立場を${CATEGORY_ROLE_LABELS[c.from].ja}から${CATEGORY_ROLE_LABELS[c.to].ja}に変更`,
    en: `Subject category ${q(c.label, 'en')} now held as ${CATEGORY_ROLE_LABELS[c.to].en} (was ${CATEGORY_ROLE_LABELS[c.from].en})`,
  }),
  'category-changed': changed(NOUN.category),
  'item-added': (c) => ({
    ja: `${NOUN.item.ja}${q(c.label, 'ja')}を追加（対象：${names(c.refs, 'ja')}）`,
    en: `Data item ${q(c.label, 'en')} added for categories ${names(c.refs, 'en')}`,
  }),
  'item-removed': removed(NOUN.item),
  'item-flag-changed': (c) => ({
    ja: `${NOUN.item.ja}${q(c.label, 'ja')}${c.to ? `を${FLAG_LABELS[c.flag].ja}に指定` : `の${FLAG_LABELS[c.flag].ja}の指定を解除`}`,
    en: `Data item ${q(c.label, 'en')} ${c.to ? 'now' : 'no longer'} marked ${FLAG_LABELS[c.flag].en}`,
  }),
  'item-categories-added': refsDelta(NOUN.item, { ja: '対象の区分', en: 'held for categories' }, true, names),
  'item-categories-removed': refsDelta(NOUN.item, { ja: '対象の区分', en: 'held for categories' }, false, names),
  'item-sensitive-kinds-changed': (c) => ({
    ja: `${NOUN.item.ja}${q(c.label, 'ja')}の機微情報の種類を変更（${lists(c.added, c.removed, 'ja')}）`,
    en: `Data item ${q(c.label, 'en')}: sensitive kinds ${lists(c.added, c.removed, 'en')}`,
  }),
  'item-changed': changed(NOUN.item),
  'purpose-added': (c) => ({
    ja: `${NOUN.purpose.ja}${q(c.label, 'ja')}を追加（対象：${names(c.refs, 'ja')}）：${q(c.text, 'ja')}`,
    en: `Purpose ${q(c.label, 'en')} added for categories ${names(c.refs, 'en')}: ${q(c.text, 'en')}`,
  }),
  'purpose-removed': removed(NOUN.purpose),
  'purpose-text-changed': (c) => ({
    ja: `${NOUN.purpose.ja}${q(c.label, 'ja')}の文言を変更：${q(c.from, 'ja')} → ${q(c.to, 'ja')}`,
    en: `Purpose ${q(c.label, 'en')} reworded: ${q(c.from, 'en')} → ${q(c.to, 'en')}`,
  }),
  'purpose-items-added': refsDelta(NOUN.purpose, { ja: '利用項目', en: 'uses' }, true),
  'purpose-items-removed': refsDelta(NOUN.purpose, { ja: '利用項目', en: 'uses' }, false),
  'purpose-categories-added': refsDelta(NOUN.purpose, categories, true, names),
  'purpose-categories-removed': refsDelta(NOUN.purpose, categories, false, names),
  'purpose-consent-changed': (c) => ({
    ja: `${NOUN.purpose.ja}${q(c.label, 'ja')}の同意を${q(CONSENT_LABELS[c.from], 'ja')}から${q(CONSENT_LABELS[c.to], 'ja')}に変更`,
    en: `Purpose ${q(c.label, 'en')}: consent changed from ${CONSENT_LABELS[c.from].en} to ${CONSENT_LABELS[c.to].en}`,
  }),
  'purpose-tags-changed': (c) => ({
    ja: `${NOUN.purpose.ja}${q(c.label, 'ja')}のタグを変更（${lists(c.added, c.removed, 'ja')}）`,
    en: `Purpose ${q(c.label, 'en')}: tags ${lists(c.added, c.removed, 'en')}`,
  }),
  'purpose-changed': changed(NOUN.purpose),
  'system-added': added(NOUN.system),
  'system-removed': removed(NOUN.system),
  'system-changed': changed(NOUN.system),
  'store-added': (c) => ({
    ja: `${NOUN.system.ja}${q(c.system.label, 'ja')}に${NOUN.store.ja}${q(c.label, 'ja')}を追加（保管国：${names(c.countries, 'ja')}）`,
    en: `Store ${q(c.label, 'en')} added to system ${q(c.system.label, 'en')}, in ${names(c.countries, 'en')}`,
  }),
  'store-removed': (c) => ({
    ja: `${NOUN.system.ja}${q(c.system.label, 'ja')}から${NOUN.store.ja}${q(c.label, 'ja')}を削除`,
    en: `Store ${q(c.label, 'en')} removed from system ${q(c.system.label, 'en')}`,
  }),
  'store-country-added': (c) => ({
    ja: `${NOUN.store.ja}${q(c.label, 'ja')}の保管国に${names(c.countries, 'ja')}を追加`,
    en: `Store ${q(c.label, 'en')} now also in ${names(c.countries, 'en')}`,
  }),
  'store-country-removed': (c) => ({
    ja: `${NOUN.store.ja}${q(c.label, 'ja')}の保管国から${names(c.countries, 'ja')}を除外`,
    en: `Store ${q(c.label, 'en')} no longer in ${names(c.countries, 'en')}`,
  }),
  'store-items-added': refsDelta(NOUN.store, { ja: '保管項目', en: 'keeps' }, true),
  'store-items-removed': refsDelta(NOUN.store, { ja: '保管項目', en: 'keeps' }, false),
  'store-encryption-changed': (c) => ({
    ja: `${NOUN.store.ja}${q(c.label, 'ja')}の保存時暗号化を${c.to ? '有効化' : '無効化'}`,
    en: `Store ${q(c.label, 'en')} ${c.to ? 'now' : 'no longer'} encrypted at rest`,
  }),
  'store-changed': changed(NOUN.store),
  'retention-rule-added': added(NOUN['retention-rule']),
  'retention-rule-removed': removed(NOUN['retention-rule']),
  'retention-shortened': (c) => ({
    ja: `${NOUN['retention-rule'].ja}${q(c.label, 'ja')}の保存期間を${formatPeriod(c.from, 'ja')}から${formatPeriod(c.to, 'ja')}に短縮`,
    en: `Retention rule ${q(c.label, 'en')} shortened from ${formatPeriod(c.from, 'en')} to ${formatPeriod(c.to, 'en')}`,
  }),
  'retention-lengthened': (c) => ({
    ja: `${NOUN['retention-rule'].ja}${q(c.label, 'ja')}の保存期間を${formatPeriod(c.from, 'ja')}から${formatPeriod(c.to, 'ja')}に延長`,
    en: `Retention rule ${q(c.label, 'en')} lengthened from ${formatPeriod(c.from, 'en')} to ${formatPeriod(c.to, 'en')}`,
  }),
  'retention-trigger-changed': (c) => ({
    ja: `${NOUN['retention-rule'].ja}${q(c.label, 'ja')}の起算点を${q(TRIGGER_LABELS[c.from], 'ja')}から${q(TRIGGER_LABELS[c.to], 'ja')}に変更`,
    en: `Retention rule ${q(c.label, 'en')} now counts from ${TRIGGER_LABELS[c.to].en} (was ${TRIGGER_LABELS[c.from].en})`,
  }),
  'retention-rule-changed': changed(NOUN['retention-rule']),
  'recipient-added': (c) => ({
    ja: `${NOUN.recipient.ja}${q(c.label, 'ja')}（${c.country}）を追加`,
    en: `Recipient ${q(c.label, 'en')} (${c.country}) added`,
  }),
  'recipient-removed': removed(NOUN.recipient),
  'recipient-basis-changed': (c) => ({
    ja: `${NOUN.recipient.ja}${q(c.label, 'ja')}への提供の根拠を${q(basis(c.from, 'ja'), 'ja')}から${q(basis(c.to, 'ja'), 'ja')}に変更`,
    en: `Recipient ${q(c.label, 'en')}: basis changed from ${basis(c.from, 'en')} to ${basis(c.to, 'en')}`,
  }),
  'recipient-items-added': refsDelta(NOUN.recipient, { ja: '提供項目', en: 'receives' }, true),
  'recipient-items-removed': refsDelta(NOUN.recipient, { ja: '提供項目', en: 'receives' }, false),
  'recipient-categories-added': refsDelta(
    NOUN.recipient,
    { ja: '提供対象の区分', en: 'receives data on' },
    true,
    names,
  ),
  'recipient-categories-removed': refsDelta(
    NOUN.recipient,
    { ja: '提供対象の区分', en: 'receives data on' },
    false,
    names,
  ),
  'recipient-country-changed': (c) => ({
    ja: `${NOUN.recipient.ja}${q(c.label, 'ja')}の所在国を${c.from}から${c.to}に変更`,
    en: `Recipient ${q(c.label, 'en')} moved from ${c.from} to ${c.to}`,
  }),
  'recipient-suspended': (c) => ({
    ja: `${NOUN.recipient.ja}${q(c.label, 'ja')}への提供を停止`,
    en: `Provision to recipient ${q(c.label, 'en')} suspended`,
  }),
  'recipient-reactivated': (c) => ({
    ja: `${NOUN.recipient.ja}${q(c.label, 'ja')}への提供を再開`,
    en: `Provision to recipient ${q(c.label, 'en')} resumed`,
  }),
  'recipient-changed': changed(NOUN.recipient),
  'joint-use-added': added(NOUN['joint-use']),
  'joint-use-removed': removed(NOUN['joint-use']),
  'joint-use-changed': changed(NOUN['joint-use']),
  'contractor-added': (c) => ({
    ja: `${NOUN.contractor.ja}${q(c.label, 'ja')}（${c.country}）を追加`,
    en: `Contractor ${q(c.label, 'en')} (${c.country}) added`,
  }),
  'contractor-removed': removed(NOUN.contractor),
  'contractor-suspended': (c) => ({
    ja: `${NOUN.contractor.ja}${q(c.label, 'ja')}への委託を${c.to === 'terminated' ? '終了' : '停止'}`,
    en: `Contractor ${q(c.label, 'en')} ${c.to}`,
  }),
  'contractor-reinstated': (c) => ({
    ja: `${NOUN.contractor.ja}${q(c.label, 'ja')}への委託を再開`,
    en: `Contractor ${q(c.label, 'en')} active again`,
  }),
  'contractor-items-added': refsDelta(NOUN.contractor, { ja: '取扱項目', en: 'handles' }, true),
  'contractor-items-removed': refsDelta(NOUN.contractor, { ja: '取扱項目', en: 'handles' }, false),
  'contractor-country-changed': (c) => ({
    ja: `${NOUN.contractor.ja}${q(c.label, 'ja')}の所在国を${c.from}から${c.to}に変更`,
    en: `Contractor ${q(c.label, 'en')} moved from ${c.from} to ${c.to}`,
  }),
  'contractor-changed': changed(NOUN.contractor),
  'external-transmission-added': added(NOUN['external-transmission']),
  'external-transmission-removed': removed(NOUN['external-transmission']),
  'external-transmission-changed': changed(NOUN['external-transmission']),
  'role-added': added(NOUN.role),
  'role-removed': removed(NOUN.role),
  'role-purposes-changed': (c) => ({
    ja: `${NOUN.role.ja}${q(c.label, 'ja')}が利用できる目的を変更（${lists(
      c.added.map((r) => q(r.label, 'ja')),
      c.removed.map((r) => q(r.label, 'ja')),
      'ja',
    )}）`,
    en: `Role ${q(c.label, 'en')}: purposes ${lists(
      c.added.map((r) => q(r.label, 'en')),
      c.removed.map((r) => q(r.label, 'en')),
      'en',
    )}`,
  }),
  'role-changed': changed(NOUN.role),
  'request-procedure-added': added(NOUN['request-procedure']),
  'request-procedure-removed': removed(NOUN['request-procedure']),
  'fee-changed': (c) => ({
    ja: `${REQUEST_TYPE_SHORT_LABELS[c.requestType].ja}の手数料（${c.label.ja}）を${yen(c.from, 'ja')}から${yen(c.to, 'ja')}に変更`,
    en: `Fee for ${REQUEST_TYPE_SHORT_LABELS[c.requestType].en} (${c.label.en}) changed from ${yen(c.from, 'en')} to ${yen(c.to, 'en')}`,
  }),
  'request-procedure-changed': changed(NOUN['request-procedure']),
  'security-measures-added': added(NOUN['security-measures']),
  'security-measures-removed': removed(NOUN['security-measures']),
  'security-measures-changed': changed(NOUN['security-measures']),
  'deidentified-data-added': added(NOUN['deidentified-data']),
  'deidentified-data-removed': removed(NOUN['deidentified-data']),
  'deidentified-data-changed': changed(NOUN['deidentified-data']),
  'country-added': added(NOUN.country),
  'country-removed': removed(NOUN.country),
  'country-changed': changed(NOUN.country),
  'third-party-provision-changed': changed(NOUN['third-party-provision'], false),
  'notice-changed': changed(NOUN.notice, false),
};
