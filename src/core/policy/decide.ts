import type { SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import { decideProvision } from './decide-provision.ts';
import type { Decision, DecisionRequest } from './decision.ts';
import type { CategoryEntry, PurposeEntry } from './policy-index.ts';
import { type PreparedRequest, prepareRequest } from './prepared-request.ts';
import { NO_OBLIGATIONS, ReasonBuilder } from './reason-builder.ts';
import {
  itemNotHeldFor,
  itemNotInPurpose,
  purposeNotForCategory,
  purposeNotForOperator,
  purposePermitted,
} from './shared-reasons.ts';
import { consentOnRecord, purposeConsent, type SubjectIndex, subjectIndex, suspensionOf } from './subject-index.ts';

/**
 * The decision engine: may this actor do this with these items of this person for this purpose?
 * Pure: the ledger (compiled), the person's consents and suspensions, and the time are all inputs.
 * Every rule runs, so a denial lists every reason.
 */
export function decide(policy: CompiledPolicy, request: DecisionRequest, state: SubjectState, now: Date): Decision {
  // The person first: while their index is fetched from memory the CPU goes on reading the request.
  const person = subjectIndex(policy, state);
  return decideIndexed(prepareRequest(policy, request), request.subject, person, now.getTime());
}

/** `decide` for a prepared request and one person: the same decision as `decide({ ...request, subject })`. */
export function decidePrepared(
  prepared: PreparedRequest,
  subject: DecisionRequest['subject'],
  state: SubjectState,
  now: Date,
): Decision {
  return decideIndexed(prepared, subject, subjectIndex(prepared.policy, state), now.getTime());
}

/** `decidePrepared` with the person's state already indexed (`subjectIndex`) and the time in ms. */
export function decideIndexed(
  prepared: PreparedRequest,
  subject: DecisionRequest['subject'],
  person: SubjectIndex,
  nowMs: number,
): Decision {
  const { policy, purpose, action } = prepared;
  const category = policy.index.categories.get(subject.category);
  // PURPOSE_PERMITTED leads the reasons of an allowed decision.
  const out = new ReasonBuilder(
    purpose !== undefined && category !== undefined
      ? (purpose.permitted[category.index] ?? purposePermitted(purpose, category))
      : undefined,
  );
  if (prepared.operator === undefined) {
    out.add('OPERATOR_UNKNOWN', { id: prepared.operatorId }, { kind: 'operator', id: prepared.operatorId });
  }
  if (category === undefined) {
    out.add('CATEGORY_UNKNOWN', { id: subject.category }, { kind: 'category', id: subject.category });
  }
  if (purpose === undefined) {
    out.add('PURPOSE_UNKNOWN', { id: prepared.purposeId }, { kind: 'purpose', id: prepared.purposeId });
  } else {
    checkPurpose(prepared, purpose, category, subject.category, out);
    checkPurposeConsent(prepared, purpose, subject.id, person, nowMs, out);
    if (action === 'acquire') checkAcquire(prepared, purpose, person, nowMs, out);
  }
  if (action === 're-identify' || prepared.deidentifiedData !== undefined) checkDeidentified(prepared, out);
  else if (action !== 'use' && action !== 'acquire') {
    decideProvision(prepared, subject.category, category, person, nowMs, out);
  }
  if (action === 'use' && !out.denied && prepared.mask !== undefined) out.oblige(prepared.mask);
  return {
    allowed: !out.denied,
    reasons: out.finish(),
    obligations: out.obligations ?? NO_OBLIGATIONS,
    ledgerVersion: policy.version,
  };
}

function checkPurpose(
  prepared: PreparedRequest,
  purpose: PurposeEntry,
  category: CategoryEntry | undefined,
  categoryId: string,
  out: ReasonBuilder,
): void {
  const id = purpose.id;
  if (category === undefined) {
    out.add('PURPOSE_NOT_FOR_CATEGORY', { id, category: categoryId }, purpose.element);
  } else if (purpose.categories[category.index] !== 1) {
    out.push(purpose.notForCategory[category.index] ?? purposeNotForCategory(purpose, category));
  }
  const operator = prepared.operator;
  if (purpose.operators && (operator === undefined || purpose.operators[operator.index] !== 1)) {
    if (operator === undefined) {
      out.add('PURPOSE_NOT_FOR_OPERATOR', { id, operator: prepared.operatorId }, purpose.element);
    } else out.push(purpose.notForOperator[operator.index] ?? purposeNotForOperator(purpose, operator));
  }
  const ids = prepared.itemIds;
  const items = prepared.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) {
      const itemId = ids[i] as string;
      out.add('ITEM_UNKNOWN', { id: itemId }, { kind: 'item', id: itemId });
      continue;
    }
    if (purpose.items[item.index] !== 1) out.push(purpose.itemNotIn[item.index] ?? itemNotInPurpose(purpose, item));
    if (category === undefined) {
      out.add('ITEM_NOT_HELD_FOR_CATEGORY', { id: item.id, category: categoryId }, item.element);
    } else if (item.heldFor[category.index] !== 1) {
      out.push(item.notHeldFor[category.index] ?? itemNotHeldFor(item, category));
    }
    if (item.myNumber && !purpose.compiled.myNumberWork) out.push(item.myNumberPurpose);
  }
  if (prepared.roleNotPermitted) out.push(prepared.roleNotPermitted);
}

