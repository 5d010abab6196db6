import type { DataItem } from '../ledger/data-item.ts';
import type { Operator } from '../ledger/operator.ts';
import type { Purpose } from '../ledger/purpose.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';
import type { ItemFlag } from '../ledger-export/labels.ts';
import type { ElementSpec } from './diff-elements.ts';
import {
  change,
  type Head,
  idLabel,
  listDelta,
  type RefResolver,
  type RefSection,
  scopeFieldSeverity,
} from './diff-tools.ts';
import type { LedgerChange, LedgerChangeKind, Severity } from './ledger-change.ts';

export const operatorSpec: ElementSpec<Operator> = {
  section: 'operators',
  prefix: 'operator',
  key: (op) => op.id,
  label: (op) => op.name,
};

export const categorySpec: ElementSpec<SubjectCategory> = {
  section: 'subjectCategories',
  prefix: 'category',
  key: (c) => c.id,
  label: (c) => c.name,
  fields: {
    role: (b, a, head) =>
      b.role === a.role
        ? []
        : [change('category-role-changed', { ...head, severity: 'neutral' }, { from: b.role, to: a.role })],
  },
  fieldSeverity: scopeFieldSeverity([]),
};

/** `<x>-added` / `<x>-removed` changes for a list of references; additions widen use, removals narrow it. */
export function refDelta(
  refs: RefResolver,
  section: RefSection,
  kinds: readonly [added: LedgerChangeKind, removed: LedgerChangeKind],
  lists: readonly [before: readonly string[] | undefined, after: readonly string[] | undefined],
  head: Head,
  addedSeverity: Severity = 'expands-use',
): LedgerChange[] {
  const delta = listDelta(...lists);
  const out: LedgerChange[] = [];
  if (delta.added.length > 0)
    out.push(
      change(kinds[0], { ...head, severity: addedSeverity }, { refs: refs.refs(section, delta.added) } as never),
    );
  if (delta.removed.length > 0)
    out.push(
      change(kinds[1], { ...head, severity: 'restricts-use' }, { refs: refs.refs(section, delta.removed) } as never),
    );
  return out;
}

export function dataItemSpec(refs: RefResolver): ElementSpec<DataItem> {
  return {
    section: 'dataItems',
    prefix: 'item',
    key: (item) => item.id,
    label: (item) => item.name,
    added: (item, head) => [
      change(
        'item-added',
        { ...head, severity: 'expands-use' },
        { refs: refs.refs('subjectCategories', item.categories) },
      ),
    ],
    fields: {
      // Turned on, the item now counts as sensitive (consent, notice, breach rules apply); turned off is housekeeping.
      flags: (b, a, head) =>
        (Object.keys(a.flags) as ItemFlag[])
          .filter((flag) => b.flags[flag] !== a.flags[flag])
          .map((flag) =>
            change(
              'item-flag-changed',
              { ...head, severity: a.flags[flag] ? 'expands-use' : 'neutral' },
              { flag, to: a.flags[flag] },
            ),
          ),
      categories: (b, a, head) =>
        refDelta(
          refs,
          'subjectCategories',
          ['item-categories-added', 'item-categories-removed'],
          [b.categories, a.categories],
          head,
        ),
      sensitiveKinds: (b, a, head) => {
        const delta = listDelta(b.sensitiveKinds, a.sensitiveKinds);
        if (delta.added.length === 0 && delta.removed.length === 0) return [];
        const severity = delta.added.length > 0 ? 'expands-use' : 'neutral';
        return [change('item-sensitive-kinds-changed', { ...head, severity }, delta)];
      },
    },
    fieldSeverity: scopeFieldSeverity([]),
  };
}

const CONSENT_STRICTNESS: Readonly<Record<Purpose['consent'], number>> = {
  'not-required': 0,
  'opt-out': 1,
  'opt-in': 2,
};

export function purposeSpec(refs: RefResolver): ElementSpec<Purpose> {
  return {
    section: 'purposes',
    prefix: 'purpose',
    key: (p) => p.id,
    // The purpose text is a sentence; its id names it in a change.
    label: (p) => idLabel(p.id),
    added: (p, head) => [
      change(
        'purpose-added',
        { ...head, severity: 'expands-use' },
        { refs: refs.refs('subjectCategories', p.categories), text: p.text },
      ),
    ],
    fields: {
      // A reworded purpose must be published again and may go beyond the original scope (Art. 17(2), 21(3)).
      text: (b, a, head) =>
        b.text.ja === a.text.ja && b.text.en === a.text.en
          ? []
          : [change('purpose-text-changed', { ...head, severity: 'expands-use' }, { from: b.text, to: a.text })],
      items: (b, a, head) =>
        refDelta(refs, 'dataItems', ['purpose-items-added', 'purpose-items-removed'], [b.items, a.items], head),
      categories: (b, a, head) =>
        refDelta(
          refs,
          'subjectCategories',
          ['purpose-categories-added', 'purpose-categories-removed'],
          [b.categories, a.categories],
          head,
        ),
      consent: (b, a, head) => {
        if (b.consent === a.consent) return [];
        const looser = CONSENT_STRICTNESS[a.consent] < CONSENT_STRICTNESS[b.consent];
        const severity = looser ? 'expands-use' : 'restricts-use';
        return [change('purpose-consent-changed', { ...head, severity }, { from: b.consent, to: a.consent })];
      },
      tags: (b, a, head) => {
        const delta = listDelta(b.tags, a.tags);
        if (delta.added.length === 0 && delta.removed.length === 0) return [];
        const severity = delta.added.length > 0 ? 'expands-use' : 'neutral';
        return [change('purpose-tags-changed', { ...head, severity }, delta)];
      },
    },
    fieldSeverity: (fc, b, a) =>
      fc.field === 'addedAfterCollection' && a.addedAfterCollection && !b.addedAfterCollection
        ? 'expands-use'
        : scopeFieldSeverity([])(fc),
  };
}
