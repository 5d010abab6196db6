import type { CompiledParty, CompiledPolicy, CompiledRecipient } from './compiled-policy.ts';
import type { Reason } from './decision.ts';
import type {
  CategoryEntry,
  ItemEntry,
  JointUseEntry,
  OperatorEntry,
  PartyEntry,
  PurposeEntry,
  ReasonMemo,
} from './policy-index.ts';
import { reason } from './reason-builder.ts';

// Reasons about a pair of ledger elements (purpose x category, item x purpose...), made on first use and kept in
// the policy index's memo tables. The rules read a table and call one of these only when it has no entry yet:
// the rules stay small enough for V8 to inline, and a call that never ran is never compiled into them.

function kept(memo: ReasonMemo, index: number, made: Reason): Reason {
  memo[index] = made;
  return made;
}

export function purposePermitted(purpose: PurposeEntry, category: CategoryEntry): Reason {
  const values = { purpose: purpose.id, category: category.id };
  return kept(purpose.permitted, category.index, reason('PURPOSE_PERMITTED', values, purpose.element));
}

export function purposeNotForCategory(purpose: PurposeEntry, category: CategoryEntry): Reason {
  const values = { id: purpose.id, category: category.id };
  return kept(purpose.notForCategory, category.index, reason('PURPOSE_NOT_FOR_CATEGORY', values, purpose.element));
}

export function purposeNotForOperator(purpose: PurposeEntry, operator: OperatorEntry): Reason {
  const values = { id: purpose.id, operator: operator.id };
  return kept(purpose.notForOperator, operator.index, reason('PURPOSE_NOT_FOR_OPERATOR', values, purpose.element));
}

export function itemNotInPurpose(purpose: PurposeEntry, item: ItemEntry): Reason {
  const values = { id: item.id, purpose: purpose.id };
  return kept(purpose.itemNotIn, item.index, reason('ITEM_NOT_IN_PURPOSE', values, item.element));
}

export function itemNotHeldFor(item: ItemEntry, category: CategoryEntry): Reason {
  const values = { id: item.id, category: category.id };
  return kept(item.notHeldFor, category.index, reason('ITEM_NOT_HELD_FOR_CATEGORY', values, item.element));
}

/** ROLE_NOT_PERMITTED for these roles: shared when the actor has no role or one ledger role. */
export function roleNotPermitted(policy: CompiledPolicy, purpose: PurposeEntry, roles: readonly string[]): Reason {
  const memo = purpose.roleNotPermitted;
  const one = roles.length === 1 ? policy.index.roles.get(roles[0] as string) : undefined;
  const slot = roles.length === 0 ? memo.length - 1 : one !== undefined ? one.index : -1;
  const shared = slot < 0 ? undefined : memo[slot];
  if (shared !== undefined) return shared;
  const made = reason(
    'ROLE_NOT_PERMITTED',
    { roles: roles.join(', ') || '(none)', purpose: purpose.id },
    purpose.element,
  );
  return slot < 0 ? made : kept(memo, slot, made);
}

export function recipientNotForCategory(recipient: PartyEntry<CompiledRecipient>, category: CategoryEntry): Reason {
  const values = { id: recipient.id, category: category.id };
  const made = reason('RECIPIENT_NOT_FOR_CATEGORY', values, recipient.element);
  return kept(recipient.notForCategory, category.index, made);
}

export function partyItemNotDeclared(
  party: PartyEntry<CompiledParty>,
  item: ItemEntry,
  code: 'RECIPIENT_ITEM_NOT_DECLARED' | 'CONTRACTOR_ITEM_NOT_COVERED',
): Reason {
  return kept(party.itemNotDeclared, item.index, reason(code, { id: party.id, item: item.id }, party.element));
}

export function myNumberProvision(recipient: PartyEntry<CompiledRecipient>, item: ItemEntry): Reason {
  const values = { id: item.id, recipient: recipient.id };
  return kept(recipient.myNumberProvision, item.index, reason('MY_NUMBER_PROVISION', values, item.element));
}

export function jointUseItemNot(jointUse: JointUseEntry, item: ItemEntry): Reason {
  const values = { what: 'item', item: item.id, id: jointUse.id };
  return kept(jointUse.itemNot, item.index, reason('JOINT_USE_NOT_DECLARED', values, jointUse.element));
}

export function jointUsePurposeNot(jointUse: JointUseEntry, purpose: PurposeEntry): Reason {
  const values = { what: 'purpose', item: purpose.id, id: jointUse.id };
  return kept(jointUse.purposeNot, purpose.index, reason('JOINT_USE_NOT_DECLARED', values, jointUse.element));
}

export function jointUseCategoryNot(jointUse: JointUseEntry, category: CategoryEntry): Reason {
  const values = { what: 'subject category', item: category.id, id: jointUse.id };
  return kept(jointUse.categoryNot, category.index, reason('JOINT_USE_NOT_DECLARED', values, jointUse.element));
}
