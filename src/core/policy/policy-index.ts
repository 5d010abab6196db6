import type { CompiledParty, CompiledPolicy, CompiledPurpose, CompiledRecipient } from './compiled-policy.ts';
import type { ElementRef, Obligation, Reason } from './decision.ts';
import { IdTable } from './id-table.ts';
import { reason } from './reason-builder.ts';

/**
 * The compiled policy once more, for the decision engine: every ledger id interned to a small integer, sets as
 * byte tables indexed by those integers, and the reasons and obligations a decision can give about ledger
 * elements made once (some up front, pairs on first use) and shared, so a decision mostly indexes and copies.
 * Memo tables are filled lazily from ledger ids only: ids a request invents are never kept.
 */
export interface PolicyIndex {
  readonly operators: IdTable<OperatorEntry>;
  readonly categories: IdTable<CategoryEntry>;
  readonly items: IdTable<ItemEntry>;
  readonly purposes: IdTable<PurposeEntry>;
  readonly roles: IdTable<RoleEntry>;
  readonly recipients: IdTable<PartyEntry<CompiledRecipient>>;
  readonly contractors: IdTable<PartyEntry<CompiledParty>>;
  readonly jointUses: IdTable<JointUseEntry>;
  /** Recipients and contractors by the id consent scopes name them with (`scope.recipient`). */
  readonly parties: IdTable<number>;
}

/** A lazily filled table of shared reasons, indexed by an interned id. */
export type ReasonMemo = (Reason | undefined)[];

export interface OperatorEntry {
  readonly id: string;
  readonly index: number;
  readonly staffing: boolean;
}

export interface CategoryEntry {
  readonly id: string;
  readonly index: number;
}

export interface ItemEntry {
  readonly id: string;
  readonly index: number;
  readonly element: ElementRef;
  /** By category index. */
  readonly heldFor: Uint8Array;
  readonly specialCare: boolean;
  readonly myNumber: boolean;
  readonly forbiddenForStaffing: boolean;
  readonly myNumberPurpose: Reason;
  readonly staffingForbidden: Reason;
  readonly specialCareConsent: Reason;
  readonly specialCareOptOut: Reason;
  readonly notHeldFor: ReasonMemo;
}

export interface PurposeEntry {
  readonly id: string;
  readonly index: number;
  readonly compiled: CompiledPurpose;
  readonly element: ElementRef;
  readonly items: Uint8Array;
  readonly categories: Uint8Array;
  readonly operators: Uint8Array | undefined;
  readonly roles: Uint8Array;
  /** CONSENT_REQUIRED or BEYOND_ORIGINAL_SCOPE, and the information to show before asking. */
  readonly consentMissing: Reason;
  readonly showInformation: Obligation;
  readonly referableLink: Reason;
  readonly permitted: ReasonMemo;
  readonly notForCategory: ReasonMemo;
  readonly notForOperator: ReasonMemo;
  readonly itemNotIn: ReasonMemo;
  /** ROLE_NOT_PERMITTED for an actor with one ledger role (by role index), or with none (the last slot). */
  readonly roleNotPermitted: ReasonMemo;
}

export interface RoleEntry {
  readonly id: string;
  readonly index: number;
  /** Items this role sees masked, by item index; `masks` is false when it masks nothing. */
  readonly masked: Uint8Array;
  readonly masks: boolean;
}

/** A recipient or a contractor. */
export interface PartyEntry<C extends CompiledParty> {
  readonly id: string;
  /** Interned among recipients and contractors together (see `parties`). */
  readonly party: number;
  readonly compiled: C;
  readonly element: ElementRef;
  readonly items: Uint8Array;
  readonly categories: Uint8Array | undefined;
  /** Infinity when no review is due. */
  readonly reviewDueMs: number;
  readonly suspended: Reason | undefined;
  readonly reviewLapsed: Reason | undefined;
  readonly consentRequired: Reason;
  readonly showInformation: Obligation;
  readonly legalGround: Reason | undefined;
  readonly referableLink: Reason;
  /** What a transfer to its own country gives: EQUIVALENT_MEASURES, TRANSFER_CONSENT_REQUIRED or ROUTE_MISSING. */
  readonly homeTransfer: Reason;
  readonly homeTransferInformation: Obligation;
  /** NOT_A_THIRD_PARTY for a contractor (entrustment), undefined for a recipient. */
  readonly entrusted: Reason | undefined;
  readonly itemNotDeclared: ReasonMemo;
  readonly notForCategory: ReasonMemo;
  readonly myNumberProvision: ReasonMemo;
}

