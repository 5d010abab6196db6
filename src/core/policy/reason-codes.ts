/**
 * Every reason the engine gives, as a table you can read: code, effect, the requirement it enforces,
 * and the sentence shown (with {placeholders} filled from the request and ledger).
 */
export const REASONS = {
  OPERATOR_UNKNOWN: { effect: 'deny', ref: 'PM-1', en: 'operator "{id}" is not in the ledger' },
  CATEGORY_UNKNOWN: { effect: 'deny', ref: 'PM-1', en: 'subject category "{id}" is not in the ledger' },
  PURPOSE_UNKNOWN: { effect: 'deny', ref: 'APPI Art. 17', en: 'purpose "{id}" is not declared in the ledger' },
  PURPOSE_NOT_FOR_CATEGORY: {
    effect: 'deny',
    ref: 'APPI Art. 18',
    en: 'purpose "{id}" is not declared for {category}',
  },
  PURPOSE_NOT_FOR_OPERATOR: {
    effect: 'deny',
    ref: 'APPI Art. 18',
    en: 'purpose "{id}" is not declared for operator {operator}',
  },
  ITEM_UNKNOWN: { effect: 'deny', ref: 'PM-1', en: 'data item "{id}" is not in the ledger' },
  ITEM_NOT_IN_PURPOSE: { effect: 'deny', ref: 'APPI Art. 18', en: 'item "{id}" is not declared for purpose {purpose}' },
  ITEM_NOT_HELD_FOR_CATEGORY: { effect: 'deny', ref: 'PM-1', en: 'item "{id}" is not held for {category}' },
  ROLE_NOT_PERMITTED: {
    effect: 'deny',
    ref: 'least privilege',
    en: 'none of the roles {roles} may use purpose {purpose}',
  },
  USE_SUSPENDED: { effect: 'deny', ref: 'RQ-6', en: 'the person has had use for {purpose} suspended' },
  PROVISION_SUSPENDED: { effect: 'deny', ref: 'RQ-6', en: 'the person has had provision to third parties suspended' },
  CONSENT_REQUIRED: {
    effect: 'deny',
    ref: 'APPI Art. 18/27',
    en: "purpose {purpose} needs the person's prior consent, which is not on record",
  },
  CONSENT_WITHDRAWN: { effect: 'deny', ref: 'APPI Art. 18/27', en: 'the person withdrew or refused consent for {id}' },
  OPTED_OUT: { effect: 'deny', ref: 'opt-out', en: 'the person opted out of {purpose}' },
  BEYOND_ORIGINAL_SCOPE: {
    effect: 'deny',
    ref: 'APPI Art. 18(1)',
    en: 'purpose {purpose} was added after collection and needs consent',
  },
  MY_NUMBER_PURPOSE: {
    effect: 'deny',
    ref: 'MN-1',
    en: 'My Number item "{id}" may be used only for social security, tax or disaster work',
  },
  MY_NUMBER_PROVISION: { effect: 'deny', ref: 'MN-2', en: 'My Number item "{id}" may not be provided to {recipient}' },
  SPECIAL_CARE_CONSENT_REQUIRED: {
    effect: 'deny',
    ref: 'SC-2',
    en: 'acquiring special care-required item "{id}" needs prior consent',
  },
  SPECIAL_CARE_OPT_OUT: {
    effect: 'deny',
    ref: 'SC-3',
    en: 'special care-required item "{id}" is never provided by opt-out',
  },
  STAFFING_FORBIDDEN_ITEM: {
    effect: 'deny',
    ref: 'SC-4',
    en: 'a staffing or recruiting business must not collect "{id}"',
  },
  REFERABLE_LINK_CONSENT_REQUIRED: {
    effect: 'deny',
    ref: 'APPI Art. 31',
    en: 'linking personally referable information to the person needs their consent',
  },
  RECIPIENT_UNKNOWN: { effect: 'deny', ref: 'APPI Art. 27', en: 'recipient "{id}" is not declared in the ledger' },
  RECIPIENT_NOT_FOR_CATEGORY: {
    effect: 'deny',
    ref: 'APPI Art. 27',
    en: 'recipient "{id}" is not declared to receive data of {category}',
  },
  RECIPIENT_ITEM_NOT_DECLARED: {
    effect: 'deny',
    ref: 'APPI Art. 27',
    en: 'item "{item}" is not declared for recipient {id}',
  },
  RECIPIENT_SUSPENDED: { effect: 'deny', ref: 'OT-3', en: 'recipient "{id}" is suspended' },
  RECIPIENT_REVIEW_LAPSED: { effect: 'deny', ref: 'OT-3', en: 'the review of recipient "{id}" was due by {date}' },
  PROVISION_CONSENT_REQUIRED: {
    effect: 'deny',
    ref: 'APPI Art. 27(1)',
    en: "provision to {id} needs the person's consent, which is not on record",
  },
  TRANSFER_CONSENT_REQUIRED: {
    effect: 'deny',
    ref: 'OT-1',
    en: 'transfer to {country} needs consent given after the required information was shown',
  },
  TRANSFER_ROUTE_MISSING: {
    effect: 'deny',
    ref: 'OT-1/OT-2',
    en: 'no lawful route is declared for transfers to {country}',
  },
  CONTRACTOR_UNKNOWN: { effect: 'deny', ref: 'APPI Art. 25', en: 'contractor "{id}" is not declared in the ledger' },
  CONTRACTOR_SUSPENDED: { effect: 'deny', ref: 'PM-4', en: 'contractor "{id}" is {status}' },
  CONTRACTOR_REVIEW_LAPSED: {
    effect: 'deny',
    ref: 'OT-3/PM-4',
    en: 'the review of contractor "{id}" was due by {date}',
  },
  CONTRACTOR_ITEM_NOT_COVERED: {
    effect: 'deny',
    ref: 'APPI Art. 25',
    en: 'item "{item}" is outside contractor {id}\'s declared scope',
  },
  JOINT_USE_UNKNOWN: { effect: 'deny', ref: 'JU-1', en: 'joint use "{id}" is not declared in the ledger' },
  JOINT_USE_NOT_DECLARED: { effect: 'deny', ref: 'JU-1', en: '{what} "{item}" is not declared for joint use {id}' },
  EXCEPTION_NOT_DECLARED: {
    effect: 'deny',
    ref: 'APPI Art. 27(1)',
    en: 'the ledger does not declare the {ground} exception',
  },
  EXCEPTION_JUSTIFICATION_REQUIRED: {
    effect: 'deny',
    ref: 'APPI Art. 27(1)',
    en: 'invoking the {ground} exception needs a justification',
  },
  ACTION_NEEDS_RECIPIENT: { effect: 'deny', ref: 'APPI Art. 27', en: 'action {action} needs a recipient' },
  REIDENTIFICATION_FORBIDDEN: {
    effect: 'deny',
    ref: 'PS-1/AN-1',
    en: 'de-identified data ({id}) is never linked back to the person it came from',
  },
  DEIDENTIFIED_UNKNOWN: { effect: 'deny', ref: 'PS-1/AN-1', en: 'de-identified dataset "{id}" is not in the ledger' },
  DEIDENTIFIED_PURPOSE: {
    effect: 'deny',
    ref: 'PS-1',
    en: 'pseudonymised data {id} is used only for its published purposes, not {purpose}',
  },
  PSEUDONYMISED_PROVISION: {
    effect: 'deny',
    ref: 'PS-1',
    en: 'pseudonymised data {id} is never provided to third parties',
  },
  PURPOSE_PERMITTED: {
    effect: 'allow',
    ref: 'APPI Art. 18',
    en: 'purpose {purpose} is declared for {category} and these items',
  },
  CONSENT_ON_RECORD: { effect: 'allow', ref: 'APPI Art. 27', en: 'consent {id} covers this' },
  LEGAL_GROUND: { effect: 'allow', ref: 'APPI Art. 27(1)', en: 'provision under {ground}' },
  EXCEPTION_INVOKED: {
    effect: 'allow',
    ref: 'APPI Art. 27(1)',
    en: 'the {ground} exception is invoked: {justification}',
  },
  NOT_A_THIRD_PARTY: { effect: 'allow', ref: 'APPI Art. 27(5)', en: '{what} is not provision to a third party' },
  EQUIVALENT_MEASURES: { effect: 'allow', ref: 'OT-2', en: 'transfer to {country} under equivalent measures' },
} as const satisfies Record<string, { effect: 'deny' | 'allow'; ref: string; en: string }>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

// Templates split once into literal and placeholder parts (odd indexes), so filling one is plain concatenation.
const TEMPLATE_PARTS = {} as Record<ReasonCode, readonly string[]>;
for (const code of REASON_CODES) TEMPLATE_PARTS[code] = REASONS[code].en.split(/\{(\w+)\}/);

/** Whether a code denies; a Set answers faster than a lookup by key in the table above. */
export const DENYING: ReadonlySet<ReasonCode> = new Set(REASON_CODES.filter((code) => REASONS[code].effect === 'deny'));

export function reasonMessage(code: ReasonCode, values: Readonly<Record<string, string>>): string {
  const parts = TEMPLATE_PARTS[code];
  let message = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    message += (values[key] ?? `{${key}}`) + (parts[i + 1] as string);
  }
  return message;
}
