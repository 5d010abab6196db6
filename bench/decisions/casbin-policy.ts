/**
 * Mamori's rules for Casbin: a model whose matcher evaluates each policy line's rule (ABAC `eval`), and one
 * deny line per reason (plus one allow line). Casbin's matcher language has no set operators, so three helper
 * functions are registered: has(list, x), all(list, within), any(list, within). String keys are built with `+`.
 */
export const CASBIN_MODEL = `
[request_definition]
r = sub, obj, act, ctx

[policy_definition]
p = rule, act, eft

[policy_effect]
e = some(where (p.eft == allow)) && !some(where (p.eft == deny))

[matchers]
m = actionIn(r.act, p.act) && eval(p.rule)
`;

const C = 'r.ctx';
const PERSON = `${C}.person`;
const LEDGER = `${C}.ledger`;
const PARTY = `${C}.party`;
const P_KEY = `"p:" + ${C}.purpose`;
const OWN_KEY = `"r:" + ${C}.partyId + "@" + ${PARTY}.country`;
const ASK_COUNTRY = `(${C}.country != "" ? ${C}.country : ${PARTY}.country)`;
const RECIPIENT = `${PARTY}.kind == "recipient"`;
const NX = `${RECIPIENT} && !${C}.hasException`;
const ABROAD = `(r.act == "transfer" || ${ASK_COUNTRY} != "JP")`;
const KNOWN = 'r.obj.known';

/** [rule, actions, effect]: actions "*" or a space-separated list. */
export const CASBIN_POLICY: readonly (readonly [string, string, 'allow' | 'deny'])[] = [
  ['true', '*', 'allow'],
  [`!has(${LEDGER}.operators, ${C}.operator)`, '*', 'deny'],
  [`!has(${LEDGER}.categories, ${C}.category)`, '*', 'deny'],
  [`!${KNOWN}`, '*', 'deny'],
  [`${KNOWN} && !has(r.obj.categories, ${C}.category)`, '*', 'deny'],
  [`${KNOWN} && r.obj.hasOperators && !has(r.obj.operators, ${C}.operator)`, '*', 'deny'],
  [`!all(${C}.items, ${LEDGER}.items)`, '*', 'deny'],
  [`${KNOWN} && !all(${C}.items, r.obj.items)`, '*', 'deny'],
  [`!all(${C}.items, ${C}.held)`, '*', 'deny'],
  [`${KNOWN} && !r.obj.myNumberWork && any(${C}.items, ${LEDGER}.myNumberItems)`, '*', 'deny'],
  [`${KNOWN} && !any(r.sub.roles, r.obj.roles)`, '*', 'deny'],
  [`${KNOWN} && (${PERSON}.useAll || has(${PERSON}.usePurposes, ${C}.purpose))`, '*', 'deny'],
  [`${KNOWN} && r.obj.consent == "opt-in" && !has(${PERSON}.given, ${P_KEY})`, '*', 'deny'],
  [
    `${KNOWN} && r.obj.consent == "opt-out" && has(${PERSON}.said, ${P_KEY}) && !has(${PERSON}.given, ${P_KEY})`,
    '*',
    'deny',
  ],
  [
    `${KNOWN} && has(${LEDGER}.staffingOperators, ${C}.operator) && any(${C}.items, ${LEDGER}.forbiddenForStaffing)`,
    'acquire',
    'deny',
  ],
  [
    `${KNOWN} && r.obj.specialCareByConsent && any(${C}.items, ${LEDGER}.specialCareItems) && !has(${PERSON}.given, ${P_KEY})`,
    'acquire',
    'deny',
  ],
  [`${KNOWN} && ${C}.links && !has(${PERSON}.given, ${P_KEY})`, 'acquire', 'deny'],
  [`!${C}.hasParty`, 'provide transfer joint-use entrust', 'deny'],
  [`${C}.hasParty && ${PARTY}.kind != "recipient"`, 'provide transfer', 'deny'],
  [`${RECIPIENT} && (!${PARTY}.active || ${PARTY}.reviewDueMs < ${C}.now)`, 'provide transfer', 'deny'],
  [`${RECIPIENT} && !has(${PARTY}.categories, ${C}.category)`, 'provide transfer', 'deny'],
  [`${RECIPIENT} && !all(${C}.items, ${PARTY}.items)`, 'provide transfer', 'deny'],
  [
    `${RECIPIENT} && ${C}.hasException && !has(${LEDGER}.exceptions, ${C}.ground) && ${PARTY}.basis != ${C}.ground`,
    'provide transfer',
    'deny',
  ],
  [`${RECIPIENT} && ${C}.hasException && ${C}.justificationLength < 10`, 'provide transfer', 'deny'],
  [`${NX} && ${PARTY}.basis != "law" && any(${C}.items, ${LEDGER}.myNumberItems)`, 'provide transfer', 'deny'],
  [
    `${NX} && ${PARTY}.basis != "law" && (${PERSON}.provisionAll || has(${PERSON}.provisionParties, ${C}.partyId))`,
    'provide transfer',
    'deny',
  ],
  [
    `${NX} && (${PARTY}.basis == "" || (${PARTY}.basis == "consent" && !has(${PERSON}.given, ${OWN_KEY})))`,
    'provide transfer',
    'deny',
  ],
  [`${NX} && ${PARTY}.basis == "opt-out" && any(${C}.items, ${LEDGER}.specialCareItems)`, 'provide transfer', 'deny'],
  [
    `${NX} && ${PARTY}.basis == "opt-out" && has(${PERSON}.said, ${OWN_KEY}) && !has(${PERSON}.given, ${OWN_KEY})`,
    'provide transfer',
    'deny',
  ],
  [
    `${NX} && ${PARTY}.route == "consent" && ${ABROAD} && !has(${PERSON}.informed, "r:" + ${C}.partyId + "@" + ${ASK_COUNTRY})`,
    'provide transfer',
    'deny',
  ],
  [`${NX} && ${PARTY}.route == "" && ${ABROAD}`, 'provide transfer', 'deny'],
  [`${NX} && ${PARTY}.links && !has(${PERSON}.given, ${OWN_KEY})`, 'provide transfer', 'deny'],
  [`${C}.hasParty && ${PARTY}.kind != "joint-use"`, 'joint-use', 'deny'],
  [
    `${PARTY}.kind == "joint-use" && (!all(${C}.items, ${PARTY}.items) || !has(${PARTY}.purposes, ${C}.purpose) || !has(${PARTY}.categories, ${C}.category))`,
    'joint-use',
    'deny',
  ],
  [`${C}.hasParty && ${PARTY}.kind != "contractor"`, 'entrust', 'deny'],
  [
    `${PARTY}.kind == "contractor" && (!${PARTY}.active || ${PARTY}.reviewDueMs < ${C}.now || !all(${C}.items, ${PARTY}.items))`,
    'entrust',
    'deny',
  ],
  [
    `${PARTY}.kind == "contractor" && ${PARTY}.consentAbroad && !has(${PERSON}.informed, ${OWN_KEY})`,
    'entrust',
    'deny',
  ],
];
