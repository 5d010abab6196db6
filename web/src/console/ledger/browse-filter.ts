import type { Ledger } from './ledger-types.ts';

export const SECTIONS = [
  'purposes',
  'dataItems',
  'subjectCategories',
  'operators',
  'systems',
  'retentionRules',
  'recipients',
  'contractors',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BrowseFilter {
  readonly operator?: string;
  readonly category?: string;
  readonly item?: string;
  readonly purpose?: string;
  readonly system?: string;
  readonly q?: string;
}
export type FilterKey = Exclude<keyof BrowseFilter, 'q'>;
export const FILTER_KEYS: readonly FilterKey[] = ['operator', 'category', 'item', 'purpose', 'system'];

/** Which of the filters mean something for a section (the others are ignored there and said so). */
export const APPLIES: Record<Section, readonly FilterKey[]> = {
  purposes: ['operator', 'category', 'item', 'system'],
  dataItems: ['operator', 'category', 'purpose', 'system'],
  subjectCategories: ['operator', 'item', 'purpose'],
  operators: ['operator'],
  systems: ['operator', 'item', 'purpose'],
  retentionRules: ['category', 'item', 'system'],
  recipients: ['operator', 'category', 'item', 'purpose'],
  contractors: ['operator', 'category', 'item', 'purpose', 'system'],
};

/** An absent list means "all" (an element without operators concerns the whole group). */
const within = (list: readonly string[] | undefined, id: string | undefined) =>
  id === undefined || list === undefined || list.length === 0 || list.includes(id);
const has = (list: readonly string[] | undefined, id: string | undefined) =>
  id === undefined || (list ?? []).includes(id);
const overlaps = (list: readonly string[] | undefined, ids: ReadonlySet<string> | undefined) =>
  ids === undefined || (list ?? []).some((id) => ids.has(id));

/** The elements of each section that match the filter; texts match in either language and by id. */
export function filterLedger(ledger: Ledger, f: BrowseFilter) {
  const q = f.q?.trim().toLowerCase();
  const text = (e: { id: string; name?: unknown; text?: unknown }) =>
    !q || `${e.id} ${JSON.stringify(e.name ?? '')} ${JSON.stringify(e.text ?? '')}`.toLowerCase().includes(q);
  const purpose = f.purpose === undefined ? undefined : ledger.purposes.find((p) => p.id === f.purpose);
  const system = f.system === undefined ? undefined : ledger.systems.find((s) => s.id === f.system);
  const item = f.item === undefined ? undefined : ledger.dataItems.find((i) => i.id === f.item);
  const systemItems = system === undefined ? undefined : new Set(system.stores.flatMap((s) => s.items));
  const purposeItems = purpose === undefined ? undefined : new Set(purpose.items);
  const operatorCategories =
    f.operator === undefined
      ? undefined
      : new Set(ledger.subjectCategories.filter((c) => within(c.operators, f.operator)).map((c) => c.id));
  return {
    purposes: ledger.purposes.filter(
      (p) =>
        within(p.operators, f.operator) &&
        has(p.categories, f.category) &&
        has(p.items, f.item) &&
        overlaps(p.items, systemItems) &&
        text(p),
    ),
    dataItems: ledger.dataItems.filter(
      (i) =>
        overlaps(i.categories, operatorCategories) &&
        has(i.categories, f.category) &&
        (purposeItems === undefined || purposeItems.has(i.id)) &&
        (systemItems === undefined || systemItems.has(i.id)) &&
        text(i),
    ),
    subjectCategories: ledger.subjectCategories.filter(
      (c) =>
        within(c.operators, f.operator) &&
        (item === undefined || item.categories.includes(c.id)) &&
        (purpose === undefined || purpose.categories.includes(c.id)) &&
        text(c),
    ),
    operators: ledger.operators.filter((o) => (f.operator === undefined || o.id === f.operator) && text(o)),
    systems: ledger.systems.filter(
      (s) =>
        within(s.operators, f.operator) &&
        (f.item === undefined || s.stores.some((st) => st.items.includes(f.item as string))) &&
        (purposeItems === undefined || s.stores.some((st) => overlaps(st.items, purposeItems))) &&
        text(s),
    ),
    retentionRules: ledger.retentionRules.filter(
      (r) => within(r.categories, f.category) && has(r.items, f.item) && within(r.systems, f.system) && text(r),
    ),
    recipients: ledger.recipients.filter(
      (r) =>
        within(r.operators, f.operator) &&
        has(r.categories, f.category) &&
        has(r.items, f.item) &&
        has(r.purposes, f.purpose) &&
        text(r),
    ),
    contractors: ledger.contractors.filter(
      (c) =>
        within(c.operators, f.operator) &&
        within(c.categories, f.category) &&
        has(c.items, f.item) &&
        within(c.purposes, f.purpose) &&
        within(c.systems, f.system) &&
        text(c),
    ),
  } satisfies Record<Section, readonly unknown[]>;
}
