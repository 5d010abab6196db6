import { newEnforcer, newModelFromString } from 'casbin';
import { EMPTY_SUBJECT_STATE, type SubjectState } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { CASBIN_MODEL, CASBIN_POLICY } from './casbin-policy.ts';
import { hasItemScopedRecord } from './cedar-entities.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';
import { ledgerFacts } from './ledger-facts.ts';
import { effectiveRecord, recordsAsOf, suspensionsAsOf } from './resolved-state.ts';

export const CASBIN_CANNOT = [
  'reasons: enforce answers a boolean (enforceEx names one matching policy line); no messages, no obligations',
  'set conditions: the matcher language has no set operators, so has/all/any helpers are registered functions',
  'time order of consents: resolved per ask as of now by the translator; people with item-limited consents excluded',
  'suspension windows resolved as of now; review lapses compared in the matcher (ctx.now vs reviewDueMs)',
  'string length: the caller passes the trimmed justification length',
];

const has = (list: readonly string[], x: string) => list.includes(x);
const all = (list: readonly string[], within: readonly string[]) => list.every((x) => within.includes(x));
const any = (list: readonly string[], within: readonly string[]) => list.some((x) => within.includes(x));

/** Casbin deciding the same requests: the ABAC model and policy lines of casbin-policy.ts. */
export async function createCasbinEngine(ledger: Ledger, set: RequestSet): Promise<BenchEngine> {
  const enforcer = await newEnforcer(newModelFromString(CASBIN_MODEL));
  const actions = new Map<string, readonly string[]>();
  await enforcer.addFunction('actionIn', (act: string, list: string) => {
    let split = actions.get(list);
    if (!split) {
      split = list.split(' ');
      actions.set(list, split);
    }
    return list === '*' || split.includes(act);
  });
  await enforcer.addFunction('has', has);
  await enforcer.addFunction('all', all);
  await enforcer.addFunction('any', any);
  await enforcer.addPolicies(CASBIN_POLICY.map((line) => [...line]));

  const f = ledgerFacts(ledger);
  const itemsWhere = (test: (i: (typeof f.items)[number]) => boolean) => f.items.filter(test).map((i) => i.id);
  const ledgerAttrs = {
    operators: f.operators,
    staffingOperators: f.staffingOperators,
    categories: f.categories,
    items: f.items.map((i) => i.id),
    myNumberItems: itemsWhere((i) => i.myNumber),
    specialCareItems: itemsWhere((i) => i.specialCare),
    forbiddenForStaffing: itemsWhere((i) => i.forbiddenForStaffing),
    exceptions: f.exceptions,
  };
  const held = new Map(f.categories.map((c) => [c, itemsWhere((i) => i.categories.includes(c))]));
  const unknownPurpose = { known: false };
  const purposes = new Map(
    f.purposes.map((p) => [
      p.id,
      { known: true, ...p, hasOperators: p.operators !== undefined, operators: p.operators ?? [] },
    ]),
  );
  const noParty = {
    kind: 'none',
    country: '',
    items: [],
    categories: [],
    purposes: [],
    basis: '',
    route: '',
    active: true,
    reviewDueMs: 0,
    links: false,
    consentAbroad: false,
  };
  const parties = new Map<string, object>();
  for (const r of f.recipients)
    parties.set(`recipient:${r.id}`, {
      ...noParty,
      ...r,
      kind: 'recipient',
      basis: r.basis ?? '',
      route: r.route ?? '',
      links: r.linksReferableInformation,
    });
  for (const c of f.contractors)
    parties.set(`contractor:${c.id}`, {
      ...noParty,
      ...c,
      kind: 'contractor',
      consentAbroad: c.country !== 'JP' && c.route === 'consent',
    });
  for (const j of f.jointUses) parties.set(`joint-use:${j.id}`, { ...noParty, ...j, kind: 'joint-use' });
  const countries = [...new Set(set.requests.flatMap((r) => (r.country ? [r.country] : [])))];
  const people = new Map<string, object>();
  const person = (id: string) => {
    let p = people.get(id);
    if (!p) {
      p = personAttrs(set.states.get(id) ?? EMPTY_SUBJECT_STATE);
      people.set(id, p);
    }
    return p;
  };
  function personAttrs(state: SubjectState) {
    const records = recordsAsOf(state, set.now);
    const s = suspensionsAsOf(state, set.now);
    const said: string[] = [];
    const given: string[] = [];
    const informed: string[] = [];
    const resolve = (key: string, ask: { purpose?: string; recipient?: string; country?: string }) => {
      const r = effectiveRecord(records, ask, []);
      if (!r) return;
      said.push(key);
      if (r.status === 'given') given.push(key);
      if (r.status === 'given' && r.informationVersion !== undefined) informed.push(key);
    };
    for (const p of f.purposes) resolve(`p:${p.id}`, { purpose: p.id });
    for (const party of [...f.recipients, ...f.contractors]) {
      for (const c of new Set([party.country, ...countries]))
        resolve(`r:${party.id}@${c}`, { recipient: party.id, country: c });
    }
    return {
      useAll: s.useAll,
      usePurposes: [...s.usePurposes],
      provisionAll: s.provisionAll,
      provisionParties: [...s.provisionRecipients],
      said,
      given,
      informed,
    };
  }
  const now = set.now.getTime();
  const kindOf = (action: string) =>
    action === 'entrust' ? 'contractor' : action === 'joint-use' ? 'joint-use' : 'recipient';

  function decide(q: DecisionRequest): boolean {
    const party =
      q.recipient === undefined
        ? noParty
        : (parties.get(`${kindOf(q.action)}:${q.recipient}`) ?? { ...noParty, kind: 'unknown' });
    const ctx = {
      operator: q.operator,
      category: q.subject.category,
      purpose: q.purpose,
      items: q.items,
      held: held.get(q.subject.category) ?? [],
      party,
      partyId: q.recipient ?? '',
      hasParty: q.recipient !== undefined,
      country: q.country ?? '',
      hasException: q.exception !== undefined,
      ground: q.exception?.ground ?? '',
      justificationLength: q.exception?.justification.trim().length ?? 0,
      links: q.linksReferableInformation === true,
      now,
      person: person(q.subject.id),
      ledger: ledgerAttrs,
    };
    return enforcer.enforceSync({ roles: q.actor.roles }, purposes.get(q.purpose) ?? unknownPurpose, q.action, ctx);
  }

  return {
    name: 'casbin enforceSync',
    notes: CASBIN_CANNOT,
    decide: (index) => decide(set.requests[index] as DecisionRequest),
    excluded(index) {
      const request = set.requests[index] as DecisionRequest;
      return hasItemScopedRecord(set.states.get(request.subject.id), set.now)
        ? 'the person has a consent limited to some items'
        : undefined;
    },
  };
}
