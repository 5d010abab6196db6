import type { CompiledParty, CompiledRecipient } from './compiled-policy.ts';
import type { CategoryEntry, PartyEntry } from './policy-index.ts';
import { transferInformation } from './policy-index.ts';
import type { PreparedRequest } from './prepared-request.ts';
import type { ReasonBuilder } from './reason-builder.ts';
import {
  jointUseCategoryNot,
  jointUseItemNot,
  jointUsePurposeNot,
  myNumberProvision,
  partyItemNotDeclared,
  recipientNotForCategory,
} from './shared-reasons.ts';
import {
  consentOnRecord,
  type IndexedConsent,
  partyConsent,
  type SubjectIndex,
  suspensionOf,
} from './subject-index.ts';

/** Rules for data leaving the operator: provision, transfer abroad, joint use, entrustment. */
export function decideProvision(
  prepared: PreparedRequest,
  categoryId: string,
  category: CategoryEntry | undefined,
  person: SubjectIndex,
  nowMs: number,
  out: ReasonBuilder,
): void {
  const id = prepared.recipientId;
  if (id === undefined) {
    out.add('ACTION_NEEDS_RECIPIENT', { action: prepared.action });
    return;
  }
  if (prepared.action === 'joint-use') {
    decideJointUse(prepared, id, categoryId, category, out);
    return;
  }
  if (prepared.action === 'entrust') {
    decideEntrust(prepared, id, person, nowMs, out);
    return;
  }
  const recipient = prepared.recipient;
  if (!recipient) {
    out.add('RECIPIENT_UNKNOWN', { id }, { kind: 'recipient', id });
    return;
  }
  const element = recipient.element;
  const compiled = recipient.compiled;
  checkParty(recipient, nowMs, out);
  if (recipient.categories) {
    if (category === undefined) out.add('RECIPIENT_NOT_FOR_CATEGORY', { id, category: categoryId }, element);
    else if (recipient.categories[category.index] !== 1) {
      out.push(recipient.notForCategory[category.index] ?? recipientNotForCategory(recipient, category));
    }
  }
  checkItems(prepared, recipient, 'RECIPIENT_ITEM_NOT_DECLARED', out);

  const exception = prepared.exception;
  if (exception) {
    if (!prepared.policy.exceptions.has(exception.ground) && compiled.basis !== exception.ground) {
      out.add('EXCEPTION_NOT_DECLARED', { ground: exception.ground }, element);
    }
    if (exception.justification.trim().length < 10) {
      out.add('EXCEPTION_JUSTIFICATION_REQUIRED', { ground: exception.ground }, element);
    } else {
      out.add('EXCEPTION_INVOKED', { ground: exception.ground, justification: exception.justification }, element);
    }
    // Art. 27(1) provisions need no Art. 29 record (RC-1) but always leave one in the evidence log.
    out.oblige({ kind: 'record-exception', ground: exception.ground, justification: exception.justification });
    return;
  }

  const basis = compiled.basis;
  if (basis !== 'law') {
    for (const item of prepared.items) {
      if (item?.myNumber) out.push(recipient.myNumberProvision[item.index] ?? myNumberProvision(recipient, item));
    }
    const suspended = person.suspensions.length > 0 && suspensionOf(person, false, id, nowMs);
    if (suspended) out.add('PROVISION_SUSPENDED', {}, { kind: 'suspension', id: suspended.id });
  }

  // The person's say on this recipient in its own country, looked up once for the rules that need it.
  const own =
    basis === 'consent' || basis === 'opt-out' || compiled.linksReferableInformation
      ? partyConsent(person, recipient.party, compiled.country, prepared.itemIds, nowMs)
      : undefined;
  checkBasis(prepared, recipient, own, out);
  const country = prepared.country ?? compiled.country;
  if (prepared.action === 'transfer' || country !== 'JP') {
    const home = country === compiled.country;
    const asked =
      compiled.overseasRoute !== 'consent' || (home && own !== undefined)
        ? own
        : partyConsent(person, recipient.party, country, prepared.itemIds, nowMs);
    checkTransfer(recipient, country, asked, out);
  }
  if (compiled.linksReferableInformation && own?.status !== 'given') out.push(recipient.referableLink);
  if (!out.denied && (basis === 'consent' || basis === 'opt-out')) {
    out.oblige({
      kind: 'record-provision',
      recipient: id,
      items: prepared.itemIds,
      bulk: compiled.bulkRecord && basis !== 'opt-out',
      basis,
    });
  }
}

/** Every asked item the party is not declared for, in the request's order. */
function checkItems(
  prepared: PreparedRequest,
  party: PartyEntry<CompiledParty>,
  code: 'RECIPIENT_ITEM_NOT_DECLARED' | 'CONTRACTOR_ITEM_NOT_COVERED',
  out: ReasonBuilder,
): void {
  const id = party.id;
  const element = party.element;
  const ids = prepared.itemIds;
  const items = prepared.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) out.add(code, { id, item: ids[i] as string }, element);
    else if (party.items[item.index] !== 1) {
      out.push(party.itemNotDeclared[item.index] ?? partyItemNotDeclared(party, item, code));
    }
  }
}

