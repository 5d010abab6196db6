import type { ConsentScope, SubjectState } from '../consent/consent-record.ts';
import { activeSuspension, effectiveConsent } from '../consent/effective-consent.ts';
import type { CompiledPolicy, CompiledPurpose } from './compiled-policy.ts';
import { decideProvision } from './decide-provision.ts';
import type { Decision, DecisionRequest } from './decision.ts';
import { ReasonBuilder } from './reason-builder.ts';

/**
 * The decision engine: may this actor do this with these items of this person for this purpose?
 * Pure: the ledger (compiled), the person's consents and suspensions, and the time are all inputs.
 * Every rule runs, so a denial lists every reason.
 */
export function decide(policy: CompiledPolicy, request: DecisionRequest, state: SubjectState, now: Date): Decision {
  const out = new ReasonBuilder();
  const { subject, operator } = request;
  if (!policy.operators.has(operator))
    out.add('OPERATOR_UNKNOWN', { id: operator }, { kind: 'operator', id: operator });
  if (!policy.categories.has(subject.category)) {
    out.add('CATEGORY_UNKNOWN', { id: subject.category }, { kind: 'category', id: subject.category });
  }
  const purpose = policy.purposes.get(request.purpose);
  if (!purpose) {
    out.add('PURPOSE_UNKNOWN', { id: request.purpose }, { kind: 'purpose', id: request.purpose });
  } else {
    checkPurpose(policy, purpose, request, out);
    checkPurposeConsent(purpose, request, state, now, out);
  }
  if (request.action === 'acquire' && purpose) checkAcquire(policy, purpose, request, state, now, out);
  if (request.action === 're-identify' || request.deidentifiedData !== undefined)
    checkDeidentified(policy, request, out);
  else if (request.action !== 'use' && request.action !== 'acquire') decideProvision(policy, request, state, now, out);
  if (request.action === 'use' && !out.denied && purpose) maskItems(policy, purpose, request, out);
  if (!out.denied) {
    out.reasons.unshift({
      code: 'PURPOSE_PERMITTED',
      effect: 'allow',
      message: `purpose ${request.purpose} is declared for ${subject.category} and these items`,
      element: { kind: 'purpose', id: request.purpose },
    });
  }
  return { allowed: !out.denied, reasons: out.reasons, obligations: out.obligations, ledgerVersion: policy.version };
}

function checkPurpose(
  policy: CompiledPolicy,
  purpose: CompiledPurpose,
  request: DecisionRequest,
  out: ReasonBuilder,
): void {
  const id = request.purpose;
  const category = request.subject.category;
  if (!purpose.categories.has(category)) out.add('PURPOSE_NOT_FOR_CATEGORY', { id, category }, { kind: 'purpose', id });
  if (purpose.operators && !purpose.operators.has(request.operator)) {
    out.add('PURPOSE_NOT_FOR_OPERATOR', { id, operator: request.operator }, { kind: 'purpose', id });
  }
  for (const itemId of request.items) {
    const item = policy.items.get(itemId);
    if (!item) {
      out.add('ITEM_UNKNOWN', { id: itemId }, { kind: 'item', id: itemId });
      continue;
    }
    if (!purpose.items.has(itemId))
      out.add('ITEM_NOT_IN_PURPOSE', { id: itemId, purpose: id }, { kind: 'item', id: itemId });
    if (!item.categories.has(category)) {
      out.add('ITEM_NOT_HELD_FOR_CATEGORY', { id: itemId, category }, { kind: 'item', id: itemId });
    }
    if (item.myNumber && !purpose.myNumberWork)
      out.add('MY_NUMBER_PURPOSE', { id: itemId }, { kind: 'item', id: itemId });
  }
  let permitted = false;
  for (const role of request.actor.roles) {
    if (purpose.roles.has(role)) {
      permitted = true;
      break;
    }
  }
  if (!permitted) {
    out.add(
      'ROLE_NOT_PERMITTED',
      { roles: request.actor.roles.join(', ') || '(none)', purpose: id },
      { kind: 'purpose', id },
    );
  }
}

