import type { SubjectState } from '../../src/core/consent/consent-record.ts';
import { BitRows, Interner } from './bitset.ts';
import type { LedgerFacts } from './ledger-facts.ts';
import { recordsAsOf, suspensionsAsOf } from './resolved-state.ts';

export const BASIS = { none: 0, consent: 1, optOut: 2, law: 3, other: 4 } as const;
export const ROUTE = { none: 0, consent: 1, equivalent: 2 } as const;

/** The ledger as integer tables and bitset rows (one row per purpose, category, party...). */
export function compileLedgerBits(facts: LedgerFacts) {
  const ids = {
    operator: new Interner(facts.operators),
    category: new Interner(facts.categories),
    item: new Interner(facts.items.map((i) => i.id)),
    purpose: new Interner(facts.purposes.map((p) => p.id)),
    role: new Interner(facts.purposes.flatMap((p) => p.roles)),
    recipient: new Interner(facts.recipients.map((r) => r.id)),
    contractor: new Interner(facts.contractors.map((c) => c.id)),
    jointUse: new Interner(facts.jointUses.map((j) => j.id)),
    /** Consent scopes name recipients and contractors alike. */
    party: new Interner([...facts.recipients.map((r) => r.id), ...facts.contractors.map((c) => c.id)]),
    country: new Interner(['JP']),
    ground: new Interner(facts.exceptions),
  };
  const nItems = ids.item.size;
  const nCats = ids.category.size;
  const rows = (list: readonly unknown[], width: number) => new BitRows(list.length, width);
  const mark = (target: BitRows, row: number, list: readonly string[], interner: Interner) => {
    for (const id of list) target.set(row, interner.of(id));
  };
  const flagged = new BitRows(3, nItems); // rows: my number, special care, forbidden for staffing
  const held = new BitRows(nCats, nItems);
  facts.items.forEach((item, i) => {
    if (item.myNumber) flagged.set(0, i);
    if (item.specialCare) flagged.set(1, i);
    if (item.forbiddenForStaffing) flagged.set(2, i);
    for (const c of item.categories) held.set(ids.category.of(c), i);
  });
  const P = facts.purposes;
  const purposes = {
    cats: rows(P, nCats),
    items: rows(P, nItems),
    ops: rows(P, ids.operator.size),
    roles: rows(P, ids.role.size),
    hasOps: Uint8Array.from(P, (p) => (p.operators ? 1 : 0)),
    consent: Uint8Array.from(P, (p) => (p.consent === 'none' ? 0 : p.consent === 'opt-in' ? 1 : 2)),
    myNumberWork: Uint8Array.from(P, (p) => (p.myNumberWork ? 1 : 0)),
    specialCareByConsent: Uint8Array.from(P, (p) => (p.specialCareByConsent ? 1 : 0)),
  };
  P.forEach((p, i) => {
    mark(purposes.cats, i, p.categories, ids.category);
    mark(purposes.items, i, p.items, ids.item);
    mark(purposes.ops, i, p.operators ?? [], ids.operator);
    mark(purposes.roles, i, p.roles, ids.role);
  });
  const R = facts.recipients;
  const basisOf = (b: string | undefined) =>
    b === undefined ? 0 : b === 'consent' ? 1 : b === 'opt-out' ? 2 : b === 'law' ? 3 : 4;
  const routeOf = (r: string | undefined) => (r === 'consent' ? 1 : r === undefined ? 0 : 2);
  const recipients = {
    items: rows(R, nItems),
    cats: rows(R, nCats),
    active: Uint8Array.from(R, (r) => (r.active ? 1 : 0)),
    reviewDueMs: Float64Array.from(R, (r) => r.reviewDueMs),
    country: Int32Array.from(R, (r) => ids.country.of(r.country)),
    route: Uint8Array.from(R, (r) => routeOf(r.route)),
    basis: Uint8Array.from(R, (r) => basisOf(r.basis)),
    basisGround: Int32Array.from(R, (r) => (r.basis === undefined ? -1 : ids.ground.of(r.basis))),
    links: Uint8Array.from(R, (r) => (r.linksReferableInformation ? 1 : 0)),
    party: Int32Array.from(R, (r) => ids.party.of(r.id)),
  };
  R.forEach((r, i) => {
    mark(recipients.items, i, r.items, ids.item);
    mark(recipients.cats, i, r.categories, ids.category);
  });
  const C = facts.contractors;
  const contractors = {
    items: rows(C, nItems),
    active: Uint8Array.from(C, (c) => (c.active ? 1 : 0)),
    reviewDueMs: Float64Array.from(C, (c) => c.reviewDueMs),
    consentAbroad: Uint8Array.from(C, (c) => (c.country !== 'JP' && c.route === 'consent' ? 1 : 0)),
    country: Int32Array.from(C, (c) => ids.country.of(c.country)),
    party: Int32Array.from(C, (c) => ids.party.of(c.id)),
  };
  C.forEach((c, i) => mark(contractors.items, i, c.items, ids.item));
  const J = facts.jointUses;
  const jointUses = { items: rows(J, nItems), cats: rows(J, nCats), purposes: rows(J, P.length) };
  J.forEach((j, i) => {
    mark(jointUses.items, i, j.items, ids.item);
    mark(jointUses.cats, i, j.categories, ids.category);
    mark(jointUses.purposes, i, j.purposes, ids.purpose);
  });
  const staffing = Uint8Array.from(facts.operators, (o) => (facts.staffingOperators.includes(o) ? 1 : 0));
  const declaredGrounds = new Set(facts.exceptions.map((g) => ids.ground.of(g)));
  return {
    ids,
    nItems,
    nParties: ids.party.size,
    flagged,
    held,
    purposes,
    recipients,
    contractors,
    jointUses,
    staffing,
    declaredGrounds,
  };
}
export type LedgerBits = ReturnType<typeof compileLedgerBits>;

