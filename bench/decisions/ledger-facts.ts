import { STAFFING_FORBIDDEN_KINDS } from '../../src/core/ledger/data-item.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { MY_NUMBER_TAGS } from '../../src/core/ledger/purpose.ts';

/**
 * The ledger read afresh into plain facts for the peers and baselines (not Mamori's compiled policy), so a
 * compilation slip on either side shows up as a mismatch instead of being shared.
 */
export interface LedgerFacts {
  readonly operators: readonly string[];
  readonly staffingOperators: readonly string[];
  readonly categories: readonly string[];
  readonly items: readonly ItemFacts[];
  readonly purposes: readonly PurposeFacts[];
  readonly recipients: readonly RecipientFacts[];
  readonly contractors: readonly PartyFacts[];
  readonly jointUses: readonly { id: string; items: string[]; categories: string[]; purposes: string[] }[];
  readonly exceptions: readonly string[];
}

export interface ItemFacts {
  readonly id: string;
  readonly categories: readonly string[];
  readonly specialCare: boolean;
  readonly myNumber: boolean;
  readonly forbiddenForStaffing: boolean;
}

export interface PurposeFacts {
  readonly id: string;
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators: readonly string[] | undefined;
  readonly roles: readonly string[];
  /** What consent the purpose needs: opt-out wins over added-after-collection. */
  readonly consent: 'none' | 'opt-in' | 'opt-out';
  readonly addedAfterCollection: boolean;
  readonly myNumberWork: boolean;
  readonly specialCareByConsent: boolean;
}

export interface PartyFacts {
  readonly id: string;
  readonly items: readonly string[];
  readonly active: boolean;
  /** End of the review day in ms; Infinity when no review is due. */
  readonly reviewDueMs: number;
  readonly country: string;
  readonly route: string | undefined;
}

export interface RecipientFacts extends PartyFacts {
  readonly categories: readonly string[];
  readonly basis: string | undefined;
  readonly linksReferableInformation: boolean;
}

const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+09:00`).getTime();

export function ledgerFacts(ledger: Ledger): LedgerFacts {
  return {
    operators: ledger.operators.map((o) => o.id),
    staffingOperators: ledger.operators
      .filter((o) => o.businessLines.some((l) => l === 'staffing' || l === 'recruiting'))
      .map((o) => o.id),
    categories: ledger.subjectCategories.map((c) => c.id),
    items: ledger.dataItems.map((i) => ({
      id: i.id,
      categories: i.categories,
      specialCare: i.flags.specialCare,
      myNumber: i.flags.myNumber,
      forbiddenForStaffing: i.sensitiveKinds.some((k) => STAFFING_FORBIDDEN_KINDS.has(k)),
    })),
    purposes: ledger.purposes.map((p) => ({
      id: p.id,
      categories: p.categories,
      items: p.items,
      operators: p.operators,
      roles: ledger.roles.filter((r) => r.purposes.includes(p.id)).map((r) => r.id),
      consent:
        p.consent === 'opt-out' ? 'opt-out' : p.consent === 'opt-in' || p.addedAfterCollection ? 'opt-in' : 'none',
      addedAfterCollection: p.addedAfterCollection,
      myNumberWork: p.tags.some((t) => MY_NUMBER_TAGS.has(t)),
      specialCareByConsent: p.specialCareBasis === undefined || p.specialCareBasis.kind === 'consent',
    })),
    recipients: ledger.recipients.map((r) => ({
      id: r.id,
      items: r.items,
      categories: r.categories,
      active: r.status === 'active',
      reviewDueMs: r.review ? endOfDay(r.review.nextBy) : Number.POSITIVE_INFINITY,
      country: r.country,
      route: r.overseas?.route,
      basis: r.basis,
      linksReferableInformation: r.linksReferableInformation,
    })),
    contractors: ledger.contractors.map((c) => ({
      id: c.id,
      items: c.items,
      active: c.status === 'active',
      reviewDueMs: endOfDay(c.supervision.nextReviewBy),
      country: c.country,
      route: c.overseas?.route,
    })),
    jointUses: ledger.jointUses.map((j) => ({
      id: j.id,
      items: j.items,
      categories: j.categories,
      purposes: j.purposes,
    })),
    exceptions: ledger.thirdPartyProvision.exceptions,
  };
}