function checkBasis(
  prepared: PreparedRequest,
  recipient: PartyEntry<CompiledRecipient>,
  record: IndexedConsent | undefined,
  out: ReasonBuilder,
): void {
  const id = recipient.id;
  const basis = recipient.compiled.basis;
  if (basis === undefined) {
    out.push(recipient.consentRequired);
    return;
  }
  if (basis === 'opt-out') {
    // A consent scoped to the recipient's own country still counts as consent to that recipient.
    for (const item of prepared.items) if (item?.specialCare) out.push(item.specialCareOptOut);
    if (record && record.status !== 'given')
      out.add('OPTED_OUT', { purpose: `provision to ${id}` }, { kind: 'consent', id: record.id });
    return;
  }
  if (basis === 'consent') {
    if (record?.status === 'given') out.push(consentOnRecord(record));
    else if (record) out.add('CONSENT_WITHDRAWN', { id }, { kind: 'consent', id: record.id });
    else {
      out.push(recipient.consentRequired);
      out.oblige(recipient.showInformation);
    }
    return;
  }
  if (recipient.legalGround) out.push(recipient.legalGround);
}

function checkTransfer(
  recipient: PartyEntry<CompiledRecipient>,
  country: string,
  record: IndexedConsent | undefined,
  out: ReasonBuilder,
): void {
  const home = country === recipient.compiled.country;
  switch (recipient.compiled.overseasRoute) {
    case 'equivalent-measures':
    case 'adequate-country':
      if (home) out.push(recipient.homeTransfer);
      else out.add('EQUIVALENT_MEASURES', { country }, { kind: 'country', id: country });
      return;
    case 'consent': {
      const informed = record?.informed === true;
      if (!informed) {
        if (home) {
          out.push(recipient.homeTransfer);
          out.oblige(recipient.homeTransferInformation);
        } else {
          out.add('TRANSFER_CONSENT_REQUIRED', { country }, { kind: 'country', id: country });
          out.oblige(transferInformation(recipient.id, country, recipient.compiled.informationVersion));
        }
      }
      return;
    }
    default:
      if (home) out.push(recipient.homeTransfer);
      else out.add('TRANSFER_ROUTE_MISSING', { country }, { kind: 'country', id: country });
  }
}

function decideJointUse(
  prepared: PreparedRequest,
  id: string,
  categoryId: string,
  category: CategoryEntry | undefined,
  out: ReasonBuilder,
): void {
  const jointUse = prepared.jointUse;
  if (!jointUse) {
    out.add('JOINT_USE_UNKNOWN', { id }, { kind: 'joint-use', id });
    return;
  }
  const element = jointUse.element;
  const ids = prepared.itemIds;
  const items = prepared.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) out.add('JOINT_USE_NOT_DECLARED', { what: 'item', item: ids[i] as string, id }, element);
    else if (jointUse.items[item.index] !== 1)
      out.push(jointUse.itemNot[item.index] ?? jointUseItemNot(jointUse, item));
  }
  const purpose = prepared.purpose;
  const purposeId = prepared.purposeId;
  if (purpose === undefined) out.add('JOINT_USE_NOT_DECLARED', { what: 'purpose', item: purposeId, id }, element);
  else if (jointUse.purposes[purpose.index] !== 1) {
    out.push(jointUse.purposeNot[purpose.index] ?? jointUsePurposeNot(jointUse, purpose));
  }
  if (category === undefined) {
    out.add('JOINT_USE_NOT_DECLARED', { what: 'subject category', item: categoryId, id }, element);
  } else if (jointUse.categories[category.index] !== 1) {
    out.push(jointUse.categoryNot[category.index] ?? jointUseCategoryNot(jointUse, category));
  }
  out.push(jointUse.notThirdParty);
}

function decideEntrust(
  prepared: PreparedRequest,
  id: string,
  person: SubjectIndex,
  nowMs: number,
  out: ReasonBuilder,
): void {
  const contractor = prepared.contractor;
  if (!contractor) {
    out.add('CONTRACTOR_UNKNOWN', { id }, { kind: 'contractor', id });
    return;
  }
  checkParty(contractor, nowMs, out);
  checkItems(prepared, contractor, 'CONTRACTOR_ITEM_NOT_COVERED', out);
  const compiled = contractor.compiled;
  if (compiled.country !== 'JP' && compiled.overseasRoute === 'consent') {
    const record = partyConsent(person, contractor.party, compiled.country, prepared.itemIds, nowMs);
    if (record?.informed !== true) out.push(contractor.homeTransfer);
  }
  if (contractor.entrusted) out.push(contractor.entrusted);
}

function checkParty(party: PartyEntry<CompiledParty>, nowMs: number, out: ReasonBuilder): void {
  if (party.suspended) out.push(party.suspended);
  if (party.reviewLapsed && party.reviewDueMs < nowMs) out.push(party.reviewLapsed);
}
