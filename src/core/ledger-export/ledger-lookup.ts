import type { Ledger } from '../ledger/ledger.ts';
import type { Lang, LocalizedText } from '../ledger/localized-text.ts';
import type { Store, System } from '../ledger/system.ts';

type Named = 'operators' | 'subjectCategories' | 'dataItems' | 'systems' | 'roles' | 'contractors' | 'recipients';

export interface Holding {
  readonly system: System;
  readonly store: Store;
}

/** Names by id and the few joins the auditors' tables need, in one language. */
export class LedgerLookup {
  private readonly names = new Map<string, LocalizedText>();
  private readonly holdings = new Map<string, Holding[]>();

  constructor(
    readonly ledger: Ledger,
    readonly lang: Lang,
  ) {
    const add = (section: Named | 'purposes', id: string, name: LocalizedText) =>
      this.names.set(`${section}:${id}`, name);
    for (const e of ledger.operators) add('operators', e.id, e.name);
    for (const e of ledger.subjectCategories) add('subjectCategories', e.id, e.name);
    for (const e of ledger.dataItems) add('dataItems', e.id, e.name);
    for (const e of ledger.systems) add('systems', e.id, e.name);
    for (const e of ledger.roles) add('roles', e.id, e.name);
    for (const e of ledger.contractors) add('contractors', e.id, e.name);
    for (const e of ledger.recipients) add('recipients', e.id, e.name);
    for (const e of ledger.purposes) add('purposes', e.id, e.text);
    for (const system of ledger.systems) {
      for (const store of system.stores) {
        for (const item of store.items)
          this.holdings.set(item, [...(this.holdings.get(item) ?? []), { system, store }]);
      }
    }
  }

  /** The element's name (a purpose's text), or its id when the ledger has no such element. */
  name(section: Named | 'purposes', id: string): string {
    return this.names.get(`${section}:${id}`)?.[this.lang] ?? id;
  }

  namesOf(section: Named | 'purposes', ids: readonly string[] | undefined): string[] {
    return (ids ?? []).map((id) => this.name(section, id));
  }

  /** Every system store that keeps the item. */
  holding(itemId: string): readonly Holding[] {
    return this.holdings.get(itemId) ?? [];
  }

  text(text: LocalizedText | undefined): string {
    return text?.[this.lang] ?? '';
  }
}
