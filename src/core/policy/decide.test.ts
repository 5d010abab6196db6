import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { ConsentRecord, SubjectState, Suspension } from '../consent/consent-record.ts';
import { LedgerSchema } from '../ledger/ledger.ts';
import { compilePolicy } from './compiled-policy.ts';
import { decide } from './decide.ts';
import type { DecisionRequest } from './decision.ts';
import { REASON_CODES, type ReasonCode } from './reason-codes.ts';

// Parsed with the schema only: the fixture breaks two ledger checks on purpose (see its header).
const LEDGER = LedgerSchema.parse(
  parse(readFileSync(new URL('../../../test/fixtures/policy-ledger.yaml', import.meta.url), 'utf8')),
);
const POLICY = compilePolicy(LEDGER, 7);
const NOW = new Date('2026-06-01T03:00:00Z');
const BEFORE = new Date('2026-05-01T00:00:00Z');

const base: DecisionRequest = {
  action: 'use',
  actor: { kind: 'user', id: 'u-1', roles: ['coordinator'] },
  operator: 'staffing',
  subject: { id: 'p-1', category: 'staff' },
  items: ['name', 'skills'],
  purpose: 'matching',
};

const consent = (
  status: ConsentRecord['status'],
  scope: ConsentRecord['scope'],
  extra: Partial<ConsentRecord> = {},
): ConsentRecord => ({
  id: `c-${status}-${scope.purpose ?? scope.recipient}`,
  subjectId: 'p-1',
  status,
  scope,
  method: 'web',
  recordedBy: 'privacy-center',
  at: BEFORE,
  ...extra,
});
const suspension = (kind: Suspension['kind'], target: Partial<Suspension> = {}): Suspension => ({
  id: `s-${kind}`,
  subjectId: 'p-1',
  kind,
  since: BEFORE,
  ...target,
});
const state = (consents: ConsentRecord[] = [], suspensions: Suspension[] = []): SubjectState => ({
  consents,
  suspensions,
});

interface Case {
  readonly name: string;
  readonly request: Partial<DecisionRequest>;
  readonly state?: SubjectState;
  readonly allowed: boolean;
  readonly codes: readonly ReasonCode[];
  readonly obligations?: readonly string[];
}

const employee = {
  subject: { id: 'p-1', category: 'employees' },
  actor: { kind: 'user', id: 'u-2', roles: ['payroll'] },
} as const;

