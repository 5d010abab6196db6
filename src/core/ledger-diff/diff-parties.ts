import type { Contractor } from '../ledger/contractor.ts';
import type { DeidentifiedData } from '../ledger/deidentified-data.ts';
import type { ExternalTransmission } from '../ledger/external-transmission.ts';
import type { JointUse } from '../ledger/joint-use.ts';
import type { ProvisionBasis, Recipient } from '../ledger/recipient.ts';
import type { ElementSpec } from './diff-elements.ts';
import { refDelta } from './diff-subjects.ts';
import { change, idLabel, OVERSEAS, type RefResolver, scopeFieldSeverity } from './diff-tools.ts';
import type { Severity } from './ledger-change.ts';

/** Consent is the strictest basis and opt-out the loosest; moving away from consent widens provision. */
function basisSeverity(from: ProvisionBasis | undefined, to: ProvisionBasis | undefined): Severity {
  if (to === 'consent') return 'restricts-use';
  if (from === 'consent' || to === 'opt-out') return 'expands-use';
  return 'neutral';
}

export function recipientSpec(refs: RefResolver): ElementSpec<Recipient> {
  return {
    section: 'recipients',
    prefix: 'recipient',
    key: (r) => r.id,
    label: (r) => r.name,
    added: (r, head) => [change('recipient-added', { ...head, severity: 'expands-use' }, { country: r.country })],
    fields: {
      basis: (b, a, head) =>
        b.basis === a.basis
          ? []
          : [
              change(
                'recipient-basis-changed',
                { ...head, severity: basisSeverity(b.basis, a.basis) },
                { from: b.basis, to: a.basis },
              ),
            ],
      items: (b, a, head) =>
        refDelta(refs, 'dataItems', ['recipient-items-added', 'recipient-items-removed'], [b.items, a.items], head),
      categories: (b, a, head) =>
        refDelta(
          refs,
          'subjectCategories',
          ['recipient-categories-added', 'recipient-categories-removed'],
          [b.categories, a.categories],
          head,
        ),
      country: (b, a, head) =>
        b.country === a.country
          ? []
          : [
              change(
                'recipient-country-changed',
                { ...head, severity: OVERSEAS(a.country) ? 'expands-use' : 'neutral' },
                { from: b.country, to: a.country },
              ),
            ],
      status: (b, a, head) => {
        if (b.status === a.status) return [];
        return a.status === 'suspended'
          ? [change('recipient-suspended', { ...head, severity: 'restricts-use' }, {})]
          : [change('recipient-reactivated', { ...head, severity: 'expands-use' }, {})];
      },
    },
    fieldSeverity: (fc, b, a) =>
      fc.field === 'linksReferableInformation' && a.linksReferableInformation && !b.linksReferableInformation
        ? 'expands-use'
        : scopeFieldSeverity(['purposes'])(fc),
  };
}

export const jointUseSpec: ElementSpec<JointUse> = {
  section: 'jointUses',
  prefix: 'joint-use',
  key: (j) => j.id,
  label: (j) => j.name ?? idLabel(j.id),
  fieldSeverity: (fc, b, a) =>
    fc.field === 'users.excludesOverseas' && b.users.excludesOverseas && !a.users.excludesOverseas
      ? 'expands-use'
      : scopeFieldSeverity(['items', 'categories', 'purposes'])(fc),
};

export function contractorSpec(refs: RefResolver): ElementSpec<Contractor> {
  // Entrusting is not provision (no consent needed) unless the contractor is abroad (OT-2/OT-3).
  const overseas = (c: Contractor) => OVERSEAS(c.country);
  return {
    section: 'contractors',
    prefix: 'contractor',
    key: (c) => c.id,
    label: (c) => c.name,
    added: (c, head) => [
      change(
        'contractor-added',
        { ...head, severity: overseas(c) ? 'expands-use' : 'neutral' },
        { country: c.country },
      ),
    ],
    removedSeverity: (c) => (overseas(c) ? 'restricts-use' : 'neutral'),
    fields: {
      status: (b, a, head) => {
        if (b.status === a.status) return [];
        if (a.status === 'active')
          return [change('contractor-reinstated', { ...head, severity: overseas(a) ? 'expands-use' : 'neutral' }, {})];
        return [change('contractor-suspended', { ...head, severity: 'restricts-use' }, { to: a.status })];
      },
      items: (b, a, head) =>
        refDelta(
          refs,
          'dataItems',
          ['contractor-items-added', 'contractor-items-removed'],
          [b.items, a.items],
          head,
          overseas(a) ? 'expands-use' : 'neutral',
        ),
      country: (b, a, head) =>
        b.country === a.country
          ? []
          : [
              change(
                'contractor-country-changed',
                { ...head, severity: overseas(a) ? 'expands-use' : 'neutral' },
                { from: b.country, to: a.country },
              ),
            ],
    },
  };
}

export const externalTransmissionSpec: ElementSpec<ExternalTransmission> = {
  section: 'externalTransmissions',
  prefix: 'external-transmission',
  key: (t) => t.id,
  label: (t) => idLabel(t.service),
  fieldSeverity: (fc, b, a) =>
    fc.field === 'linkedToPerson' && a.linkedToPerson && !b.linkedToPerson
      ? 'expands-use'
      : scopeFieldSeverity(['items'])(fc),
};

export const deidentifiedDataSpec: ElementSpec<DeidentifiedData> = {
  section: 'deidentifiedData',
  prefix: 'deidentified-data',
  key: (d) => d.id,
  label: (d) => d.name,
  fieldSeverity: (fc, b, a) =>
    fc.field === 'provided' && a.provided && !b.provided
      ? 'expands-use'
      : scopeFieldSeverity(['sourceItems', 'purposes'])(fc),
};
