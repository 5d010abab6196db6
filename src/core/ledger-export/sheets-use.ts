import type { DataItem } from '../ledger/data-item.ts';
import type { Purpose } from '../ledger/purpose.ts';
import type { RetentionRule } from '../ledger/retention-rule.ts';
import type { Role } from '../ledger/role.ts';
import { STATUTORY_RETENTION } from '../ledger/statutory-retention.ts';
import { ACQUISITION_LABELS, CONSENT_LABELS, FLAG_LABELS, type ItemFlag, TRIGGER_LABELS, yesNo } from './labels.ts';
import type { LedgerLookup } from './ledger-lookup.ts';
import { formatDisposal, formatRetention } from './retention-period.ts';
import { type Column, type Sheet, sheet } from './sheet.ts';

const ID: Column<{ id: string }> = { header: { ja: 'ID', en: 'ID' }, width: 16, get: (e) => e.id };

export function purposesSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<Purpose>[] = [
    ID,
    { header: { ja: '利用目的', en: 'Purpose of use' }, width: 48, get: (p) => p.text[lang] },
    {
      header: { ja: '本人の区分', en: 'Subject categories' },
      width: 20,
      get: (p) => lookup.namesOf('subjectCategories', p.categories),
    },
    { header: { ja: '利用項目', en: 'Data items' }, width: 24, get: (p) => lookup.namesOf('dataItems', p.items) },
    {
      header: { ja: '事業者', en: 'Operators' },
      width: 24,
      get: (p) => (p.operators ? lookup.namesOf('operators', p.operators) : lang === 'ja' ? '全事業者' : 'all'),
    },
    { header: { ja: '分類', en: 'Tags' }, width: 16, get: (p) => p.tags },
    { header: { ja: '同意', en: 'Consent' }, width: 14, get: (p) => CONSENT_LABELS[p.consent][lang] },
    {
      header: { ja: '要配慮個人情報の取得根拠', en: 'Special care basis' },
      width: 22,
      get: (p) =>
        p.specialCareBasis ? [p.specialCareBasis.kind, lookup.text(p.specialCareBasis.law)].filter(Boolean) : '',
    },
    {
      header: { ja: '取得後の追加', en: 'Added after collection' },
      width: 10,
      get: (p) => yesNo(p.addedAfterCollection, lang),
    },
  ];
  return sheet({ ja: '利用目的', en: 'Purposes' }, columns, ledger.purposes, lang);
}

export function dataItemsSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const flag = (name: ItemFlag): Column<DataItem> => ({
    header: FLAG_LABELS[name],
    width: 10,
    get: (item) => yesNo(item.flags[name], lang),
  });
  const columns: Column<DataItem>[] = [
    ID,
    { header: { ja: '項目名', en: 'Name' }, width: 20, get: (i) => i.name[lang] },
    { header: { ja: '説明', en: 'Description' }, width: 30, get: (i) => lookup.text(i.description) },
    {
      header: { ja: '本人の区分', en: 'Subject categories' },
      width: 20,
      get: (i) => lookup.namesOf('subjectCategories', i.categories),
    },
    flag('specialCare'),
    flag('myNumber'),
    flag('financial'),
    flag('identifying'),
    flag('personallyReferable'),
    { header: { ja: '機微情報の種類', en: 'Sensitive kinds' }, width: 18, get: (i) => i.sensitiveKinds },
    {
      header: { ja: '取得方法・取得元', en: 'Acquisition' },
      width: 28,
      get: (i) =>
        i.acquisition.map((a) =>
          [ACQUISITION_LABELS[a.method][lang], lookup.text(a.source)].filter(Boolean).join(' / '),
        ),
    },
  ];
  return sheet({ ja: '個人データ項目', en: 'Data items' }, columns, ledger.dataItems, lang);
}

export function retentionSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<RetentionRule>[] = [
    ID,
    { header: { ja: '名称', en: 'Name' }, width: 20, get: (r) => lookup.text(r.name) },
    { header: { ja: '対象項目', en: 'Data items' }, width: 24, get: (r) => lookup.namesOf('dataItems', r.items) },
    {
      header: { ja: '本人の区分', en: 'Subject categories' },
      width: 20,
      get: (r) => (r.categories ? lookup.namesOf('subjectCategories', r.categories) : lang === 'ja' ? '全区分' : 'all'),
    },
    { header: { ja: 'システム', en: 'Systems' }, width: 20, get: (r) => lookup.namesOf('systems', r.systems) },
    { header: { ja: '起算点', en: 'Counted from' }, width: 16, get: (r) => TRIGGER_LABELS[r.trigger][lang] },
    { header: { ja: '保存期間', en: 'Retention' }, width: 36, get: (r) => formatRetention(r, lang) },
    {
      header: { ja: '法定保存の対象', en: 'Statutory record' },
      width: 28,
      get: (r) => (r.statutory ? STATUTORY_RETENTION[r.statutory].record[lang] : ''),
    },
    { header: { ja: '廃棄方法', en: 'Disposal' }, width: 16, get: (r) => formatDisposal(r, lang) },
    { header: { ja: '備考', en: 'Note' }, width: 24, get: (r) => lookup.text(r.note) },
  ];
  return sheet({ ja: '保存期間', en: 'Retention rules' }, columns, ledger.retentionRules, lang);
}

export function rolesSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<Role>[] = [
    ID,
    { header: { ja: 'ロール名', en: 'Name' }, width: 18, get: (r) => r.name[lang] },
    { header: { ja: '部署', en: 'Department' }, width: 18, get: (r) => lookup.text(r.department) },
    { header: { ja: '利用目的', en: 'Purposes' }, width: 40, get: (r) => lookup.namesOf('purposes', r.purposes) },
    {
      header: { ja: 'アクセスできるシステム', en: 'Systems accessed' },
      width: 24,
      get: (r) => ledger.systems.filter((s) => s.accessRoles.includes(r.id)).map((s) => s.name[lang]),
    },
    {
      header: { ja: 'マスク表示の項目', en: 'Masked items' },
      width: 20,
      get: (r) => lookup.namesOf('dataItems', r.maskedItems),
    },
    {
      header: { ja: '個人データの閲覧', en: 'Reads personal data' },
      width: 10,
      get: (r) => yesNo(r.readsPersonalData, lang),
    },
    { header: { ja: '台帳の変更', en: 'Changes the ledger' }, width: 10, get: (r) => yesNo(r.changesLedger, lang) },
    { header: { ja: '管理者権限', en: 'Administers' }, width: 10, get: (r) => yesNo(r.administers, lang) },
  ];
  return sheet({ ja: 'ロール', en: 'Roles' }, columns, ledger.roles, lang);
}
