import type { Contractor } from '../ledger/contractor.ts';
import type { JointUse } from '../ledger/joint-use.ts';
import type { Recipient } from '../ledger/recipient.ts';
import { BASIS_SHORT_LABELS, STATUS_LABELS, yesNo } from './labels.ts';
import type { Holding, LedgerLookup } from './ledger-lookup.ts';
import { type Column, type Sheet, sheet } from './sheet.ts';

const SCOPE = {
  categories: { ja: '本人の区分', en: 'Subject categories' },
  items: { ja: '項目', en: 'Data items' },
  purposes: { ja: '利用目的', en: 'Purposes' },
} as const;

/** One row per store, with its system. */
export function systemsSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const holdings: Holding[] = ledger.systems.flatMap((system) => system.stores.map((store) => ({ system, store })));
  const columns: Column<Holding>[] = [
    { header: { ja: 'システムID', en: 'System ID' }, width: 14, get: (h) => h.system.id },
    { header: { ja: 'システム名', en: 'System' }, width: 22, get: (h) => h.system.name[lang] },
    { header: { ja: '提供元', en: 'Provider' }, width: 18, get: (h) => lookup.text(h.system.provider) },
    { header: { ja: '保管先ID', en: 'Store ID' }, width: 14, get: (h) => h.store.id },
    { header: { ja: '保管先', en: 'Store' }, width: 18, get: (h) => lookup.text(h.store.name) },
    { header: { ja: '保管国', en: 'Countries' }, width: 12, get: (h) => h.store.countries ?? [] },
    { header: { ja: 'リージョン', en: 'Region' }, width: 14, get: (h) => h.store.region ?? '' },
    {
      header: { ja: '保存時暗号化', en: 'Encrypted at rest' },
      width: 10,
      get: (h) => yesNo(h.store.encryptionAtRest, lang),
    },
    { header: SCOPE.items, width: 28, get: (h) => lookup.namesOf('dataItems', h.store.items) },
    {
      header: { ja: 'アクセス権限', en: 'Access roles' },
      width: 22,
      get: (h) => lookup.namesOf('roles', h.system.accessRoles),
    },
    {
      header: { ja: '委託先', en: 'Contractor' },
      width: 20,
      get: (h) => (h.system.contractor ? lookup.name('contractors', h.system.contractor) : ''),
    },
    { header: { ja: 'IP制限', en: 'IP restricted' }, width: 10, get: (h) => yesNo(h.system.ipRestricted, lang) },
  ];
  return sheet({ ja: 'システム・保管先', en: 'Systems & stores' }, columns, holdings, lang);
}

export function recipientsSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<Recipient>[] = [
    { header: { ja: 'ID', en: 'ID' }, width: 16, get: (r) => r.id },
    { header: { ja: '提供先', en: 'Recipient' }, width: 22, get: (r) => r.name[lang] },
    { header: { ja: '所在国', en: 'Country' }, width: 8, get: (r) => r.country },
    { header: SCOPE.categories, width: 18, get: (r) => lookup.namesOf('subjectCategories', r.categories) },
    { header: SCOPE.items, width: 24, get: (r) => lookup.namesOf('dataItems', r.items) },
    { header: SCOPE.purposes, width: 30, get: (r) => lookup.namesOf('purposes', r.purposes) },
    {
      header: { ja: '提供の根拠', en: 'Basis' },
      width: 16,
      get: (r) => (r.basis ? BASIS_SHORT_LABELS[r.basis][lang] : ''),
    },
    { header: { ja: '提供方法', en: 'Method' }, width: 18, get: (r) => lookup.text(r.method) },
    { header: { ja: '外国移転の根拠', en: 'Overseas route' }, width: 18, get: (r) => r.overseas?.route ?? '' },
    { header: { ja: '一括記録', en: 'Bulk record' }, width: 10, get: (r) => yesNo(r.bulkRecord, lang) },
    { header: { ja: '状態', en: 'Status' }, width: 10, get: (r) => STATUS_LABELS[r.status][lang] },
    { header: { ja: '次回確認', en: 'Next review' }, width: 12, get: (r) => r.review?.nextBy ?? '' },
  ];
  return sheet({ ja: '第三者提供先', en: 'Recipients' }, columns, ledger.recipients, lang);
}

export function jointUsesSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<JointUse>[] = [
    { header: { ja: 'ID', en: 'ID' }, width: 16, get: (j) => j.id },
    { header: { ja: '名称', en: 'Name' }, width: 22, get: (j) => lookup.text(j.name) },
    { header: SCOPE.categories, width: 18, get: (j) => lookup.namesOf('subjectCategories', j.categories) },
    { header: SCOPE.items, width: 24, get: (j) => lookup.namesOf('dataItems', j.items) },
    { header: SCOPE.purposes, width: 30, get: (j) => lookup.namesOf('purposes', j.purposes) },
    {
      header: { ja: '共同利用者の範囲', en: 'Joint users' },
      width: 30,
      get: (j) => [j.users.description[lang], ...lookup.namesOf('operators', j.users.operators)],
    },
    {
      header: { ja: '管理責任者', en: 'Responsible party' },
      width: 24,
      get: (j) =>
        j.responsible.operator ? lookup.name('operators', j.responsible.operator) : lookup.text(j.responsible.name),
    },
    { header: { ja: '開始日', en: 'Started on' }, width: 12, get: (j) => j.startedOn ?? '' },
  ];
  return sheet({ ja: '共同利用', en: 'Joint uses' }, columns, ledger.jointUses, lang);
}

export function contractorsSheet(lookup: LedgerLookup): Sheet {
  const { ledger, lang } = lookup;
  const columns: Column<Contractor>[] = [
    { header: { ja: 'ID', en: 'ID' }, width: 16, get: (c) => c.id },
    { header: { ja: '委託先', en: 'Contractor' }, width: 22, get: (c) => c.name[lang] },
    { header: { ja: '所在国', en: 'Country' }, width: 8, get: (c) => c.country },
    { header: { ja: '委託業務', en: 'Scope' }, width: 28, get: (c) => c.scope[lang] },
    { header: SCOPE.categories, width: 18, get: (c) => lookup.namesOf('subjectCategories', c.categories) },
    { header: SCOPE.items, width: 24, get: (c) => lookup.namesOf('dataItems', c.items) },
    { header: { ja: 'システム', en: 'Systems' }, width: 20, get: (c) => lookup.namesOf('systems', c.systems) },
    {
      header: { ja: '契約', en: 'Contract' },
      width: 24,
      get: (c) =>
        [
          c.contract.reference ?? '',
          c.contract.termsOfUse ? (lang === 'ja' ? '利用規約' : 'terms of use') : '',
          ...c.contract.terms,
        ].filter(Boolean),
    },
    { header: { ja: '前回確認', en: 'Last review' }, width: 12, get: (c) => c.supervision.lastReviewOn ?? '' },
    { header: { ja: '次回確認', en: 'Review due' }, width: 12, get: (c) => c.supervision.nextReviewBy },
    { header: { ja: '外国移転の根拠', en: 'Overseas route' }, width: 18, get: (c) => c.overseas?.route ?? '' },
    { header: { ja: '状態', en: 'Status' }, width: 10, get: (c) => STATUS_LABELS[c.status][lang] },
  ];
  return sheet({ ja: '委託先', en: 'Contractors' }, columns, ledger.contractors, lang);
}
