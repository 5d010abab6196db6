import type { ConsentRecord } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';
import { type IdDict, idDict, idSet } from './id-dict.ts';
import { type ItemFacts, ledgerFacts, type PurposeFacts, type RecipientFacts } from './ledger-facts.ts';
import { type ActiveSuspensions, effectiveRecord, recordsAsOf, suspensionsAsOf } from './resolved-state.ts';

interface Subject {
  readonly records: readonly ConsentRecord[];
  readonly suspended: ActiveSuspensions;
}

/**
 * A hand-written evaluator: the same rules, allow/deny only, stopping at the first denial. Ledger ids are looked
 * up in null-prototype objects (id-dict.ts, as Mamori's engine does), people by id in a Map, as the harness gives
 * Mamori their states. Each person's state is resolved as of `now` beforehand (records filtered and sorted,
 * suspensions as sets).
 */
export function createMapBaseline(ledger: Ledger, set: RequestSet): BenchEngine {
  const facts = ledgerFacts(ledger);
  const operators = idSet(facts.operators);
  const staffing = idSet(facts.staffingOperators);
  const categories = idSet(facts.categories);
  const items = idDict(facts.items.map((i) => [i.id, i] as const));
  const itemCategories = idDict(facts.items.map((i) => [i.id, idSet(i.categories)] as const));
  const purposes = idDict(
    facts.purposes.map(
      (p) =>
        [
          p.id,
          {
            p,
            cats: idSet(p.categories),
            items: idSet(p.items),
            roles: idSet(p.roles),
            ops: p.operators && idSet(p.operators),
          },
        ] as const,
    ),
  );
  const recipients = idDict(
    facts.recipients.map((r) => [r.id, { r, items: idSet(r.items), cats: idSet(r.categories) }] as const),
  );
  const contractors = idDict(facts.contractors.map((c) => [c.id, { c, items: idSet(c.items) }] as const));
  const jointUses = idDict(
    facts.jointUses.map(
      (j) => [j.id, { items: idSet(j.items), cats: idSet(j.categories), purposes: idSet(j.purposes) }] as const,
    ),
  );
  const exceptions = idSet(facts.exceptions);
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
    pSets: { cats: IdDict<true>; items: IdDict<true>; roles: IdDict<true>; ops: IdDict<true> | undefined },
    s: Subject,
  ): boolean {
    const category = q.subject.category;
    if (!pSets.cats[category] || (pSets.ops && !pSets.ops[q.operator])) return false;
    for (const id of q.items) {
      const item = items[id];
      if (!item || !pSets.items[id] || !itemCategories[id]?.[category]) return false;
      if (item.myNumber && !purpose.myNumberWork) return false;
    }
    if (!q.actor.roles.some((r) => pSets.roles[r])) return false;
    if (s.suspended.useAll || s.suspended.usePurposes.has(q.purpose)) return false;
    if (purpose.consent === 'none') return true;
    const record = effectiveRecord(s.records, { purpose: q.purpose }, q.items);
    return purpose.consent === 'opt-out' ? !record || given(record) : given(record);
  }

  function acquireOk(q: DecisionRequest, purpose: PurposeFacts, s: Subject): boolean {
    const isStaffing = staffing[q.operator] === true;
    let special = false;
    for (const id of q.items) {
      const item = items[id] as ItemFacts;
      if (isStaffing && item.forbiddenForStaffing) return false;
      if (item.specialCare && purpose.specialCareByConsent) special = true;
    }
    if (!special && !q.linksReferableInformation) return true;
    return given(effectiveRecord(s.records, { purpose: q.purpose }, q.items));
  }

  function provideOk(q: DecisionRequest, id: string, s: Subject): boolean {
    const entry = recipients[id];
    if (!entry) return false;
    const r: RecipientFacts = entry.r;
    if (!r.active || r.reviewDueMs < nowMs || !entry.cats[q.subject.category]) return false;
    for (const item of q.items) if (!entry.items[item]) return false;
    if (q.exception) {
      const declared = exceptions[q.exception.ground] === true || r.basis === q.exception.ground;
      return declared && q.exception.justification.trim().length >= 10;
    }
    if (r.basis !== 'law' && q.items.some((i) => items[i]?.myNumber)) return false;
    if (r.basis !== 'law' && (s.suspended.provisionAll || s.suspended.provisionRecipients.has(id))) return false;
    const own = effectiveRecord(s.records, { recipient: id, country: r.country }, q.items);
    if (r.basis === undefined) return false;
    if (r.basis === 'consent' && !given(own)) return false;
    if (r.basis === 'opt-out' && (q.items.some((i) => items[i]?.specialCare) || (own && !given(own)))) return false;
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
    const entry = contractors[id];
    if (!entry?.c.active || entry.c.reviewDueMs < nowMs) return false;
    for (const item of q.items) if (!entry.items[item]) return false;
    if (entry.c.country === 'JP' || entry.c.route !== 'consent') return true;
    const record = effectiveRecord(s.records, { recipient: id, country: entry.c.country }, q.items);
    return given(record) && record?.informationVersion !== undefined;
  }

  function jointUseOk(q: DecisionRequest, id: string): boolean {
    const j = jointUses[id];
    if (!j?.purposes[q.purpose] || !j.cats[q.subject.category]) return false;
    for (const item of q.items) if (!j.items[item]) return false;
    return true;
  }

  function allowed(q: DecisionRequest): boolean {
    if (!operators[q.operator] || !categories[q.subject.category]) return false;
    const entry = purposes[q.purpose];
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
    notes: [
      'allow/deny only, first denial stops; states resolved as of now beforehand',
      'ledger ids looked up in null-prototype objects (as Mamori does), people in a Map',
    ],
    decide: (index) => allowed(set.requests[index] as DecisionRequest),
  };
}
