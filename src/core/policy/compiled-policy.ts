import { endOfJapanDay } from '../japan-time.ts';
import { STAFFING_FORBIDDEN_KINDS } from '../ledger/data-item.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { MY_NUMBER_TAGS } from '../ledger/purpose.ts';
import type { ProvisionBasis, ProvisionException } from '../ledger/recipient.ts';
import { buildPolicyIndex, type PolicyIndex } from './policy-index.ts';

export interface CompiledItem {
  readonly categories: ReadonlySet<string>;
  readonly specialCare: boolean;
  readonly myNumber: boolean;
  readonly personallyReferable: boolean;
  readonly forbiddenForStaffing: boolean;
}

export interface CompiledPurpose {
  readonly categories: ReadonlySet<string>;
  readonly items: ReadonlySet<string>;
  readonly operators: ReadonlySet<string> | undefined;
  readonly roles: ReadonlySet<string>;
  readonly consent: 'not-required' | 'opt-in' | 'opt-out';
  readonly addedAfterCollection: boolean;
  readonly myNumberWork: boolean;
  readonly specialCareByConsent: boolean;
}

export interface CompiledParty {
  readonly items: ReadonlySet<string>;
  readonly categories: ReadonlySet<string> | undefined;
  readonly active: boolean;
  readonly status: string;
  readonly reviewDueBy: Date | undefined;
  readonly country: string;
  readonly overseasRoute: 'consent' | 'equivalent-measures' | 'adequate-country' | undefined;
  readonly informationVersion: string | undefined;
}

export interface CompiledRecipient extends CompiledParty {
  readonly basis: ProvisionBasis | undefined;
  readonly bulkRecord: boolean;
  readonly linksReferableInformation: boolean;
}

export interface CompiledJointUse {
  readonly items: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
}

/** A ledger version compiled once into lookup structures; swapped whole when a new version arrives. */
export interface CompiledPolicy {
  readonly version: number;
  readonly operators: ReadonlySet<string>;
  readonly staffingOperators: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly items: ReadonlyMap<string, CompiledItem>;
  readonly purposes: ReadonlyMap<string, CompiledPurpose>;
  readonly maskedItems: ReadonlyMap<string, ReadonlySet<string>>;
  readonly recipients: ReadonlyMap<string, CompiledRecipient>;
  readonly contractors: ReadonlyMap<string, CompiledParty>;
  readonly jointUses: ReadonlyMap<string, CompiledJointUse>;
  readonly exceptions: ReadonlySet<ProvisionException>;
  /** De-identified datasets (PS-1/AN-1): their kind and published purposes. */
  readonly deidentified: ReadonlyMap<string, CompiledDeidentified>;
  /** The same, interned to integers with shared reasons, for the decision engine (policy-index.ts). */
  readonly index: PolicyIndex;
}

export interface CompiledDeidentified {
  readonly kind: 'statistical' | 'pseudonymised' | 'anonymised';
  readonly purposes: ReadonlySet<string>;
}

/** Operational records that refine the ledger's view (additive; without them the ledger alone decides). */
export interface CompileOptions {
  /** Contractors' review due dates after recorded reviews (core/management/contractor-review.ts). */
  readonly contractorReviewDue?: ReadonlyMap<string, string>;
  /** Contractors suspended by a recorded decision, before the ledger says so. */
  readonly suspendedContractors?: ReadonlySet<string>;
}

export function compilePolicy(ledger: Ledger, version: number, options: CompileOptions = {}): CompiledPolicy {
  const rolesByPurpose = new Map<string, Set<string>>();
  for (const role of ledger.roles) {
    for (const purpose of role.purposes) {
      const set = rolesByPurpose.get(purpose) ?? new Set<string>();
      set.add(role.id);
      rolesByPurpose.set(purpose, set);
    }
  }
  const compiled: Omit<CompiledPolicy, 'index'> = {
    version,
    operators: new Set(ledger.operators.map((op) => op.id)),
    staffingOperators: new Set(
      ledger.operators
        .filter((op) => op.businessLines.some((l) => l === 'staffing' || l === 'recruiting'))
        .map((op) => op.id),
    ),
    categories: new Set(ledger.subjectCategories.map((c) => c.id)),
    items: new Map(
      ledger.dataItems.map((item) => [
        item.id,
        {
          categories: new Set(item.categories),
          specialCare: item.flags.specialCare,
          myNumber: item.flags.myNumber,
          personallyReferable: item.flags.personallyReferable,
          forbiddenForStaffing: item.sensitiveKinds.some((kind) => STAFFING_FORBIDDEN_KINDS.has(kind)),
        },
      ]),
    ),
    purposes: new Map(
      ledger.purposes.map((p) => [
        p.id,
        {
          categories: new Set(p.categories),
          items: new Set(p.items),
          operators: p.operators ? new Set(p.operators) : undefined,
          roles: rolesByPurpose.get(p.id) ?? new Set<string>(),
          consent: p.consent,
          addedAfterCollection: p.addedAfterCollection,
          myNumberWork: p.tags.some((tag) => MY_NUMBER_TAGS.has(tag)),
          specialCareByConsent: p.specialCareBasis === undefined || p.specialCareBasis.kind === 'consent',
        },
      ]),
    ),
    maskedItems: new Map(ledger.roles.map((role) => [role.id, new Set(role.maskedItems)])),
    recipients: new Map(
      ledger.recipients.map((r) => [
        r.id,
        {
          items: new Set(r.items),
          categories: new Set(r.categories),
          active: r.status === 'active',
          status: r.status,
          reviewDueBy: r.review ? endOfJapanDay(r.review.nextBy) : undefined,
          country: r.country,
          overseasRoute: r.overseas?.route,
          informationVersion: r.overseas?.version,
          basis: r.basis,
          bulkRecord: r.bulkRecord,
          linksReferableInformation: r.linksReferableInformation,
        },
      ]),
    ),
    contractors: new Map(
      ledger.contractors.map((c) => [
        c.id,
        {
          items: new Set(c.items),
          categories: c.categories.length > 0 ? new Set(c.categories) : undefined,
          active: c.status === 'active' && !options.suspendedContractors?.has(c.id),
          status: options.suspendedContractors?.has(c.id) && c.status === 'active' ? 'suspended' : c.status,
          reviewDueBy: endOfJapanDay(options.contractorReviewDue?.get(c.id) ?? c.supervision.nextReviewBy),
          country: c.country,
          overseasRoute: c.overseas?.route,
          informationVersion: undefined,
        },
      ]),
    ),
    jointUses: new Map(
      ledger.jointUses.map((j) => [
        j.id,
        { items: new Set(j.items), categories: new Set(j.categories), purposes: new Set(j.purposes) },
      ]),
    ),
    exceptions: new Set(ledger.thirdPartyProvision.exceptions),
    deidentified: new Map(ledger.deidentifiedData.map((d) => [d.id, { kind: d.kind, purposes: new Set(d.purposes) }])),
  };
  return { ...compiled, index: buildPolicyIndex(compiled) };
}