/** Each person's records as of `now`, latest first, as flat integer columns; suspensions as flags and rows. */
export function compileSubjectBits(L: LedgerBits, states: ReadonlyMap<string, SubjectState>, now: Date) {
  // People by id in a Map, as the harness gives Mamori their states.
  const subjects = new Map([...states.keys()].map((id, i) => [id, i] as const));
  const n = subjects.size;
  const start = new Int32Array(n + 1);
  const purpose: number[] = [];
  const party: number[] = [];
  const country: number[] = [];
  const given: number[] = [];
  const informed: number[] = [];
  const itemRows: string[][] | undefined[] = [];
  const useAll = new Uint8Array(n);
  const provisionAll = new Uint8Array(n);
  const usePurposes = new BitRows(n, L.ids.purpose.size);
  const provisionParties = new BitRows(n, L.nParties);
  let s = 0;
  for (const state of states.values()) {
    start[s] = purpose.length;
    for (const r of recordsAsOf(state, now)) {
      const scope = r.scope;
      if (scope.purpose === undefined && scope.recipient === undefined && scope.country === undefined) continue;
      purpose.push(scope.purpose === undefined ? -1 : L.ids.purpose.of(scope.purpose));
      party.push(scope.recipient === undefined ? -1 : L.ids.party.of(scope.recipient));
      country.push(scope.country === undefined ? -1 : L.ids.country.of(scope.country));
      given.push(r.status === 'given' ? 1 : 0);
      informed.push(r.status === 'given' && r.informationVersion !== undefined ? 1 : 0);
      (itemRows as (readonly string[] | undefined)[]).push(scope.items);
    }
    const active = suspensionsAsOf(state, now);
    useAll[s] = active.useAll ? 1 : 0;
    provisionAll[s] = active.provisionAll ? 1 : 0;
    for (const p of active.usePurposes) if (L.ids.purpose.find(p) >= 0) usePurposes.set(s, L.ids.purpose.find(p));
    for (const r of active.provisionRecipients) {
      const k = L.ids.party.find(r);
      if (k >= 0 && k < L.nParties) provisionParties.set(s, k);
    }
    s++;
  }
  start[n] = purpose.length;
  const items = new BitRows(purpose.length, L.nItems);
  (itemRows as (readonly string[] | undefined)[]).forEach((list, i) => {
    if (list === undefined) items.fill(i);
    else for (const id of list) if (L.ids.item.find(id) >= 0) items.set(i, L.ids.item.find(id));
  });
  const records = {
    purpose: Int32Array.from(purpose),
    party: Int32Array.from(party),
    country: Int32Array.from(country),
    given: Uint8Array.from(given),
    informed: Uint8Array.from(informed),
    items,
  };
  return { subjects, start, records, useAll, provisionAll, usePurposes, provisionParties };
}
export type SubjectBits = ReturnType<typeof compileSubjectBits>;