function checkPurposeConsent(
  prepared: PreparedRequest,
  purpose: PurposeEntry,
  subjectId: string,
  person: SubjectIndex,
  nowMs: number,
  out: ReasonBuilder,
): void {
  const id = purpose.id;
  if (person.suspensions.length > 0 && suspensionOf(person, true, id, nowMs)) {
    out.add('USE_SUSPENDED', { purpose: id }, { kind: 'suspension', id: subjectId });
  }
  const consent = purpose.compiled.consent;
  const needsConsent = consent === 'opt-in' || purpose.compiled.addedAfterCollection;
  if (!needsConsent && consent !== 'opt-out') return;
  const record = purposeConsent(person, purpose.index, prepared.itemIds, nowMs);
  if (consent === 'opt-out') {
    if (record && record.status !== 'given') out.add('OPTED_OUT', { purpose: id }, { kind: 'consent', id: record.id });
    return;
  }
  if (record?.status === 'given') {
    out.push(consentOnRecord(record));
  } else if (record) {
    out.add('CONSENT_WITHDRAWN', { id }, { kind: 'consent', id: record.id });
  } else {
    out.push(purpose.consentMissing);
    out.oblige(purpose.showInformation);
  }
}

function checkAcquire(
  prepared: PreparedRequest,
  purpose: PurposeEntry,
  person: SubjectIndex,
  nowMs: number,
  out: ReasonBuilder,
): void {
  const items = prepared.items;
  if (prepared.operator?.staffing) {
    for (const item of items) if (item?.forbiddenForStaffing) out.push(item.staffingForbidden);
  }
  const special = prepared.firstSpecialCare;
  const specialCare = special !== undefined && purpose.compiled.specialCareByConsent;
  // Looked up once, only when a rule needs it.
  const given =
    (specialCare || prepared.linksReferableInformation) &&
    purposeConsent(person, purpose.index, prepared.itemIds, nowMs)?.status === 'given';
  if (specialCare && !given) out.push(special.specialCareConsent);
  if (prepared.linksReferableInformation && !given) out.push(purpose.referableLink);
  const source = prepared.source;
  if (source?.kind === 'third-party') {
    out.oblige({ kind: 'record-receipt-check', provider: source.provider ?? 'unknown', items: prepared.itemIds });
  }
}

const PROVISIONS: ReadonlySet<string> = new Set(['provide', 'transfer', 'joint-use']);

/**
 * De-identified data (PS-1, AN-1): never re-identified; pseudonymised data is used only for its published purposes
 * and never provided to third parties (entrusting its processing is not provision). Statistical and anonymised data
 * are not personal data: providing them is not decided as a provision of personal data.
 */
function checkDeidentified(request: PreparedRequest, out: ReasonBuilder): void {
  const id = request.deidentifiedData ?? '';
  const data = request.deidentifiedData === undefined ? undefined : request.policy.deidentified.get(id);
  const element = { kind: 'deidentified' as const, id };
  if (request.deidentifiedData !== undefined && data === undefined) out.add('DEIDENTIFIED_UNKNOWN', { id }, element);
  if (request.action === 're-identify') {
    out.add('REIDENTIFICATION_FORBIDDEN', { id: id || 'any' }, element);
    return;
  }
  if (data?.kind === 'pseudonymised') {
    if (!data.purposes.has(request.purposeId)) {
      out.add('DEIDENTIFIED_PURPOSE', { id, purpose: request.purposeId }, element);
    }
    if (PROVISIONS.has(request.action)) out.add('PSEUDONYMISED_PROVISION', { id }, element);
  }
}