function checkPurposeConsent(
  purpose: CompiledPurpose,
  request: DecisionRequest,
  state: SubjectState,
  now: Date,
  out: ReasonBuilder,
): void {
  const id = request.purpose;
  if (activeSuspension(state, 'use', { purpose: id }, now)) {
    out.add('USE_SUSPENDED', { purpose: id }, { kind: 'suspension', id: request.subject.id });
  }
  const needsConsent = purpose.consent === 'opt-in' || purpose.addedAfterCollection;
  if (!needsConsent && purpose.consent !== 'opt-out') return;
  const scope: ConsentScope = { purpose: id };
  const record = effectiveConsent(state, scope, request.items, now);
  if (purpose.consent === 'opt-out') {
    if (record && record.status !== 'given') out.add('OPTED_OUT', { purpose: id }, { kind: 'consent', id: record.id });
    return;
  }
  if (record?.status === 'given') {
    out.add('CONSENT_ON_RECORD', { id: record.id }, { kind: 'consent', id: record.id });
  } else if (record) {
    out.add('CONSENT_WITHDRAWN', { id }, { kind: 'consent', id: record.id });
  } else {
    out.add(
      purpose.addedAfterCollection ? 'BEYOND_ORIGINAL_SCOPE' : 'CONSENT_REQUIRED',
      { purpose: id },
      { kind: 'purpose', id },
    );
    out.oblige({ kind: 'show-information', scope });
  }
}

function checkAcquire(
  policy: CompiledPolicy,
  purpose: CompiledPurpose,
  request: DecisionRequest,
  state: SubjectState,
  now: Date,
  out: ReasonBuilder,
): void {
  const staffing = policy.staffingOperators.has(request.operator);
  let specialCare = false;
  for (const itemId of request.items) {
    const item = policy.items.get(itemId);
    if (!item) continue;
    if (staffing && item.forbiddenForStaffing)
      out.add('STAFFING_FORBIDDEN_ITEM', { id: itemId }, { kind: 'item', id: itemId });
    if (item.specialCare && purpose.specialCareByConsent) specialCare = true;
  }
  // Looked up once, only when a rule needs it; plain code rather than closures on this hot path.
  const given =
    (specialCare || request.linksReferableInformation === true) &&
    effectiveConsent(state, { purpose: request.purpose }, request.items, now)?.status === 'given';
  if (specialCare && !given) {
    let first = '';
    for (const itemId of request.items) {
      if (policy.items.get(itemId)?.specialCare) {
        first = itemId;
        break;
      }
    }
    out.add('SPECIAL_CARE_CONSENT_REQUIRED', { id: first }, { kind: 'item', id: first });
  }
  if (request.linksReferableInformation && !given) {
    out.add('REFERABLE_LINK_CONSENT_REQUIRED', {}, { kind: 'purpose', id: request.purpose });
  }
  if (request.source?.kind === 'third-party') {
    out.oblige({ kind: 'record-receipt-check', provider: request.source.provider ?? 'unknown', items: request.items });
  }
}

/** Items hidden from this actor: masked by every role of the actor that may use the purpose. */
function maskItems(
  policy: CompiledPolicy,
  purpose: CompiledPurpose,
  request: DecisionRequest,
  out: ReasonBuilder,
): void {
  let masked: string[] | undefined;
  for (const role of request.actor.roles) {
    if (!purpose.roles.has(role)) continue;
    const roleMasked = policy.maskedItems.get(role);
    // A permitted role that masks nothing leaves nothing masked by every role.
    if (roleMasked === undefined || roleMasked.size === 0) return;
    const here: string[] = [];
    for (const item of request.items) {
      if (roleMasked.has(item) && (masked === undefined || masked.includes(item))) here.push(item);
    }
    masked = here;
  }
  if (masked && masked.length > 0) out.oblige({ kind: 'mask-items', items: masked });
}

const PROVISIONS: ReadonlySet<string> = new Set(['provide', 'transfer', 'joint-use']);

/**
 * De-identified data (PS-1, AN-1): never re-identified; pseudonymised data is used only for its published purposes
 * and never provided to third parties (entrusting its processing is not provision). Statistical and anonymised data
 * are not personal data: providing them is not decided as a provision of personal data.
 */
function checkDeidentified(policy: CompiledPolicy, request: DecisionRequest, out: ReasonBuilder): void {
  const id = request.deidentifiedData ?? '';
  const data = request.deidentifiedData === undefined ? undefined : policy.deidentified.get(id);
  const element = { kind: 'deidentified' as const, id };
  if (request.deidentifiedData !== undefined && data === undefined) out.add('DEIDENTIFIED_UNKNOWN', { id }, element);
  if (request.action === 're-identify') {
    out.add('REIDENTIFICATION_FORBIDDEN', { id: id || 'any' }, element);
    return;
  }
  if (data?.kind === 'pseudonymised') {
    if (!data.purposes.has(request.purpose)) out.add('DEIDENTIFIED_PURPOSE', { id, purpose: request.purpose }, element);
    if (PROVISIONS.has(request.action)) out.add('PSEUDONYMISED_PROVISION', { id }, element);
  }
}
