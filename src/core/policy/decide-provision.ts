import type { ConsentRecord, SubjectState } from '../consent/consent-record.ts';
import { activeSuspension, effectiveConsent } from '../consent/effective-consent.ts';
import type { CompiledParty, CompiledPolicy, CompiledRecipient } from './compiled-policy.ts';
import type { DecisionRequest } from './decision.ts';
import type { ReasonBuilder } from './reason-builder.ts';

/** Rules for data leaving the operator: provision, transfer abroad, joint use, entrustment. */
export function decideProvision(
  policy: CompiledPolicy,
  request: DecisionRequest,
  state: SubjectState,
  now: Date,
  out: ReasonBuilder,
): void {
  const id = request.recipient;
  if (id === undefined) {
    out.add('ACTION_NEEDS_RECIPIENT', { action: request.action });
    return;
  }
  if (request.action === 'joint-use') {
    decideJointUse(policy, request, id, out);
    return;
  }
  if (request.action === 'entrust') {
    decideEntrust(policy, request, id, state, now, out);
    return;
  }

  const recipient = policy.recipients.get(id);
  if (!recipient) {
    out.add('RECIPIENT_UNKNOWN', { id }, { kind: 'recipient', id });
    return;
  }
  const element = { kind: 'recipient', id } as const;
  checkParty(recipient, id, now, out, 'RECIPIENT');
  if (recipient.categories && !recipient.categories.has(request.subject.category)) {
    out.add('RECIPIENT_NOT_FOR_CATEGORY', { id, category: request.subject.category }, element);
  }
  for (const item of request.items) {
    if (!recipient.items.has(item)) out.add('RECIPIENT_ITEM_NOT_DECLARED', { id, item }, element);
  }

  const exception = request.exception;
  if (exception) {
    if (!policy.exceptions.has(exception.ground) && recipient.basis !== exception.ground) {
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

  for (const item of request.items) {
    if (policy.items.get(item)?.myNumber && recipient.basis !== 'law') {
      out.add('MY_NUMBER_PROVISION', { id: item, recipient: id }, { kind: 'item', id: item });
    }
  }
  const suspended = activeSuspension(state, 'provision', { recipient: id }, now);
  if (suspended && recipient.basis !== 'law')
    out.add('PROVISION_SUSPENDED', {}, { kind: 'suspension', id: suspended.id });

  // The person's say on this recipient in its own country, looked up once for the rules that need it.
  const basis = recipient.basis;
  const own =
    basis === 'consent' || basis === 'opt-out' || recipient.linksReferableInformation
      ? effectiveConsent(state, { recipient: id, country: recipient.country }, request.items, now)
      : undefined;
  checkBasis(policy, recipient, request, id, own, out);
  const country = request.country ?? recipient.country;
  if (request.action === 'transfer' || country !== 'JP') {
    const asked =
      recipient.overseasRoute !== 'consent' || (country === recipient.country && own !== undefined)
        ? own
        : effectiveConsent(state, { recipient: id, country }, request.items, now);
    checkTransfer(recipient, id, country, asked, out);
  }
  if (recipient.linksReferableInformation && own?.status !== 'given') {
    out.add('REFERABLE_LINK_CONSENT_REQUIRED', {}, element);
  }
  if (!out.denied && (recipient.basis === 'consent' || recipient.basis === 'opt-out')) {
    out.oblige({
      kind: 'record-provision',
      recipient: id,
      items: request.items,
      bulk: recipient.bulkRecord && recipient.basis !== 'opt-out',
      basis: recipient.basis,
    });
  }
}

function checkBasis(
  policy: CompiledPolicy,
  recipient: CompiledRecipient,
  request: DecisionRequest,
  id: string,
  record: ConsentRecord | undefined,
  out: ReasonBuilder,
): void {
  const element = { kind: 'recipient', id } as const;
  const basis = recipient.basis;
  if (basis === undefined) {
    out.add('PROVISION_CONSENT_REQUIRED', { id }, element);
    return;
  }
  if (basis === 'consent' || basis === 'opt-out') {
    // A consent scoped to the recipient's own country still counts as consent to that recipient.
    if (basis === 'opt-out') {
      for (const item of request.items) {
        if (policy.items.get(item)?.specialCare)
          out.add('SPECIAL_CARE_OPT_OUT', { id: item }, { kind: 'item', id: item });
      }
      if (record && record.status !== 'given')
        out.add('OPTED_OUT', { purpose: `provision to ${id}` }, { kind: 'consent', id: record.id });
      return;
    }
    if (record?.status === 'given') out.add('CONSENT_ON_RECORD', { id: record.id }, { kind: 'consent', id: record.id });
    else if (record) out.add('CONSENT_WITHDRAWN', { id }, { kind: 'consent', id: record.id });
    else {
      out.add('PROVISION_CONSENT_REQUIRED', { id }, element);
      out.oblige({ kind: 'show-information', scope: { recipient: id } });
    }
    return;
  }
  out.add('LEGAL_GROUND', { ground: basis }, element);
}

function checkTransfer(
  recipient: CompiledRecipient,
  id: string,
  country: string,
  record: ConsentRecord | undefined,
  out: ReasonBuilder,
): void {
  const element = { kind: 'country', id: country } as const;
  switch (recipient.overseasRoute) {
    case 'equivalent-measures':
    case 'adequate-country':
      out.add('EQUIVALENT_MEASURES', { country }, element);
      return;
    case 'consent': {
      const informed = record?.status === 'given' && record.informationVersion !== undefined;
      if (!informed) {
        out.add('TRANSFER_CONSENT_REQUIRED', { country }, element);
        const scope = { recipient: id, country };
        out.oblige(
          recipient.informationVersion
            ? { kind: 'show-information', scope, informationVersion: recipient.informationVersion }
            : { kind: 'show-information', scope },
        );
      }
      return;
    }
    default:
      out.add('TRANSFER_ROUTE_MISSING', { country }, element);
  }
}

function decideJointUse(policy: CompiledPolicy, request: DecisionRequest, id: string, out: ReasonBuilder): void {
  const jointUse = policy.jointUses.get(id);
  const element = { kind: 'joint-use', id } as const;
  if (!jointUse) {
    out.add('JOINT_USE_UNKNOWN', { id }, element);
    return;
  }
  for (const item of request.items) {
    if (!jointUse.items.has(item)) out.add('JOINT_USE_NOT_DECLARED', { what: 'item', item, id }, element);
  }
  if (!jointUse.purposes.has(request.purpose)) {
    out.add('JOINT_USE_NOT_DECLARED', { what: 'purpose', item: request.purpose, id }, element);
  }
  if (!jointUse.categories.has(request.subject.category)) {
    out.add('JOINT_USE_NOT_DECLARED', { what: 'subject category', item: request.subject.category, id }, element);
  }
  out.add('NOT_A_THIRD_PARTY', { what: 'joint use' }, element);
}

function decideEntrust(
  policy: CompiledPolicy,
  request: DecisionRequest,
  id: string,
  state: SubjectState,
  now: Date,
  out: ReasonBuilder,
): void {
  const contractor = policy.contractors.get(id);
  const element = { kind: 'contractor', id } as const;
  if (!contractor) {
    out.add('CONTRACTOR_UNKNOWN', { id }, element);
    return;
  }
  checkParty(contractor, id, now, out, 'CONTRACTOR');
  for (const item of request.items) {
    if (!contractor.items.has(item)) out.add('CONTRACTOR_ITEM_NOT_COVERED', { id, item }, element);
  }
  if (contractor.country !== 'JP' && contractor.overseasRoute === 'consent') {
    const record = effectiveConsent(state, { recipient: id, country: contractor.country }, request.items, now);
    if (record?.status !== 'given' || record.informationVersion === undefined) {
      out.add(
        'TRANSFER_CONSENT_REQUIRED',
        { country: contractor.country },
        { kind: 'country', id: contractor.country },
      );
    }
  }
  out.add('NOT_A_THIRD_PARTY', { what: 'entrustment to a contractor' }, element);
}

function checkParty(
  party: CompiledParty,
  id: string,
  now: Date,
  out: ReasonBuilder,
  kind: 'RECIPIENT' | 'CONTRACTOR',
): void {
  const element = { kind: kind === 'RECIPIENT' ? 'recipient' : 'contractor', id } as const;
  if (!party.active) out.add(`${kind}_SUSPENDED`, { id, status: party.status }, element);
  if (party.reviewDueBy && party.reviewDueBy.getTime() < now.getTime()) {
    out.add(`${kind}_REVIEW_LAPSED`, { id, date: party.reviewDueBy.toISOString().slice(0, 10) }, element);
  }
}
