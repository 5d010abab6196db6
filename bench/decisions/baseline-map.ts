import type { ConsentRecord } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';
import { type ItemFacts, ledgerFacts, type PurposeFacts, type RecipientFacts } from './ledger-facts.ts';
import { type ActiveSuspensions, effectiveRecord, recordsAsOf, suspensionsAsOf } from './resolved-state.ts';

interface Subject {
  readonly records: readonly ConsentRecord[];
  readonly suspended: ActiveSuspensions;
}

/**
 * A hand-written evaluator over Maps and Sets: the same rules, allow/deny only, stopping at the first denial.
 * Each person's state is resolved as of `now` beforehand (records filtered and sorted, suspensions as sets).
 */
export function createMapBaseline(ledger: Ledger, set: RequestSet): BenchEngine {
  const facts = ledgerFacts(ledger);
  const toSets = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const operators = new Set(facts.operators);
  const staffing = new Set(facts.staffingOperators);
  const categories = new Set(facts.categories);
  const items = toSets(facts.items);
  const itemCategories = new Map(facts.items.map((i) => [i.id, new Set(i.categories)]));
  const purposes = new Map(
    facts.purposes.map((p) => [
      p.id,
      {
        p,
        cats: new Set(p.categories),
        items: new Set(p.items),
        roles: new Set(p.roles),
        ops: p.operators && new Set(p.operators),
      },
    ]),
  );
  const recipients = new Map(
    facts.recipients.map((r) => [r.id, { r, items: new Set(r.items), cats: new Set(r.categories) }]),
  );
  const contractors = new Map(facts.contractors.map((c) => [c.id, { c, items: new Set(c.items) }]));
  const jointUses = new Map(
    facts.jointUses.map((j) => [
      j.id,
      { items: new Set(j.items), cats: new Set(j.categories), purposes: new Set(j.purposes) },
    ]),
  );
  const exceptions = new Set(facts.exceptions);
  const subjects = new Map<string, Subject>();
  for (const [id, state] of set.states)
    subjects.set(id, { records: recordsAsOf(state, set.now), suspended: suspensionsAsOf(state, set.now) });
  const nobody: Subject = {
    records: [],
    suspended: { useAll: false, usePurposes: new Set(), provisionAll: false, provisionRecipients: new Set() },
  };
  const nowMs = set.now.getTime();
  const given = (r: ConsentRecord | undefined) => r?.status === 'given';

  function purposeOk(
    q: DecisionRequest,
    purpose: PurposeFacts,
    pSets: { cats: Set<string>; items: Set<string>; roles: Set<string>; ops: Set<string> | undefined },
    s: Subject,
  ): boolean {
    const category = q.subject.category;
    if (!pSets.cats.has(category) || (pSets.ops && !pSets.ops.has(q.operator))) return false;
    for (const id of q.items) {
      const item = items.get(id);
      if (!item || !pSets.items.has(id) || !itemCategories.get(id)?.has(category)) return false;
      if (item.myNumber && !purpose.myNumberWork) return false;
    }
    if (!q.actor.roles.some((r) => pSets.roles.has(r))) return false;
    if (s.suspended.useAll || s.suspended.usePurposes.has(q.purpose)) return false;
    if (purpose.consent === 'none') return true;
    const record = effectiveRecord(s.records, { purpose: q.purpose }, q.items);
    return purpose.consent === 'opt-out' ? !record || given(record) : given(record);
  }

  function acquireOk(q: DecisionRequest, purpose: PurposeFacts, s: Subject): boolean {
    const isStaffing = staffing.has(q.operator);
    let special = false;
    for (const id of q.items) {
      const item = items.get(id) as ItemFacts;
      if (isStaffing && item.forbiddenForStaffing) return false;
      if (item.specialCare && purpose.specialCareByConsent) special = true;
    }
    if (!special && !q.linksReferableInformation) return true;
    return given(effectiveRecord(s.records, { purpose: q.purpose }, q.items));
  }

  function provideOk(q: DecisionRequest, id: string, s: Subject): boolean {
    const entry = recipients.get(id);
    if (!entry) return false;
    const r: RecipientFacts = entry.r;
    if (!r.active || r.reviewDueMs < nowMs || !entry.cats.has(q.subject.category)) return false;
    for (const item of q.items) if (!entry.items.has(item)) return false;
    if (q.exception) {
      const declared = exceptions.has(q.exception.ground) || r.basis === q.exception.ground;
      return declared && q.exception.justification.trim().length >= 10;
    }
    if (r.basis !== 'law' && q.items.some((i) => items.get(i)?.myNumber)) return false;
    if (r.basis !== 'law' && (s.suspended.provisionAll || s.suspended.provisionRecipients.has(id))) return false;
    const own = effectiveRecord(s.records, { recipient: id, country: r.country }, q.items);
    if (r.basis === undefined) return false;
    if (r.basis === 'consent' && !given(own)) return false;
    if (r.basis === 'opt-out' && (q.items.some((i) => items.get(i)?.specialCare) || (own && !given(own)))) return false;
    const country = q.country ?? r.country;
    if (q.action === 'transfer' || country !== 'JP') {
      if (r.route === 'consent') {
        const asked = effectiveRecord(s.records, { recipient: id, country }, q.items);
        if (!given(asked) || asked?.informationVersion === undefined) return false;
      } else if (r.route !== 'equivalent-measures' && r.route !== 'adequate-country') return false;
    }
    return !r.linksReferableInformation || given(own);
  }

  function entrustOk(q: DecisionRequest, id: string, s: Subject): boolean {
    const entry = contractors.get(id);
    if (!entry?.c.active || entry.c.reviewDueMs < nowMs) return false;
    for (const item of q.items) if (!entry.items.has(item)) return false;
    if (entry.c.country === 'JP' || entry.c.route !== 'consent') return true;
    const record = effectiveRecord(s.records, { recipient: id, country: entry.c.country }, q.items);
    return given(record) && record?.informationVersion !== undefined;
  }

  function jointUseOk(q: DecisionRequest, id: string): boolean {
    const j = jointUses.get(id);
    if (!j?.purposes.has(q.purpose) || !j.cats.has(q.subject.category)) return false;
    for (const item of q.items) if (!j.items.has(item)) return false;
    return true;
  }

  function allowed(q: DecisionRequest): boolean {
    if (!operators.has(q.operator) || !categories.has(q.subject.category)) return false;
    const entry = purposes.get(q.purpose);
    if (!entry) return false;
    const s = subjects.get(q.subject.id) ?? nobody;
    if (!purposeOk(q, entry.p, entry, s)) return false;
    if (q.action === 'use') return true;
    if (q.action === 'acquire') return acquireOk(q, entry.p, s);
    const id = q.recipient;
    if (id === undefined) return false;
    if (q.action === 'joint-use') return jointUseOk(q, id);
    if (q.action === 'entrust') return entrustOk(q, id, s);
    return provideOk(q, id, s);
  }

  return {
    name: 'baseline Map',
    notes: ['allow/deny only, first denial stops; states resolved as of now beforehand'],
    decide: (index) => allowed(set.requests[index] as DecisionRequest),
  };
}
