import type { DataItem } from '../ledger/data-item.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Lang } from '../ledger/localized-text.ts';
import type { Purpose } from '../ledger/purpose.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';
import {
  ACQUISITION_LABELS,
  BASIS_SHORT_LABELS,
  CATEGORY_ROLE_LABELS,
  CONSENT_LABELS,
  type ItemFlag,
  STATUS_LABELS,
  yesNo,
} from './labels.ts';
import { LEDGER_COLUMNS, type LedgerColumnKey } from './ledger-columns.ts';
import { LedgerLookup } from './ledger-lookup.ts';
import { formatDisposal, formatRetention, longestRule } from './retention-period.ts';
import { type Cell, type Sheet, sheet } from './sheet.ts';

/** One line of the auditors' ledger: a data item of a subject category used for a purpose. */
export interface LedgerRow {
  readonly categoryId: string;
  readonly itemId: string;
  readonly purposeId: string;
  readonly cells: Readonly<Record<LedgerColumnKey, Cell>>;
}

interface Combination {
  readonly category: SubjectCategory;
  readonly item: DataItem;
  readonly purpose: Purpose;
}

const covers = (list: readonly string[] | undefined, id: string) => list === undefined || list.includes(id);

/**
 * The auditors' layout (個人情報管理台帳): one row per item x category x purpose that the ledger actually
 * has (the purpose uses the item, the category holds it, the purpose applies to the category), with where
 * the item is kept, who may see it, how long, and who else receives it. Rows go by category, item, purpose.
 */
export function ledgerRows(ledger: Ledger, lang: Lang): LedgerRow[] {
  const lookup = new LedgerLookup(ledger, lang);
  const rows: LedgerRow[] = [];
  for (const category of ledger.subjectCategories) {
    for (const item of ledger.dataItems) {
      if (!item.categories.includes(category.id)) continue;
      for (const purpose of ledger.purposes) {
        if (!purpose.items.includes(item.id) || !purpose.categories.includes(category.id)) continue;
        rows.push({
          categoryId: category.id,
          itemId: item.id,
          purposeId: purpose.id,
          cells: rowCells({ category, item, purpose }, lookup),
        });
      }
    }
  }
  return rows;
}

export function ledgerSheet(ledger: Ledger, lang: Lang): Sheet {
  return sheet(
    { ja: '個人情報管理台帳', en: 'Ledger' },
    LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width, get: (row: LedgerRow) => row.cells[c.key] })),
    ledgerRows(ledger, lang),
    lang,
  );
}

function rowCells({ category, item, purpose }: Combination, lookup: LedgerLookup): Record<LedgerColumnKey, Cell> {
  const { ledger, lang } = lookup;
  const flag = (name: ItemFlag) => (item.flags[name] ? (lang === 'ja' ? '○' : 'Yes') : lang === 'ja' ? '－' : 'No');
  const holding = lookup.holding(item.id);
  const systems = new Set(holding.map((h) => h.system.id));
  const roles = ledger.roles.filter(
    (role) =>
      role.purposes.includes(purpose.id) &&
      ledger.systems.some((s) => systems.has(s.id) && s.accessRoles.includes(role.id)),
  );
  const rules = ledger.retentionRules.filter((r) => r.items.includes(item.id) && covers(r.categories, category.id));
  const rule = longestRule(rules);
  const recipients = ledger.recipients.filter((r) => r.items.includes(item.id) && r.categories.includes(category.id));
  const jointUses = ledger.jointUses.filter((j) => j.items.includes(item.id) && j.categories.includes(category.id));
  const contractors = ledger.contractors.filter(
    (c) => c.items.includes(item.id) && (c.categories.length === 0 || c.categories.includes(category.id)),
  );
  const abroad = new Set<string>([
    ...holding.flatMap((h) => h.store.countries ?? []),
    ...recipients.filter((r) => r.status === 'active').map((r) => r.country),
    ...contractors.filter((c) => c.status === 'active').map((c) => c.country),
  ]);
  abroad.delete('JP');
  const sep = lang === 'ja' ? '、' : ', ';
  const paren = (parts: readonly string[]) =>
    parts.length === 0 ? '' : lang === 'ja' ? `（${parts.join(sep)}）` : ` (${parts.join(sep)})`;
  const status = (s: 'active' | 'suspended' | 'terminated') => (s === 'active' ? [] : [STATUS_LABELS[s][lang]]);

  return {
    operators: ledger.operators
      .filter((op) => covers(category.operators, op.id) && covers(purpose.operators, op.id))
      .map((op) => op.name[lang]),
    category: category.name[lang],
    categoryRole:
      CATEGORY_ROLE_LABELS[category.role][lang] + paren(category.entrustedBy ? [category.entrustedBy[lang]] : []),
    item: item.name[lang],
    specialCare: flag('specialCare'),
    myNumber: flag('myNumber'),
    financial: flag('financial'),
    identifying: flag('identifying'),
    acquisition: item.acquisition
      .filter((a) => covers(a.categories, category.id))
      .map((a) => ACQUISITION_LABELS[a.method][lang] + paren(a.source ? [a.source[lang]] : [])),
    purpose: purpose.text[lang],
    purposeTags: purpose.tags,
    consent: CONSENT_LABELS[purpose.consent][lang],
    stores: holding.map(
      ({ system, store }) =>
        `${system.name[lang]} / ${store.name?.[lang] ?? store.id}` +
        paren([
          ...(store.countries ?? []),
          store.encryptionAtRest
            ? lang === 'ja'
              ? '保存時暗号化あり'
              : 'encrypted at rest'
            : lang === 'ja'
              ? '保存時暗号化なし'
              : 'not encrypted at rest',
        ]),
    ),
    accessRoles: roles.map(
      (role) =>
        role.name[lang] + paren(role.maskedItems.includes(item.id) ? [lang === 'ja' ? 'マスク表示' : 'masked'] : []),
    ),
    retention: rule ? formatRetention(rule, lang) : lang === 'ja' ? '未設定' : 'not set',
    disposal: rule ? formatDisposal(rule, lang) : '',
    recipients: recipients.map(
      (r) =>
        r.name[lang] +
        paren([
          r.country,
          r.basis ? BASIS_SHORT_LABELS[r.basis][lang] : lang === 'ja' ? '根拠未設定' : 'no basis',
          ...status(r.status),
        ]),
    ),
    jointUses: jointUses.map((j) => j.name?.[lang] ?? j.id),
    contractors: contractors.map(
      (c) =>
        c.name[lang] +
        paren([
          c.country,
          lang === 'ja' ? `次回確認 ${c.supervision.nextReviewBy}` : `review due ${c.supervision.nextReviewBy}`,
          ...status(c.status),
        ]),
    ),
    overseas: yesNo(abroad.size > 0, lang),
    overseasCountries: [...abroad].sort(),
  };
}
