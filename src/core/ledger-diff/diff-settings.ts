import type { Country } from '../ledger/country.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';
import { REQUEST_TYPES, type RequestProcedure } from '../ledger/request-procedure.ts';
import type { SecurityMeasures } from '../ledger/security-measures.ts';
import type { ElementSpec } from './diff-elements.ts';
import { change, fieldChanges, type Head, listDelta, scopeSeverity } from './diff-tools.ts';
import type { LedgerChange, Severity } from './ledger-change.ts';

export const countrySpec: ElementSpec<Country> = {
  section: 'countries',
  prefix: 'country',
  key: (c) => c.code,
  label: (c) => c.name,
  addedSeverity: () => 'neutral',
  removedSeverity: () => 'neutral',
};

type Scoped = { readonly operators?: readonly string[] | undefined };

/**
 * Request procedures and security measures have no ids: each is known by the operators it covers (all when
 * absent), numbered when two cover the same ones.
 */
export function keyByOperators<T extends Scoped>(list: readonly T[]): Map<T, string> {
  const seen = new Map<string, number>();
  return new Map(
    list.map((element) => {
      const base = element.operators === undefined ? '*' : [...element.operators].sort().join('+');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return [element, n === 1 ? base : `${base}#${n}`];
    }),
  );
}

function operatorsLabel(ledger: Ledger, operators: readonly string[] | undefined): LocalizedText {
  if (operators === undefined) return { ja: '全事業者', en: 'all operators' };
  const names = operators.map((id) => ledger.operators.find((op) => op.id === id)?.name ?? { ja: id, en: id });
  return { ja: names.map((n) => n.ja).join('、'), en: names.map((n) => n.en).join(', ') };
}

export function requestProcedureSpec(before: Ledger, after: Ledger): ElementSpec<RequestProcedure> {
  const keys = new Map([...keyByOperators(before.requestProcedures), ...keyByOperators(after.requestProcedures)]);
  return {
    section: 'requestProcedures',
    prefix: 'request-procedure',
    key: (p) => keys.get(p) ?? '*',
    label: (p) => operatorsLabel(after, p.operators),
    addedSeverity: () => 'neutral',
    removedSeverity: () => 'neutral',
    fields: {
      fees: (b, a, head) =>
        REQUEST_TYPES.filter((type) => b.fees[type] !== a.fees[type]).map((type) =>
          change(
            'fee-changed',
            { ...head, severity: 'neutral' },
            { requestType: type, from: b.fees[type], to: a.fees[type] },
          ),
        ),
    },
  };
}

export function securityMeasuresSpec(before: Ledger, after: Ledger): ElementSpec<SecurityMeasures> {
  const keys = new Map([...keyByOperators(before.securityMeasures), ...keyByOperators(after.securityMeasures)]);
  return {
    section: 'securityMeasures',
    prefix: 'security-measures',
    key: (m) => keys.get(m) ?? '*',
    label: (m) => operatorsLabel(after, m.operators),
    addedSeverity: () => 'neutral',
    removedSeverity: () => 'neutral',
  };
}

/** Changes in the sections that are single objects: the ledger's own header, provision settings, the notice. */
export function diffSingletons(before: Ledger, after: Ledger, others: readonly (keyof Ledger)[]): LedgerChange[] {
  const ledgerHead: Head = { section: 'ledger', id: after.ledger.id, label: after.ledger.name };
  const out: LedgerChange[] = [];
  const emit = (
    kind: 'ledger-changed' | 'third-party-provision-changed' | 'notice-changed',
    head: Head,
    key: keyof Ledger,
    severity: (from: unknown, to: unknown) => Severity = () => 'neutral',
    prefix = '',
  ) => {
    for (const fc of fieldChanges(before[key], after[key], new Set(), prefix))
      out.push(change(kind, { ...head, severity: severity(fc.from, fc.to) }, fc));
  };
  emit('ledger-changed', ledgerHead, 'ledger');
  // Top-level fields outside the known sections (contractingStatement, any added later) belong to the ledger.
  for (const key of others) emit('ledger-changed', ledgerHead, key, undefined, key);
  emit(
    'third-party-provision-changed',
    {
      section: 'thirdPartyProvision',
      id: 'third-party-provision',
      label: { ja: '第三者提供', en: 'third-party provision' },
    },
    'thirdPartyProvision',
    // More Art. 27(1) exceptions relied on widens provision without consent.
    (from, to) =>
      Array.isArray(from) && Array.isArray(to) ? scopeSeverity(listDelta(from.map(String), to.map(String))) : 'neutral',
  );
  emit('notice-changed', { section: 'notice', id: 'notice', label: { ja: '公表事項', en: 'notice' } }, 'notice');
  return out;
}
