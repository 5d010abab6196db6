import type { Ledger } from '../ledger/ledger.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';

/** A purpose of use as the person is told it (RQ-2): the ledger's text, published note, categories and items. */
export interface NotifiedPurpose {
  readonly id: string;
  readonly text: LocalizedText;
  readonly publishedNote?: LocalizedText;
  readonly categories: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly items: readonly { readonly id: string; readonly name: LocalizedText }[];
}

/**
 * The purposes of the operator that apply to the person: those naming any of the person's subject categories
 * (the categories of the tables they were found in). Only the person's categories are listed with each purpose;
 * items keep the ledger's order.
 */
export function applicablePurposes(
  ledger: Ledger,
  operator: string,
  personCategories: ReadonlySet<string>,
): readonly NotifiedPurpose[] {
  const categoryNames = new Map(ledger.subjectCategories.map((c) => [c.id, c.name]));
  const itemNames = new Map(ledger.dataItems.map((i) => [i.id, i.name]));
  const name = (names: Map<string, LocalizedText>, id: string) => names.get(id) ?? { ja: id, en: id };
  return ledger.purposes
    .filter((p) => p.operators === undefined || p.operators.includes(operator))
    .filter((p) => p.categories.some((c) => personCategories.has(c)))
    .map((p) => ({
      id: p.id,
      text: p.text,
      ...(p.publishedNote ? { publishedNote: p.publishedNote } : {}),
      categories: p.categories
        .filter((c) => personCategories.has(c))
        .map((id) => ({ id, name: name(categoryNames, id) })),
      items: p.items.map((id) => ({ id, name: name(itemNames, id) })),
    }));
}
