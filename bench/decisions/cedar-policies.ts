/**
 * Mamori's rules as Cedar policies: one permit, and one forbid per deny reason, its @id the reason code
 * (after `#` when one code needs several policies). Every forbid guards with `has`, because an id missing
 * from the ledger is an entity missing from the store, and an erroring policy is skipped rather than denying.
 */
const L = 'Ledger::"ledger"';
const PROVISION = 'action in [Action::"provide", Action::"transfer"]';
const S = 'context.subject';
const NO_EXCEPTION = '!(context has exception) && context.party has basis';
const ASK_COUNTRY = '(if context has country then context.country else context.party.country)';
const given = (key: string) => `${S}.given.contains(${key})`;
const said = (key: string) => `${S}.said.contains(${key})`;
const PURPOSE_KEY = '{ p: context.purpose }';
const OWN_KEY = '{ r: context.partyId, c: context.party.country }';

const RULES: Record<string, string> = {
  permit: 'permit (principal, action, resource);',
  OPERATOR_UNKNOWN: `unless { ${L}.operators.contains(context.operator) }`,
  CATEGORY_UNKNOWN: `unless { ${L}.categories.contains(context.category) }`,
  PURPOSE_UNKNOWN: 'unless { resource has items }',
  PURPOSE_NOT_FOR_CATEGORY: 'when { resource has categories && !resource.categories.contains(context.category) }',
  PURPOSE_NOT_FOR_OPERATOR: 'when { resource has operators && !resource.operators.contains(context.operator) }',
  ITEM_UNKNOWN: `unless { ${L}.items.containsAll(context.items) }`,
  ITEM_NOT_IN_PURPOSE: 'when { resource has items && !resource.items.containsAll(context.items) }',
  ITEM_NOT_HELD_FOR_CATEGORY:
    'unless { context.categoryRef has held && context.categoryRef.held.containsAll(context.items) }',
  MY_NUMBER_PURPOSE: `when { resource has myNumberWork && !resource.myNumberWork && context.items.containsAny(${L}.myNumberItems) }`,
  ROLE_NOT_PERMITTED: 'when { resource has roles && !principal.roles.containsAny(resource.roles) }',
  USE_SUSPENDED: `when { resource has items && (${S}.useAll || ${S}.usePurposes.contains(context.purpose)) }`,
  CONSENT_REQUIRED: `when { resource has consent && resource.consent == "opt-in" && !resource.addedAfterCollection && !${said(PURPOSE_KEY)} }`,
  BEYOND_ORIGINAL_SCOPE: `when { resource has consent && resource.consent == "opt-in" && resource.addedAfterCollection && !${said(PURPOSE_KEY)} }`,
  CONSENT_WITHDRAWN: `when { resource has consent && resource.consent == "opt-in" && ${said(PURPOSE_KEY)} && !${given(PURPOSE_KEY)} }`,
  OPTED_OUT: `when { resource has consent && resource.consent == "opt-out" && ${said(PURPOSE_KEY)} && !${given(PURPOSE_KEY)} }`,
  STAFFING_FORBIDDEN_ITEM: `acquire when { resource has items && ${L}.staffingOperators.contains(context.operator) && context.items.containsAny(${L}.forbiddenForStaffing) }`,
  SPECIAL_CARE_CONSENT_REQUIRED: `acquire when { resource has specialCareByConsent && resource.specialCareByConsent && context.items.containsAny(${L}.specialCareItems) && !${given(PURPOSE_KEY)} }`,
  REFERABLE_LINK_CONSENT_REQUIRED: `acquire when { resource has items && context.linksReferableInformation && !${given(PURPOSE_KEY)} }`,
  ACTION_NEEDS_RECIPIENT: 'leaving unless { context has partyId }',
  RECIPIENT_UNKNOWN: `${PROVISION} when { context has partyId && !(context.party has basis) }`,
  RECIPIENT_SUSPENDED: `${PROVISION} when { context.party has basis && !context.party.active }`,
  RECIPIENT_REVIEW_LAPSED: `${PROVISION} when { context.party has reviewDueMs && context.party.reviewDueMs < context.now }`,
  RECIPIENT_NOT_FOR_CATEGORY: `${PROVISION} when { context.party has basis && !context.party.categories.contains(context.category) }`,
  RECIPIENT_ITEM_NOT_DECLARED: `${PROVISION} when { context.party has basis && !context.party.items.containsAll(context.items) }`,
  EXCEPTION_NOT_DECLARED: `${PROVISION} when { context has exception && context.party has basis && !${L}.exceptions.contains(context.exception.ground) && context.party.basis != context.exception.ground }`,
  EXCEPTION_JUSTIFICATION_REQUIRED: `${PROVISION} when { context has exception && context.party has basis && context.exception.justificationLength < 10 }`,
  MY_NUMBER_PROVISION: `${PROVISION} when { ${NO_EXCEPTION} && context.party.basis != "law" && context.items.containsAny(${L}.myNumberItems) }`,
  PROVISION_SUSPENDED: `${PROVISION} when { ${NO_EXCEPTION} && context.party.basis != "law" && (${S}.provisionAll || ${S}.provisionParties.contains(context.partyId)) }`,
  PROVISION_CONSENT_REQUIRED: `${PROVISION} when { ${NO_EXCEPTION} && (context.party.basis == "" || (context.party.basis == "consent" && !${said(OWN_KEY)})) }`,
  'CONSENT_WITHDRAWN#provision': `${PROVISION} when { ${NO_EXCEPTION} && context.party.basis == "consent" && ${said(OWN_KEY)} && !${given(OWN_KEY)} }`,
  SPECIAL_CARE_OPT_OUT: `${PROVISION} when { ${NO_EXCEPTION} && context.party.basis == "opt-out" && context.items.containsAny(${L}.specialCareItems) }`,
  'OPTED_OUT#provision': `${PROVISION} when { ${NO_EXCEPTION} && context.party.basis == "opt-out" && ${said(OWN_KEY)} && !${given(OWN_KEY)} }`,
  TRANSFER_CONSENT_REQUIRED: `${PROVISION} when { ${NO_EXCEPTION} && context.party.route == "consent" && (action == Action::"transfer" || ${ASK_COUNTRY} != "JP") && !${S}.informed.contains({ r: context.partyId, c: ${ASK_COUNTRY} }) }`,
  TRANSFER_ROUTE_MISSING: `${PROVISION} when { ${NO_EXCEPTION} && context.party.route == "" && (action == Action::"transfer" || ${ASK_COUNTRY} != "JP") }`,
  'REFERABLE_LINK_CONSENT_REQUIRED#provision': `${PROVISION} when { ${NO_EXCEPTION} && context.party.links && !${given(OWN_KEY)} }`,
  JOINT_USE_UNKNOWN: 'jointUse when { context has partyId && !(context.party has purposes) }',
  'JOINT_USE_NOT_DECLARED#item':
    'jointUse when { context.party has purposes && !context.party.items.containsAll(context.items) }',
  'JOINT_USE_NOT_DECLARED#purpose':
    'jointUse when { context.party has purposes && !context.party.purposes.contains(context.purpose) }',
  'JOINT_USE_NOT_DECLARED#category':
    'jointUse when { context.party has purposes && !context.party.categories.contains(context.category) }',
  CONTRACTOR_UNKNOWN: 'entrust when { context has partyId && !(context.party has consentAbroad) }',
  CONTRACTOR_SUSPENDED: 'entrust when { context.party has consentAbroad && !context.party.active }',
  CONTRACTOR_REVIEW_LAPSED:
    'entrust when { context.party has consentAbroad && context.party.reviewDueMs < context.now }',
  CONTRACTOR_ITEM_NOT_COVERED:
    'entrust when { context.party has consentAbroad && !context.party.items.containsAll(context.items) }',
  'TRANSFER_CONSENT_REQUIRED#entrust': `entrust when { context.party has consentAbroad && context.party.consentAbroad && !${S}.informed.contains(${OWN_KEY}) }`,
};

const SCOPES: Record<string, string> = {
  acquire: 'action == Action::"acquire"',
  leaving: 'action in [Action::"provide", Action::"transfer", Action::"joint-use", Action::"entrust"]',
  jointUse: 'action == Action::"joint-use"',
  entrust: 'action == Action::"entrust"',
};

/** The policy set as id -> Cedar text. */
export function cedarPolicies(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, rule] of Object.entries(RULES)) {
    if (rule.startsWith('permit')) {
      out[id] = rule;
      continue;
    }
    const [first, ...rest] = rule.split(' ');
    const scoped = first !== undefined && (SCOPES[first] !== undefined || first === 'action');
    const action = first && SCOPES[first] ? SCOPES[first] : rule.startsWith('action in') ? PROVISION : 'action';
    const body =
      first && SCOPES[first] ? rest.join(' ') : rule.startsWith('action in') ? rule.slice(PROVISION.length + 1) : rule;
    out[id] = `forbid (principal, ${scoped ? action : 'action'}, resource) ${body};`;
  }
  return out;
}

/** The reason code a policy id stands for. */
export const reasonOfPolicy = (id: string): string => id.split('#')[0] as string;
