import { createRequire } from 'node:module';
import type { AuthorizationCall, Context, EntityJson } from '@cedar-policy/cedar-wasm/nodejs';
import { EMPTY_SUBJECT_STATE } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { hasItemScopedRecord, ledgerEntities, subjectEntity } from './cedar-entities.ts';
import { cedarPolicies } from './cedar-policies.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';
import { ledgerFacts } from './ledger-facts.ts';

type Cedar = typeof import('@cedar-policy/cedar-wasm/nodejs');
const PARTY_TYPE: Record<string, string> = { 'joint-use': 'JointUse', entrust: 'Contractor' };

function toJson(cedar: Cedar, text: string) {
  const answer = cedar.policyToJson(text);
  if (answer.type !== 'success') throw new Error(`cedar policy: ${JSON.stringify(answer.errors)}`);
  return answer.json;
}

export const CEDAR_CANNOT = [
  'reasons: only the ids of the forbid policies that fired (named after reason codes); no messages, no element, no repetition per item',
  'obligations (mask, record, show information): Cedar has no obligations or advice',
  'time order of consents: the translator resolves the deciding record per ask as of now (Cedar cannot pick "the latest")',
  'consents limited to some items: the deciding record depends on the items asked, so such people are excluded',
  'suspension windows: resolved as of now into sets; review lapses are expressed (context.now vs reviewDueMs)',
  'string length: the caller passes the trimmed justification length in the context',
];

/**
 * Cedar (cedar-wasm) deciding the same requests: policies from cedar-policies.ts; per request the entities a
 * policy enforcement point would fetch (ledger, purpose, category, party, actor, person) and a context.
 * `stateful` uses the preparsed policy set (statefulIsAuthorized) instead of parsing it on every call.
 */
export function createCedarEngine(ledger: Ledger, set: RequestSet, stateful = false): BenchEngine {
  const cedar = createRequire(import.meta.url)('@cedar-policy/cedar-wasm/nodejs') as Cedar;
  const facts = ledgerFacts(ledger);
  const text = cedarPolicies();
  const parsed = cedar.checkParsePolicySet({ staticPolicies: text });
  if (parsed.type !== 'success') throw new Error(`cedar policies: ${JSON.stringify(parsed.errors)}`);
  // Policies handed over as JSON ASTs (converted once): the text form is re-parsed on every call, ten times slower.
  const policies = {
    staticPolicies: Object.fromEntries(Object.entries(text).map(([id, t]) => [id, toJson(cedar, t)])),
  };
  if (stateful) cedar.preparsePolicySet('mamori', policies);
  const known = ledgerEntities(facts);
  const countries = [...new Set(set.requests.flatMap((r) => (r.country ? [r.country] : [])))];
  const subjects = new Map<string, EntityJson>();
  const subjectOf = (id: string) => {
    let e = subjects.get(id);
    if (!e) {
      e = subjectEntity(id, set.states.get(id) ?? EMPTY_SUBJECT_STATE, facts, countries, set.now);
      subjects.set(id, e);
    }
    return e;
  };
  const ledgerEntity = known.get('Ledger::ledger') as EntityJson;
  const nowMs = set.now.getTime();

  function call(q: DecisionRequest) {
    const partyType = PARTY_TYPE[q.action] ?? 'Recipient';
    const entities: EntityJson[] = [ledgerEntity, subjectOf(q.subject.id)];
    const add = (key: string) => {
      const e = known.get(key);
      if (e) entities.push(e);
    };
    add(`Purpose::${q.purpose}`);
    add(`Category::${q.subject.category}`);
    if (q.recipient !== undefined) add(`${partyType}::${q.recipient}`);
    entities.push({ uid: { type: 'Actor', id: q.actor.id }, attrs: { roles: [...q.actor.roles] }, parents: [] });
    const context: Context = {
      operator: q.operator,
      category: q.subject.category,
      categoryRef: { __entity: { type: 'Category', id: q.subject.category } },
      subject: { __entity: { type: 'Subject', id: q.subject.id } },
      purpose: q.purpose,
      items: [...q.items],
      party: { __entity: { type: partyType, id: q.recipient ?? '' } },
      linksReferableInformation: q.linksReferableInformation === true,
      now: nowMs,
    };
    if (q.recipient !== undefined) context.partyId = q.recipient;
    if (q.country !== undefined) context.country = q.country;
    if (q.exception) {
      context.exception = { ground: q.exception.ground, justificationLength: q.exception.justification.trim().length };
    }
    return {
      principal: { type: 'Actor', id: q.actor.id },
      action: { type: 'Action', id: q.action },
      resource: { type: 'Purpose', id: q.purpose },
      context,
      entities,
    };
  }

  return {
    name: stateful ? 'cedar-wasm (preparsed)' : 'cedar-wasm isAuthorized',
    notes: CEDAR_CANNOT,
    decide(index) {
      const request = call(set.requests[index] as DecisionRequest);
      const answer = stateful
        ? cedar.statefulIsAuthorized({ ...request, preparsedPolicySetId: 'mamori' })
        : cedar.isAuthorized({ ...request, policies } as AuthorizationCall);
      if (answer.type !== 'success') throw new Error(`cedar: ${JSON.stringify(answer.errors)}`);
      return answer.response.decision === 'allow';
    },
    excluded(index) {
      const request = set.requests[index] as DecisionRequest;
      return hasItemScopedRecord(set.states.get(request.subject.id), set.now)
        ? 'the person has a consent limited to some items'
        : undefined;
    },
  };
}
