import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAuditLedger } from '../../../test/fixtures/audit-ledger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { describeChange } from './describe-change.ts';
import { diffLedgers } from './diff-ledgers.ts';
import type { LedgerChangeKind, Severity } from './ledger-change.ts';

function find<T extends { id: string }>(list: T[], id: string): T {
  const element = list.find((e) => e.id === id);
  if (!element) throw new Error(`no ${id} in fixture`);
  return element;
}
const text = (en: string) => ({ ja: `${en}（和）`, en });

// Variants of kinds whose severity or wording depends on the change itself.
const VARIANTS: readonly {
  readonly name: string;
  readonly setup?: (l: Ledger) => void;
  readonly edit: (l: Ledger) => void;
  readonly expect: readonly (readonly [LedgerChangeKind, Severity, string?])[];
}[] = [
  {
    name: 'a system added with a store abroad expands use',
    edit: (l) =>
      l.systems.push({
        id: 'crm',
        name: text('CRM'),
        stores: [
          { id: 'crm-eu', countries: ['IE'], encryptionAtRest: false, items: ['name'], locationNotGuaranteed: false },
        ],
        accessRoles: [],
        ipRestricted: false,
      }),
    expect: [['system-added', 'expands-use']],
  },
  {
    name: 'a store added in Japan is neutral',
    edit: (l) =>
      find(l.systems, 'hr').stores.push({
        id: 'hr-copy',
        countries: ['JP'],
        encryptionAtRest: true,
        items: ['name'],
        locationNotGuaranteed: false,
      }),
    expect: [['store-added', 'neutral', 'Store “hr-copy” added to system “HR system”, in JP']],
  },
  {
    name: 'a statutory key that moves the period reads as lengthened, not as a field change',
    edit: (l) => (find(l.retentionRules, 'labour').statutory = 'tax-declarations'),
    expect: [['retention-lengthened', 'expands-use', 'Retention rule “labour” lengthened from 5 years to 7 years']],
  },
  {
    name: 'a statutory key with the same period is a field change',
    edit: (l) => (find(l.retentionRules, 'health-check').statutory = 'labour-records'),
    expect: [['retention-rule-changed', 'neutral']],
  },
  {
    name: 'an explicit period equal in length is a change of its fields',
    edit: (l) => (find(l.retentionRules, 'my-number').period = { years: 6, days: 365 }),
    expect: [
      ['retention-rule-changed', 'neutral', 'Retention rule “my-number”: period.years changed from 7 to 6'],
      ['retention-rule-changed', 'neutral', 'Retention rule “my-number”: period.days changed from none to 365'],
    ],
  },
  {
    name: 'consent loosened from opt-out to not required expands use',
    edit: (l) => (find(l.purposes, 'newsletter').consent = 'not-required'),
    expect: [['purpose-consent-changed', 'expands-use']],
  },
  {
    name: 'a flag turned off is neutral',
    edit: (l) => (find(l.dataItems, 'bank-account').flags.financial = false),
    expect: [['item-flag-changed', 'neutral', 'Data item “Salary bank account” no longer marked financial']],
  },
  {
    name: 'a provision basis moved to consent restricts use',
    edit: (l) => (find(l.recipients, 'social-insurance').basis = 'consent'),
    expect: [['recipient-basis-changed', 'restricts-use']],
  },
  {
    name: 'limiting a purpose to some operators restricts use, lifting the limit expands it',
    edit: (l) => {
      find(l.purposes, 'payroll').operators = ['mamori-hd'];
      delete find(l.purposes, 'recruiting').operators;
    },
    expect: [
      ['purpose-changed', 'restricts-use'],
      ['purpose-changed', 'expands-use'],
    ],
  },
  {
    name: 'the contracting statement is a field of the ledger',
    edit: (l) => (l.contractingStatement = text('We audit contractors yearly.')),
    expect: [['ledger-changed', 'neutral']],
  },
  {
    name: 'a contractor suspended and reinstated in Japan',
    setup: (l) => (find(l.contractors, 'cloud-ats').status = 'suspended'),
    edit: (l) => (find(l.contractors, 'cloud-ats').status = 'active'),
    expect: [['contractor-reinstated', 'expands-use', 'Contractor “US ATS Inc.” active again']],
  },
  {
    name: 'changes come in ledger order: purposes before systems before recipients',
    edit: (l) => {
      find(l.recipients, 'group-sg').status = 'suspended';
      find(l.systems, 'ats').stores[0]?.countries?.push('CA');
      find(l.purposes, 'payroll').tags.push('analytics');
    },
    expect: [
      ['purpose-tags-changed', 'expands-use'],
      ['store-country-added', 'expands-use'],
      ['recipient-suspended', 'restricts-use'],
    ],
  },
];

for (const variant of VARIANTS) {
  test(variant.name, () => {
    const before = loadAuditLedger();
    variant.setup?.(before);
    const after = structuredClone(before);
    variant.edit(after);
    const changes = diffLedgers(before, after);
    assert.deepEqual(
      changes.map((c) => [c.kind, c.severity]),
      variant.expect.map(([kind, severity]) => [kind, severity]),
    );
    variant.expect.forEach(([, , en], i) => {
      const change = changes[i];
      if (en !== undefined && change) assert.equal(describeChange(change, 'en'), en);
    });
  });
}

test('a removed element is labelled from the older ledger', () => {
  const before = loadAuditLedger();
  const after = structuredClone(before);
  after.dataItems = after.dataItems.filter((item) => item.id !== 'resume');
  const [change] = diffLedgers(before, after);
  assert.ok(change);
  assert.equal(describeChange(change, 'en'), 'Data item “Work history” removed');
  assert.equal(describeChange(change, 'ja'), '個人データ項目「職務経歴」を削除');
});