export interface JointUseEntry {
  readonly id: string;
  readonly element: ElementRef;
  readonly items: Uint8Array;
  readonly categories: Uint8Array;
  readonly purposes: Uint8Array;
  readonly itemNot: ReasonMemo;
  readonly purposeNot: ReasonMemo;
  readonly categoryNot: ReasonMemo;
  readonly notThirdParty: Reason;
}

/** Interned ids of one kind, in ledger order. */
function interned(ids: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) if (!out.has(id)) out.set(id, out.size);
  return out;
}

function table(ids: Iterable<string>, index: ReadonlyMap<string, number>): Uint8Array {
  const out = new Uint8Array(index.size);
  for (const id of ids) {
    const i = index.get(id);
    if (i !== undefined) out[i] = 1;
  }
  return out;
}

function frozen<T extends object>(value: T): T {
  return Object.freeze(value);
}

export function buildPolicyIndex(policy: Omit<CompiledPolicy, 'index'>): PolicyIndex {
  const roleMasks = policy.maskedItems;
  const op = interned(policy.operators);
  const cat = interned(policy.categories);
  const item = interned(policy.items.keys());
  const role = interned(roleMasks.keys());
  const purpose = interned(policy.purposes.keys());
  const parties = interned([...policy.recipients.keys(), ...policy.contractors.keys()]);
  const memo = (size: number): ReasonMemo => new Array<Reason | undefined>(size).fill(undefined);

  const items = new Map<string, ItemEntry>();
  for (const [id, it] of policy.items) {
    const element = frozen({ kind: 'item', id } as const);
    items.set(id, {
      id,
      index: item.get(id) as number,
      element,
      heldFor: table(it.categories, cat),
      specialCare: it.specialCare,
      myNumber: it.myNumber,
      forbiddenForStaffing: it.forbiddenForStaffing,
      myNumberPurpose: reason('MY_NUMBER_PURPOSE', { id }, element),
      staffingForbidden: reason('STAFFING_FORBIDDEN_ITEM', { id }, element),
      specialCareConsent: reason('SPECIAL_CARE_CONSENT_REQUIRED', { id }, element),
      specialCareOptOut: reason('SPECIAL_CARE_OPT_OUT', { id }, element),
      notHeldFor: memo(cat.size),
    });
  }
  const purposes = new Map<string, PurposeEntry>();
  for (const [id, p] of policy.purposes) {
    const element = frozen({ kind: 'purpose', id } as const);
    purposes.set(id, {
      id,
      index: purpose.get(id) as number,
      compiled: p,
      element,
      items: table(p.items, item),
      categories: table(p.categories, cat),
      operators: p.operators ? table(p.operators, op) : undefined,
      roles: table(p.roles, role),
      consentMissing: reason(
        p.addedAfterCollection ? 'BEYOND_ORIGINAL_SCOPE' : 'CONSENT_REQUIRED',
        { purpose: id },
        element,
      ),
      showInformation: frozen({ kind: 'show-information', scope: frozen({ purpose: id }) }),
      referableLink: reason('REFERABLE_LINK_CONSENT_REQUIRED', {}, element),
      permitted: memo(cat.size),
      notForCategory: memo(cat.size),
      notForOperator: memo(op.size),
      itemNotIn: memo(item.size),
      roleNotPermitted: memo(role.size + 1),
    });
  }
  const roles = new Map<string, RoleEntry>();
  for (const [id, masked] of roleMasks) {
    roles.set(id, { id, index: role.get(id) as number, masked: table(masked, item), masks: masked.size > 0 });
  }
  const party = <C extends CompiledParty>(id: string, p: C, kind: 'recipient' | 'contractor'): PartyEntry<C> => {
    const element = frozen({ kind, id } as const);
    const prefix = kind === 'recipient' ? 'RECIPIENT' : 'CONTRACTOR';
    const basis = (p as Partial<CompiledRecipient>).basis;
    const country = p.country;
    const countryElement = { kind: 'country', id: country } as const;
    const route = p.overseasRoute;
    return {
      id,
      party: parties.get(id) as number,
      compiled: p,
      element,
      items: table(p.items, item),
      categories: p.categories ? table(p.categories, cat) : undefined,
      reviewDueMs: p.reviewDueBy ? p.reviewDueBy.getTime() : Number.POSITIVE_INFINITY,
      suspended: p.active ? undefined : reason(`${prefix}_SUSPENDED`, { id, status: p.status }, element),
      reviewLapsed: p.reviewDueBy
        ? reason(`${prefix}_REVIEW_LAPSED`, { id, date: p.reviewDueBy.toISOString().slice(0, 10) }, element)
        : undefined,
      consentRequired: reason('PROVISION_CONSENT_REQUIRED', { id }, element),
      showInformation: frozen({ kind: 'show-information', scope: frozen({ recipient: id }) }),
      legalGround:
        basis === undefined || basis === 'consent' || basis === 'opt-out'
          ? undefined
          : reason('LEGAL_GROUND', { ground: basis }, element),
      referableLink: reason('REFERABLE_LINK_CONSENT_REQUIRED', {}, element),
      homeTransfer: reason(
        route === 'equivalent-measures' || route === 'adequate-country'
          ? 'EQUIVALENT_MEASURES'
          : route === 'consent'
            ? 'TRANSFER_CONSENT_REQUIRED'
            : 'TRANSFER_ROUTE_MISSING',
        { country },
        countryElement,
      ),
      homeTransferInformation: transferInformation(id, country, p.informationVersion),
      entrusted:
        kind === 'contractor'
          ? reason('NOT_A_THIRD_PARTY', { what: 'entrustment to a contractor' }, element)
          : undefined,
      itemNotDeclared: memo(item.size),
      notForCategory: memo(cat.size),
      myNumberProvision: memo(item.size),
    };
  };
  const jointUses = new Map<string, JointUseEntry>();
  for (const [id, j] of policy.jointUses) {
    jointUses.set(id, {
      id,
      element: frozen({ kind: 'joint-use', id } as const),
      items: table(j.items, item),
      categories: table(j.categories, cat),
      purposes: table(j.purposes, purpose),
      itemNot: memo(item.size),
      purposeNot: memo(purpose.size),
      categoryNot: memo(cat.size),
      notThirdParty: reason('NOT_A_THIRD_PARTY', { what: 'joint use' }, { kind: 'joint-use', id }),
    });
  }
  const entries = <V>(index: ReadonlyMap<string, number>, make: (id: string, i: number) => V) =>
    new IdTable([...index].map(([id, i]) => [id, make(id, i)] as const));
  return {
    operators: entries(op, (id, index) => ({ id, index, staffing: policy.staffingOperators.has(id) })),
    categories: entries(cat, (id, index) => ({ id, index })),
    items: new IdTable(items),
    purposes: new IdTable(purposes),
    roles: new IdTable(roles),
    recipients: new IdTable([...policy.recipients].map(([id, r]) => [id, party(id, r, 'recipient')] as const)),
    contractors: new IdTable([...policy.contractors].map(([id, c]) => [id, party(id, c, 'contractor')] as const)),
    jointUses: new IdTable(jointUses),
    parties: new IdTable(parties),
  } satisfies PolicyIndex;
}

/** The information to show before asking consent to a transfer to `country` (OT-1). */
export function transferInformation(recipient: string, country: string, version: string | undefined): Obligation {
  const scope = frozen({ recipient, country });
  return frozen(
    version ? { kind: 'show-information', scope, informationVersion: version } : { kind: 'show-information', scope },
  );
}
