import type { RetentionRule } from '../ledger/retention-rule.ts';
import type { Role } from '../ledger/role.ts';
import type { Store, System } from '../ledger/system.ts';
import { effectiveDays, effectivePeriod } from '../ledger-export/retention-period.ts';
import { diffElements, type ElementSpec, type FieldHandler } from './diff-elements.ts';
import { refDelta } from './diff-subjects.ts';
import {
  change,
  idLabel,
  listDelta,
  OVERSEAS,
  type RefResolver,
  scopeFieldSeverity,
  scopeSeverity,
} from './diff-tools.ts';

const overseasStore = (store: Store) => (store.countries ?? []).some(OVERSEAS);

export function systemSpec(refs: RefResolver): ElementSpec<System> {
  return {
    section: 'systems',
    prefix: 'system',
    key: (s) => s.id,
    label: (s) => s.name,
    addedSeverity: (s) => (s.stores.some(overseasStore) ? 'expands-use' : 'neutral'),
    removedSeverity: () => 'neutral',
    fields: { stores: (b, a) => diffElements(storeSpec(refs, a), b.stores, a.stores) },
    // More roles reaching a system widen who sees its data.
    fieldSeverity: scopeFieldSeverity(['accessRoles']),
  };
}

/** Stores are diffed within their system; ids are unique across the ledger. */
function storeSpec(refs: RefResolver, system: System): ElementSpec<Store> {
  const systemRef = refs.ref('systems', system.id);
  return {
    section: 'systems',
    prefix: 'store',
    key: (s) => s.id,
    label: (s) => idLabel(s.id),
    added: (s, head) => [
      change(
        'store-added',
        { ...head, severity: overseasStore(s) ? 'expands-use' : 'neutral' },
        { countries: s.countries ?? [], system: systemRef },
      ),
    ],
    removed: (_s, head) => [change('store-removed', { ...head, severity: 'neutral' }, { system: systemRef })],
    fields: {
      // A country added abroad must be disclosed by name (OT-1).
      countries: (b, a, head) => {
        const delta = listDelta(b.countries, a.countries);
        return [
          ...(delta.added.length > 0
            ? [
                change(
                  'store-country-added',
                  { ...head, severity: delta.added.some(OVERSEAS) ? 'expands-use' : 'neutral' },
                  { countries: delta.added },
                ),
              ]
            : []),
          ...(delta.removed.length > 0
            ? [change('store-country-removed', { ...head, severity: 'restricts-use' }, { countries: delta.removed })]
            : []),
        ];
      },
      items: (b, a, head) =>
        refDelta(
          refs,
          'dataItems',
          ['store-items-added', 'store-items-removed'],
          [b.items, a.items],
          head,
          overseasStore(a) ? 'expands-use' : 'neutral',
        ),
      encryptionAtRest: (b, a, head) =>
        b.encryptionAtRest === a.encryptionAtRest
          ? []
          : [change('store-encryption-changed', { ...head, severity: 'neutral' }, { to: a.encryptionAtRest })],
    },
  };
}

/** Period and statutory key together make the effective period; either may move it. */
const retentionPeriod: FieldHandler<RetentionRule> = (b, a, head, generic) => {
  const [from, to] = [effectivePeriod(b), effectivePeriod(a)];
  if (from === undefined || to === undefined || effectiveDays(b) === effectiveDays(a)) return generic('period');
  return effectiveDays(a) < effectiveDays(b)
    ? [change('retention-shortened', { ...head, severity: 'restricts-use' }, { from, to })]
    : [change('retention-lengthened', { ...head, severity: 'expands-use' }, { from, to })];
};

export const retentionRuleSpec: ElementSpec<RetentionRule> = {
  section: 'retentionRules',
  prefix: 'retention-rule',
  key: (r) => r.id,
  label: (r) => idLabel(r.id),
  addedSeverity: () => 'neutral',
  removedSeverity: () => 'neutral',
  fields: {
    period: retentionPeriod,
    statutory: (b, a, _head, generic) => {
      const moved = effectivePeriod(b) && effectivePeriod(a) && effectiveDays(b) !== effectiveDays(a);
      // Reported as shortened/lengthened when it moved the period, else as a field change.
      return moved && b.period === undefined && a.period === undefined ? [] : generic('statutory');
    },
    trigger: (b, a, head) =>
      b.trigger === a.trigger
        ? []
        : [change('retention-trigger-changed', { ...head, severity: 'neutral' }, { from: b.trigger, to: a.trigger })],
  },
};

export function roleSpec(refs: RefResolver): ElementSpec<Role> {
  return {
    section: 'roles',
    prefix: 'role',
    key: (r) => r.id,
    label: (r) => r.name,
    addedSeverity: () => 'neutral',
    removedSeverity: () => 'neutral',
    fields: {
      purposes: (b, a, head) => {
        const delta = listDelta(b.purposes, a.purposes);
        if (delta.added.length === 0 && delta.removed.length === 0) return [];
        return [
          change(
            'role-purposes-changed',
            { ...head, severity: scopeSeverity(delta) },
            { added: refs.refs('purposes', delta.added), removed: refs.refs('purposes', delta.removed) },
          ),
        ];
      },
    },
    fieldSeverity: (fc, b, a) => {
      // Masking more items narrows what the role sees.
      if (fc.field === 'maskedItems') {
        const delta = listDelta(b.maskedItems, a.maskedItems);
        return scopeSeverity({ added: delta.removed, removed: delta.added });
      }
      if (fc.field === 'readsPersonalData') return a.readsPersonalData ? 'expands-use' : 'restricts-use';
      return scopeFieldSeverity([])(fc);
    },
  };
}