const CASES: readonly Case[] = [
  { name: 'declared use by a permitted role', request: {}, allowed: true, codes: ['PURPOSE_PERMITTED'] },
  // PS-1 / AN-1: de-identified data.
  {
    name: 'pseudonymised data for its published purpose',
    request: { deidentifiedData: 'skills-pseudo', items: ['skills'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 're-identifying pseudonymised data',
    request: { action: 're-identify', deidentifiedData: 'skills-pseudo' },
    allowed: false,
    codes: ['REIDENTIFICATION_FORBIDDEN'],
  },
  {
    name: 're-identifying anonymised data',
    request: { action: 're-identify', deidentifiedData: 'skills-anon' },
    allowed: false,
    codes: ['REIDENTIFICATION_FORBIDDEN'],
  },
  {
    name: 'pseudonymised data for another purpose',
    request: { deidentifiedData: 'skills-pseudo', purpose: 'research', items: ['skills'] },
    allowed: false,
    codes: ['BEYOND_ORIGINAL_SCOPE', 'DEIDENTIFIED_PURPOSE'],
    obligations: ['show-information'],
  },
  {
    name: 'pseudonymised data provided to a third party',
    request: { action: 'provide', recipient: 'client', deidentifiedData: 'skills-pseudo', items: ['skills'] },
    allowed: false,
    codes: ['PSEUDONYMISED_PROVISION'],
  },
  {
    name: 'an undeclared de-identified dataset',
    request: { deidentifiedData: 'shadow' },
    allowed: false,
    codes: ['DEIDENTIFIED_UNKNOWN'],
  },
  {
    name: 'coordinator sees e-mail masked',
    request: { items: ['name', 'email'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
    obligations: ['mask-items'],
  },
  { name: 'unknown operator', request: { operator: 'nobody' }, allowed: false, codes: ['OPERATOR_UNKNOWN'] },
  {
    name: 'unknown category',
    request: { subject: { id: 'p-1', category: 'aliens' } },
    allowed: false,
    codes: ['CATEGORY_UNKNOWN', 'PURPOSE_NOT_FOR_CATEGORY', 'ITEM_NOT_HELD_FOR_CATEGORY', 'ITEM_NOT_HELD_FOR_CATEGORY'],
  },
  { name: 'unknown purpose', request: { purpose: 'fishing' }, allowed: false, codes: ['PURPOSE_UNKNOWN'] },
  {
    name: 'purpose not for the category',
    request: { subject: { id: 'p-1', category: 'visitors' }, items: ['name'] },
    allowed: false,
    codes: ['PURPOSE_NOT_FOR_CATEGORY'],
  },
  {
    name: 'purpose of another operator',
    request: { ...employee, purpose: 'holding-report', items: ['name'] },
    allowed: false,
    codes: ['PURPOSE_NOT_FOR_OPERATOR'],
  },
  { name: 'unknown item', request: { items: ['name', 'shoe-size'] }, allowed: false, codes: ['ITEM_UNKNOWN'] },
  {
    name: 'item outside the purpose',
    request: { items: ['name', 'email', 'disability'] },
    allowed: false,
    codes: ['ITEM_NOT_IN_PURPOSE'],
  },
  {
    name: 'item not held for the category',
    request: { ...employee, purpose: 'tax', items: ['name', 'skills'] },
    allowed: false,
    codes: ['ITEM_NOT_IN_PURPOSE', 'ITEM_NOT_HELD_FOR_CATEGORY'],
  },
  {
    name: 'role may not use the purpose',
    request: { actor: { kind: 'user', id: 'u-3', roles: ['reception'] } },
    allowed: false,
    codes: ['ROLE_NOT_PERMITTED'],
  },
  {
    name: 'an application without roles',
    request: { actor: { kind: 'application', id: 'app', roles: [] } },
    allowed: false,
    codes: ['ROLE_NOT_PERMITTED'],
  },
  {
    name: 'My Number for tax',
    request: { ...employee, purpose: 'tax', items: ['name', 'my-number'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'My Number outside number-related work',
    request: { ...employee, purpose: 'health', items: ['my-number'] },
    allowed: false,
    codes: ['ITEM_NOT_IN_PURPOSE', 'MY_NUMBER_PURPOSE'],
  },
  {
    name: 'use suspended by the person',
    request: {},
    state: state([], [suspension('use', { purpose: 'matching' })]),
    allowed: false,
    codes: ['USE_SUSPENDED'],
  },
  {
    name: 'suspension of another purpose does not apply',
    request: {},
    state: state([], [suspension('use', { purpose: 'newsletter' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'a lifted suspension no longer applies',
    request: {},
    state: state([], [suspension('use', { liftedAt: BEFORE })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'opt-in purpose without consent',
    request: { purpose: 'partner-offers', items: ['name'] },
    allowed: false,
    codes: ['CONSENT_REQUIRED'],
    obligations: ['show-information'],
  },
  {
    name: 'opt-in purpose with consent',
    request: { purpose: 'partner-offers', items: ['name'] },
    state: state([consent('given', { purpose: 'partner-offers' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'CONSENT_ON_RECORD'],
  },
  {
    name: 'consent then withdrawal: the withdrawal wins',
    request: { purpose: 'partner-offers', items: ['name'] },
    state: state([
      consent('given', { purpose: 'partner-offers' }),
      consent('withdrawn', { purpose: 'partner-offers' }, { at: new Date('2026-05-20T00:00:00Z') }),
    ]),
    allowed: false,
    codes: ['CONSENT_WITHDRAWN'],
  },
  {
    name: 'consent limited to other items does not cover',
    request: { purpose: 'partner-offers', items: ['name', 'email'] },
    state: state([consent('given', { purpose: 'partner-offers', items: ['name'] })]),
    allowed: false,
    codes: ['CONSENT_REQUIRED'],
    obligations: ['show-information'],
  },
  {
    name: 'opt-out purpose by default',
    request: { purpose: 'newsletter', items: ['name'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'opt-out purpose after objection',
    request: { purpose: 'newsletter', items: ['name'] },
    state: state([consent('refused', { purpose: 'newsletter' })]),
    allowed: false,
    codes: ['OPTED_OUT'],
  },
  {
    name: 'purpose beyond the original scope',
    request: { purpose: 'research' },
    allowed: false,
    codes: ['BEYOND_ORIGINAL_SCOPE'],
    obligations: ['show-information'],
  },
  {
    name: 'acquire health checks under law',
    request: { ...employee, action: 'acquire', purpose: 'health', items: ['name', 'health-check'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'acquire disability without consent',
    request: { action: 'acquire', purpose: 'accommodation', items: ['name', 'disability'] },
    allowed: false,
    codes: ['SPECIAL_CARE_CONSENT_REQUIRED'],
  },
  {
    name: 'acquire disability with consent',
    request: { action: 'acquire', purpose: 'accommodation', items: ['name', 'disability'] },
    state: state([consent('given', { purpose: 'accommodation' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
  },
  {
    name: 'staffing firm acquiring birthplace',
    request: { ...employee, action: 'acquire', purpose: 'background', items: ['name', 'birthplace'] },
    allowed: false,
    codes: ['STAFFING_FORBIDDEN_ITEM'],
  },
  {
    name: 'linking a cookie id without consent',
    request: { action: 'acquire', items: ['cookie-id'], linksReferableInformation: true },
    allowed: false,
    codes: ['REFERABLE_LINK_CONSENT_REQUIRED'],
  },
  {
    name: 'acquiring from a third party needs a receipt check',
    request: { action: 'acquire', source: { kind: 'third-party', provider: 'job-board' } },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
    obligations: ['record-receipt-check'],
  },
  {
    name: 'provide without a recipient',
    request: { action: 'provide' },
    allowed: false,
    codes: ['ACTION_NEEDS_RECIPIENT'],
  },
  {
    name: 'provide to an unknown recipient',
    request: { action: 'provide', recipient: 'stranger' },
    allowed: false,
    codes: ['RECIPIENT_UNKNOWN'],
  },
  {
    name: 'provide to a client without consent',
    request: { action: 'provide', recipient: 'client' },
    allowed: false,
    codes: ['PROVISION_CONSENT_REQUIRED'],
    obligations: ['show-information'],
  },
  {
    name: 'provide to a client with consent',
    request: { action: 'provide', recipient: 'client' },
    state: state([consent('given', { recipient: 'client' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'CONSENT_ON_RECORD'],
    obligations: ['record-provision'],
  },
  {
    name: 'provide after withdrawal',
    request: { action: 'provide', recipient: 'client' },
    state: state([consent('withdrawn', { recipient: 'client' })]),
    allowed: false,
    codes: ['CONSENT_WITHDRAWN'],
  },
  {
    name: 'provide an item the recipient is not declared for',
    request: { action: 'provide', recipient: 'client', items: ['name', 'email'] },
    state: state([consent('given', { recipient: 'client' })]),
    allowed: false,
    codes: ['RECIPIENT_ITEM_NOT_DECLARED', 'CONSENT_ON_RECORD'],
  },
  {
    name: 'provide data of a category the recipient is not declared for',
    request: { ...employee, purpose: 'tax', action: 'provide', recipient: 'client', items: ['name'] },
    allowed: false,
    codes: ['RECIPIENT_NOT_FOR_CATEGORY', 'PROVISION_CONSENT_REQUIRED'],
    obligations: ['show-information'],
  },
  {
    name: 'provision suspended by the person',
    request: { action: 'provide', recipient: 'client' },
    state: state([consent('given', { recipient: 'client' })], [suspension('provision')]),
    allowed: false,
    codes: ['PROVISION_SUSPENDED', 'CONSENT_ON_RECORD'],
  },
  {
    name: 'My Number to the pension office by law',
    request: {
      ...employee,
      purpose: 'tax',
      action: 'provide',
      recipient: 'pension-office',
      items: ['name', 'my-number'],
    },
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'LEGAL_GROUND'],
  },
  {
    name: 'My Number to a consent-based recipient',
    request: { ...employee, purpose: 'tax', action: 'provide', recipient: 'client', items: ['my-number'] },
    allowed: false,
    codes: [
      'RECIPIENT_NOT_FOR_CATEGORY',
      'RECIPIENT_ITEM_NOT_DECLARED',
      'MY_NUMBER_PROVISION',
      'PROVISION_CONSENT_REQUIRED',
    ],
    obligations: ['show-information'],
  },
  {
    name: 'health data by opt-out',
    request: {
      ...employee,
      purpose: 'health',
      action: 'provide',
      recipient: 'list-broker',
      items: ['health-check'],
      subject: { id: 'p-1', category: 'staff' },
    },
    allowed: false,
    codes: ['PURPOSE_NOT_FOR_CATEGORY', 'SPECIAL_CARE_OPT_OUT'],
  },
  {
    name: 'opt-out provision after objection',
    request: { action: 'provide', recipient: 'list-broker', items: ['name'] },
    state: state([consent('refused', { recipient: 'list-broker' })]),
    allowed: false,
    codes: ['OPTED_OUT'],
  },
  {
    name: 'opt-out provision is recorded each time, never in bulk',
    request: { action: 'provide', recipient: 'list-broker', items: ['name'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED'],
    obligations: ['record-provision'],
  },
  {
    name: 'suspended recipient',
    request: { action: 'provide', recipient: 'old-partner', items: ['name'] },
    state: state([consent('given', { recipient: 'old-partner' })]),
    allowed: false,
    codes: ['RECIPIENT_SUSPENDED', 'CONSENT_ON_RECORD'],
  },
  {
    name: 'recipient review lapsed',
    request: { action: 'provide', recipient: 'lapsed', items: ['name'] },
    state: state([consent('given', { recipient: 'lapsed' })]),
    allowed: false,
    codes: ['RECIPIENT_REVIEW_LAPSED', 'CONSENT_ON_RECORD'],
  },
  {
    name: 'overseas transfer on the consent route without the information shown',
    request: { action: 'transfer', recipient: 'us-ads', items: ['name'] },
    state: state([consent('given', { recipient: 'us-ads' })]),
    allowed: false,
    codes: ['CONSENT_ON_RECORD', 'TRANSFER_CONSENT_REQUIRED'],
    obligations: ['show-information'],
  },
  {
    name: 'overseas transfer with informed consent to that recipient in that country',
    request: { action: 'transfer', recipient: 'us-ads', items: ['name', 'cookie-id'] },
    state: state([consent('given', { recipient: 'us-ads', country: 'US' }, { informationVersion: 'ot1-2026-01' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'CONSENT_ON_RECORD'],
    obligations: ['record-provision'],
  },
  {
    name: 'consent to a recipient in another country does not cover',
    request: { action: 'transfer', recipient: 'us-ads', items: ['name'] },
    state: state([consent('given', { recipient: 'us-ads', country: 'CA' }, { informationVersion: 'ot1-2026-01' })]),
    allowed: false,
    codes: ['PROVISION_CONSENT_REQUIRED', 'TRANSFER_CONSENT_REQUIRED', 'REFERABLE_LINK_CONSENT_REQUIRED'],
    obligations: ['show-information', 'show-information'],
  },
  {
    name: 'overseas transfer with informed consent covering recipient and country',
    request: { action: 'transfer', recipient: 'us-ads', items: ['name', 'cookie-id'] },
    state: state([
      consent('given', { recipient: 'us-ads' }),
      consent('given', { recipient: 'us-ads', country: 'US' }, { informationVersion: 'ot1-2026-01', id: 'c-ot1' }),
    ]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'CONSENT_ON_RECORD'],
    obligations: ['record-provision'],
  },
  {
    name: 'transfer under equivalent measures',
    request: { action: 'transfer', recipient: 'sg-partner', items: ['name'] },
    state: state([consent('given', { recipient: 'sg-partner' })]),
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'CONSENT_ON_RECORD', 'EQUIVALENT_MEASURES'],
    obligations: ['record-provision'],
  },
  {
    name: 'transfer to a country with no route',
    request: { action: 'transfer', recipient: 'client', country: 'CN' },
    state: state([consent('given', { recipient: 'client' })]),
    allowed: false,
    codes: ['CONSENT_ON_RECORD', 'TRANSFER_ROUTE_MISSING'],
  },
  {
    name: 'exception for life and body, justified',
    request: {
      action: 'provide',
      recipient: 'client',
      exception: {
        ground: 'life-body-property',
        justification: 'staff member collapsed at the client site; ambulance crew asked',
      },
    },
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'EXCEPTION_INVOKED'],
    obligations: ['record-exception'],
  },
  {
    name: 'exception without justification',
    request: { action: 'provide', recipient: 'client', exception: { ground: 'law', justification: '' } },
    allowed: false,
    codes: ['EXCEPTION_JUSTIFICATION_REQUIRED'],
    obligations: ['record-exception'],
  },
  {
    name: 'exception the ledger does not declare',
    request: {
      action: 'provide',
      recipient: 'client',
      exception: { ground: 'academic-research', justification: 'university study on dispatch work' },
    },
    allowed: false,
    codes: ['EXCEPTION_NOT_DECLARED', 'EXCEPTION_INVOKED'],
    obligations: ['record-exception'],
  },
  {
    name: 'joint use as declared',
    request: {
      ...employee,
      action: 'joint-use',
      purpose: 'holding-report',
      operator: 'holding',
      recipient: 'group',
      items: ['name'],
    },
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'NOT_A_THIRD_PARTY'],
  },
  {
    name: 'unknown joint use',
    request: { action: 'joint-use', recipient: 'cartel' },
    allowed: false,
    codes: ['JOINT_USE_UNKNOWN'],
  },
  {
    name: 'joint use beyond its items, purposes and categories',
    request: { action: 'joint-use', recipient: 'group' },
    allowed: false,
    codes: ['JOINT_USE_NOT_DECLARED', 'JOINT_USE_NOT_DECLARED', 'JOINT_USE_NOT_DECLARED', 'NOT_A_THIRD_PARTY'],
  },
  {
    name: 'entrust payroll to the contractor',
    request: { ...employee, purpose: 'tax', action: 'entrust', recipient: 'payroll-bpo', items: ['name', 'my-number'] },
    allowed: true,
    codes: ['PURPOSE_PERMITTED', 'NOT_A_THIRD_PARTY'],
  },
  {
    name: 'unknown contractor',
    request: { action: 'entrust', recipient: 'shadow-it' },
    allowed: false,
    codes: ['CONTRACTOR_UNKNOWN'],
  },
  {
    name: 'suspended contractor gets nothing',
    request: { action: 'entrust', recipient: 'old-printer', items: ['name'] },
    allowed: false,
    codes: ['CONTRACTOR_SUSPENDED', 'NOT_A_THIRD_PARTY'],
  },
  {
    name: 'contractor whose review lapsed gets nothing',
    request: { action: 'entrust', recipient: 'late-review', items: ['name'] },
    allowed: false,
    codes: ['CONTRACTOR_REVIEW_LAPSED', 'NOT_A_THIRD_PARTY'],
  },
  {
    name: 'contractor outside its scope',
    request: { action: 'entrust', recipient: 'payroll-bpo', items: ['name', 'skills'] },
    allowed: false,
    codes: ['CONTRACTOR_ITEM_NOT_COVERED', 'NOT_A_THIRD_PARTY'],
  },
];

for (const c of CASES) {
  test(`decide: ${c.name}`, () => {
    const decision = decide(POLICY, { ...base, ...c.request }, c.state ?? state(), NOW);
    assert.equal(decision.allowed, c.allowed, JSON.stringify(decision.reasons));
    assert.deepEqual(
      decision.reasons.map((r) => r.code),
      c.codes,
    );
    assert.deepEqual(
      decision.obligations.map((o) => o.kind),
      c.obligations ?? [],
    );
    assert.equal(decision.ledgerVersion, 7);
    for (const reason of decision.reasons) {
      assert.ok(reason.message.length > 0 && !reason.message.includes('{'), `message filled: ${reason.message}`);
      if (decision.allowed) assert.notEqual(reason.effect, 'deny');
    }
  });
}

test('the rule table exercises every reason code', () => {
  const seen = new Set<string>();
  for (const c of CASES) {
    for (const reason of decide(POLICY, { ...base, ...c.request }, c.state ?? state(), NOW).reasons)
      seen.add(reason.code);
  }
  assert.deepEqual(
    REASON_CODES.filter((code) => !seen.has(code)),
    [],
  );
});

test('a withdrawal takes effect for the next decision', () => {
  const request = { ...base, purpose: 'partner-offers', items: ['name'] };
  const given = consent('given', { purpose: 'partner-offers' });
  assert.equal(decide(POLICY, request, state([given]), NOW).allowed, true);
  const withdrawn = consent('withdrawn', { purpose: 'partner-offers' }, { at: new Date(NOW.getTime() - 1) });
  assert.equal(decide(POLICY, request, state([given, withdrawn]), NOW).allowed, false);
});

test('a provision record obligation names recipient, items and bulk', () => {
  const d = decide(
    POLICY,
    { ...base, action: 'provide', recipient: 'client' },
    state([consent('given', { recipient: 'client' })]),
    NOW,
  );
  assert.deepEqual(d.obligations, [
    { kind: 'record-provision', recipient: 'client', items: ['name', 'skills'], bulk: true, basis: 'consent' },
  ]);
});
