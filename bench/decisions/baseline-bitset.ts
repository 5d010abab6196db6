import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { ACTIONS, type DecisionRequest } from '../../src/core/policy/decision.ts';
import { BitRows, meets, subsetOf } from './bitset.ts';
import {
  BASIS,
  compileLedgerBits,
  compileSubjectBits,
  type LedgerBits,
  ROUTE,
  type SubjectBits,
} from './bitset-ledger.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';
import { ledgerFacts } from './ledger-facts.ts';

const [USE, ACQUIRE, , TRANSFER, JOINT_USE, ENTRUST] = [0, 1, 2, 3, 4, 5];
const F_UNKNOWN_ITEM = 1;
const F_LINKS = 2;
const F_EXCEPTION = 4;
const F_JUSTIFIED = 8;

/** Requests as integer columns and item/role bitset rows, the form a compiled policy point would decode them to. */
function allocate(L: LedgerBits, n: number) {
  return {
    action: new Uint8Array(n),
    operator: new Int32Array(n),
    category: new Int32Array(n),
    purpose: new Int32Array(n),
    party: new Int32Array(n),
    country: new Int32Array(n),
    subject: new Int32Array(n),
    ground: new Int32Array(n),
    flags: new Uint8Array(n),
    items: new BitRows(n, L.nItems),
    roles: new BitRows(n, L.ids.role.size),
  };
}
type Encoded = ReturnType<typeof allocate>;

/** Decodes request `r` into row `i`: every id looked up once (strings to integers). */
function encodeInto(L: LedgerBits, S: SubjectBits, q: Encoded, i: number, r: DecisionRequest): void {
  q.action[i] = ACTIONS.indexOf(r.action);
  q.operator[i] = L.ids.operator.find(r.operator);
  q.category[i] = L.ids.category.find(r.subject.category);
  q.purpose[i] = L.ids.purpose.find(r.purpose);
  const table = r.action === 'joint-use' ? L.ids.jointUse : r.action === 'entrust' ? L.ids.contractor : L.ids.recipient;
  q.party[i] = r.recipient === undefined ? -2 : table.find(r.recipient);
  q.country[i] = r.country === undefined ? -1 : L.ids.country.of(r.country);
  q.subject[i] = S.subjects.get(r.subject.id) ?? -1;
  let flags = r.linksReferableInformation ? F_LINKS : 0;
  q.items.bits.fill(0, i * q.items.words, (i + 1) * q.items.words);
  q.roles.bits.fill(0, i * q.roles.words, (i + 1) * q.roles.words);
  for (const id of r.items) {
    const k = L.ids.item.find(id);
    if (k < 0) flags |= F_UNKNOWN_ITEM;
    else q.items.set(i, k);
  }
  for (const role of r.actor.roles) {
    const k = L.ids.role.find(role);
    if (k >= 0) q.roles.set(i, k);
  }
  if (r.exception) {
    flags |= F_EXCEPTION | (r.exception.justification.trim().length >= 10 ? F_JUSTIFIED : 0);
    q.ground[i] = L.ids.ground.of(r.exception.ground);
  }
  q.flags[i] = flags;
}

/**
 * The limit: the same rules over precomputed bitsets and integer tables, allow/deny only, first denial stops.
 * Ledger and people's states (as of now) are compiled before timing; requests too, unless `decodeEach`, where
 * each call first decodes its request's strings (what any engine handed strings must do at least).
 */
export function createBitsetBaseline(ledger: Ledger, set: RequestSet, decodeEach = false): BenchEngine {
  const L = compileLedgerBits(ledgerFacts(ledger));
  const S = compileSubjectBits(L, set.states, set.now);
  const q = allocate(L, decodeEach ? 1 : set.requests.length);
  if (!decodeEach) set.requests.forEach((r, i) => encodeInto(L, S, q, i, r));
  const allowed = evaluator(L, S, q, set.now.getTime());
  if (decodeEach) {
    return {
      name: 'baseline bitset+decode',
      notes: ['allow/deny only; ledger and states compiled before timing, each request decoded in the call'],
      decide(index) {
        encodeInto(L, S, q, 0, set.requests[index] as DecisionRequest);
        return allowed(0);
      },
    };
  }
  return {
    name: 'baseline bitset',
    notes: ['allow/deny only; ledger, states and requests compiled to integers and bitsets before timing'],
    decide: allowed,
  };
}

