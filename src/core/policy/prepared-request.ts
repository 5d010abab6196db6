import type { CompiledParty, CompiledPolicy, CompiledRecipient } from './compiled-policy.ts';
import type { DecisionRequest, Obligation, Reason } from './decision.ts';
import type { ItemEntry, JointUseEntry, OperatorEntry, PartyEntry, PurposeEntry } from './policy-index.ts';
import { roleNotPermitted } from './shared-reasons.ts';

/** A request without its person: what an application asks again and again, for one person after another. */
export type PreparableRequest = Omit<DecisionRequest, 'subject'>;

/**
 * A request with its ledger ids looked up once in a compiled policy, like a prepared SQL statement: prepare
 * "payroll clerks use name and bank account for payroll", then `decidePrepared` it for each employee. Everything
 * that depends only on the request and the ledger (which items and roles exist, which role may use the purpose,
 * which items it sees masked) is settled here; the person's category, consents and suspensions and the time are
 * the inputs of each decision. Bound to the policy it was prepared with: prepare again after a ledger swap.
 */
export interface PreparedRequest {
  readonly policy: CompiledPolicy;
  readonly request: PreparableRequest;
  // The request's fields copied into one object shape: requests arrive in many shapes (optional fields present or
  // not), and reading them through one shape keeps the engine's property reads monomorphic. Optional fields the
  // action never reads stay undefined: on a request of many shapes V8 pays a full lookup for each field it lacks.
  readonly action: DecisionRequest['action'];
  readonly operatorId: string;
  readonly purposeId: string;
  readonly itemIds: readonly string[];
  readonly roles: readonly string[];
  /** For the actions of the provision rules: provide, transfer, joint-use and entrust. */
  readonly recipientId: string | undefined;
  /** For provide and transfer. */
  readonly country: string | undefined;
  readonly exception: DecisionRequest['exception'];
  /** For acquire. */
  readonly source: DecisionRequest['source'];
  readonly linksReferableInformation: boolean;
  readonly deidentifiedData: string | undefined;
  readonly operator: OperatorEntry | undefined;
  readonly purpose: PurposeEntry | undefined;
  /** The request's items in its order, undefined where the ledger has no such item. */
  readonly items: readonly (ItemEntry | undefined)[];
  /** Whether one of the actor's roles may use the purpose. */
  readonly permitted: boolean;
  /** ROLE_NOT_PERMITTED, when the purpose is known and none of the actor's roles may use it. */
  readonly roleNotPermitted: Reason | undefined;
  /** The mask-items obligation a permitted use carries, if any. */
  readonly mask: Obligation | undefined;
  /** The party named by `recipient`, looked up in the table its action uses. */
  readonly recipient: PartyEntry<CompiledRecipient> | undefined;
  readonly contractor: PartyEntry<CompiledParty> | undefined;
  readonly jointUse: JointUseEntry | undefined;
  /** Items of the request that are special care-required (SC-2, SC-3): the first, and whether there is any. */
  readonly firstSpecialCare: ItemEntry | undefined;
}

/** Looks a request's ledger ids up once, for deciding it for many people (see `decidePrepared`). */
export function prepareRequest(policy: CompiledPolicy, request: PreparableRequest): PreparedRequest {
  const index = policy.index;
  const action = request.action;
  const ids = request.items;
  const roles = request.actor.roles;
  const operatorId = request.operator;
  const purposeId = request.purpose;
  const purpose = index.purposes.get(purposeId);
  const provide = action === 'provide' || action === 'transfer';
  // Every action but these three goes to the provision rules, which read the recipient.
  const party = action === 'use' || action === 'acquire' || action === 're-identify' ? undefined : request.recipient;
  const items = new Array<ItemEntry | undefined>(ids.length);
  let firstSpecialCare: ItemEntry | undefined;
  for (let i = 0; i < ids.length; i++) {
    const item = index.items.get(ids[i] as string);
    items[i] = item;
    if (firstSpecialCare === undefined && item?.specialCare) firstSpecialCare = item;
  }
  let permitted = false;
  let masked: string[] | undefined;
  let maskSettled = action !== 'use' || purpose === undefined;
  for (let r = 0; r < roles.length; r++) {
    const role = index.roles.get(roles[r] as string);
    if (role === undefined || purpose === undefined || purpose.roles[role.index] !== 1) continue;
    permitted = true;
    if (maskSettled) continue;
    // Items hidden from this actor: masked by every role of the actor that may use the purpose. A permitted
    // role that masks nothing leaves nothing masked by every role.
    if (!role.masks) {
      masked = undefined;
      maskSettled = true;
      continue;
    }
    const here: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      const item = items[i];
      const itemId = ids[i] as string;
      if (item !== undefined && role.masked[item.index] === 1 && (masked === undefined || masked.includes(itemId)))
        here.push(itemId);
    }
    masked = here;
  }
  // One object literal: V8 allocates it inline from a boilerplate, where `new` of a class whose constructor is
  // too big to inline goes through the generic construct path.
  return {
    policy,
    request,
    action,
    operatorId,
    purposeId,
    itemIds: ids,
    roles,
    recipientId: party,
    country: provide ? request.country : undefined,
    exception: provide ? request.exception : undefined,
    source: action === 'acquire' ? request.source : undefined,
    linksReferableInformation: action === 'acquire' && request.linksReferableInformation === true,
    deidentifiedData: request.deidentifiedData,
    operator: index.operators.get(operatorId),
    purpose,
    items,
    permitted,
    roleNotPermitted: permitted || purpose === undefined ? undefined : roleNotPermitted(policy, purpose, roles),
    mask: masked && masked.length > 0 ? { kind: 'mask-items', items: masked } : undefined,
    recipient: party !== undefined && provide ? index.recipients.get(party) : undefined,
    contractor: party !== undefined && action === 'entrust' ? index.contractors.get(party) : undefined,
    jointUse: party !== undefined && action === 'joint-use' ? index.jointUses.get(party) : undefined,
    firstSpecialCare,
  };
}