function evaluator(L: LedgerBits, S: SubjectBits, q: Encoded, nowMs: number): (i: number) => boolean {
  const R = S.records;

  /** The deciding record for an ask (purpose p, or party r in country c), or -1. */
  function effective(s: number, p: number, r: number, c: number, i: number): number {
    if (s < 0) return -1;
    const end = S.start[s + 1] as number;
    for (let k = S.start[s] as number; k < end; k++) {
      const rp = R.purpose[k] as number;
      const rr = R.party[k] as number;
      const rc = R.country[k] as number;
      if (
        (rp === -1 || rp === p) &&
        (rr === -1 || rr === r) &&
        (rc === -1 || rc === c) &&
        subsetOf(q.items, i, R.items, k)
      )
        return k;
    }
    return -1;
  }
  const given = (k: number) => k >= 0 && R.given[k] === 1;

  function provide(i: number, r: number, s: number): boolean {
    const t = L.recipients;
    if (t.active[r] === 0 || (t.reviewDueMs[r] as number) < nowMs || !meetsBit(t.cats, r, q.category[i] as number))
      return false;
    if (!subsetOf(q.items, i, t.items, r)) return false;
    const basis = t.basis[r];
    if ((q.flags[i] as number) & F_EXCEPTION) {
      const g = q.ground[i] as number;
      return (L.declaredGrounds.has(g) || t.basisGround[r] === g) && ((q.flags[i] as number) & F_JUSTIFIED) !== 0;
    }
    if (basis !== BASIS.law && meets(q.items, i, L.flagged, 0)) return false;
    const party = t.party[r] as number;
    if (basis !== BASIS.law && s >= 0 && (S.provisionAll[s] === 1 || S.provisionParties.has(s, party))) return false;
    const home = t.country[r] as number;
    const own = effective(s, -2, party, home, i);
    if (basis === BASIS.none) return false;
    if (basis === BASIS.consent && !given(own)) return false;
    if (basis === BASIS.optOut && (meets(q.items, i, L.flagged, 1) || (own >= 0 && !given(own)))) return false;
    const country = (q.country[i] as number) < 0 ? home : (q.country[i] as number);
    if (q.action[i] === TRANSFER || country !== 0) {
      const route = t.route[r];
      if (route === ROUTE.consent) {
        const k = effective(s, -2, party, country, i);
        if (k < 0 || R.informed[k] === 0) return false;
      } else if (route === ROUTE.none) return false;
    }
    return t.links[r] === 0 || given(own);
  }

  function allowed(i: number): boolean {
    const p = q.purpose[i] as number;
    const c = q.category[i] as number;
    const o = q.operator[i] as number;
    if (o < 0 || c < 0 || p < 0 || ((q.flags[i] as number) & F_UNKNOWN_ITEM) !== 0) return false;
    const P = L.purposes;
    if (!P.cats.has(p, c) || (P.hasOps[p] === 1 && !P.ops.has(p, o))) return false;
    if (!subsetOf(q.items, i, P.items, p) || !subsetOf(q.items, i, L.held, c)) return false;
    if (P.myNumberWork[p] === 0 && meets(q.items, i, L.flagged, 0)) return false;
    if (!meets(q.roles, i, P.roles, p)) return false;
    const s = q.subject[i] as number;
    if (s >= 0 && (S.useAll[s] === 1 || S.usePurposes.has(s, p))) return false;
    const consent = P.consent[p];
    if (consent !== 0) {
      const k = effective(s, p, -2, -2, i);
      if (consent === 1 ? !given(k) : k >= 0 && !given(k)) return false;
    }
    const action = q.action[i];
    if (action === USE) return true;
    if (action === ACQUIRE) {
      if (L.staffing[o] === 1 && meets(q.items, i, L.flagged, 2)) return false;
      const special = P.specialCareByConsent[p] === 1 && meets(q.items, i, L.flagged, 1);
      return (!special && ((q.flags[i] as number) & F_LINKS) === 0) || given(effective(s, p, -2, -2, i));
    }
    const r = q.party[i] as number;
    if (r < 0) return false;
    if (action === JOINT_USE) {
      const J = L.jointUses;
      return J.purposes.has(r, p) && J.cats.has(r, c) && subsetOf(q.items, i, J.items, r);
    }
    if (action === ENTRUST) {
      const K = L.contractors;
      if (K.active[r] === 0 || (K.reviewDueMs[r] as number) < nowMs || !subsetOf(q.items, i, K.items, r)) return false;
      if (K.consentAbroad[r] === 0) return true;
      const k = effective(s, -2, K.party[r] as number, K.country[r] as number, i);
      return k >= 0 && R.informed[k] === 1;
    }
    return provide(i, r, s);
  }

  return allowed;
}

function meetsBit(rows: BitRows, row: number, bit: number): boolean {
  return bit >= 0 && rows.has(row, bit);
}
