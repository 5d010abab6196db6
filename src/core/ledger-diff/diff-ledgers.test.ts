import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAuditLedger } from '../../../test/fixtures/audit-ledger.ts';
import { ContractorSchema } from '../ledger/contractor.ts';
import { DataItemSchema } from '../ledger/data-item.ts';
import { DeidentifiedDataSchema } from '../ledger/deidentified-data.ts';
import { ExternalTransmissionSchema } from '../ledger/external-transmission.ts';
import { JointUseSchema } from '../ledger/joint-use.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { OperatorSchema } from '../ledger/operator.ts';
import { PurposeSchema } from '../ledger/purpose.ts';
import { RecipientSchema } from '../ledger/recipient.ts';
import { RequestProcedureSchema } from '../ledger/request-procedure.ts';
import { RetentionRuleSchema } from '../ledger/retention-rule.ts';
import { RoleSchema } from '../ledger/role.ts';
import { SecurityMeasuresSchema } from '../ledger/security-measures.ts';
import { SubjectCategorySchema } from '../ledger/subject-category.ts';
import { SystemSchema } from '../ledger/system.ts';
import { describeChange } from './describe-change.ts';
import { diffLedgers } from './diff-ledgers.ts';
import type { LedgerChangeKind, Severity } from './ledger-change.ts';

type Edit = (ledger: Ledger) => void;
interface Case {
  readonly edit: Edit;
  /** Applied to both versions first, for changes that need a different starting point. */
  readonly setup?: Edit;
  readonly id: string;
  readonly severity: Severity;
  readonly en?: string;
  readonly ja?: string;
  readonly field?: string;
}

function find<T extends { id: string }>(list: T[], id: string): T {
  const element = list.find((e) => e.id === id);
  if (!element) throw new Error(`no ${id} in fixture`);
  return element;
}
const drop = <T extends { id: string }>(list: T[], id: string) => list.splice(list.indexOf(find(list, id)), 1);
const text = (en: string) => ({ ja: `${en}（和）`, en });

// One row per kind: the Record makes a kind without a case fail to compile.
const CASES: Record<LedgerChangeKind, Case> = {
  'ledger-changed': {
    edit: (l) => (l.ledger.description = text('About')),
    id: 'audit-fixture',
    severity: 'neutral',
    field: 'description',
  },
  'operator-added': {
    edit: (l) =>
      l.operators.push(OperatorSchema.parse({ ...l.operators[0], id: 'mamori-new', name: text('New K.K.') })),
    id: 'mamori-new',
    severity: 'expands-use',
    en: 'Operator “New K.K.” added',
    ja: '事業者「New K.K.（和）」を追加',
  },
  'operator-removed': { edit: (l) => drop(l.operators, 'mamori-staff'), id: 'mamori-staff', severity: 'restricts-use' },
  'operator-changed': {
    edit: (l) => (find(l.operators, 'mamori-hd').website = 'https://example.test/'),
    id: 'mamori-hd',
    severity: 'neutral',
    field: 'website',
    en: 'Operator “Mamori Holdings K.K.”: website changed from none to https://example.test/',
  },
  'category-added': {
    edit: (l) => l.subjectCategories.push(SubjectCategorySchema.parse({ id: 'retirees', name: text('Retirees') })),
    id: 'retirees',
    severity: 'expands-use',
  },
  'category-removed': {
    edit: (l) => drop(l.subjectCategories, 'client-staff'),
    id: 'client-staff',
    severity: 'restricts-use',
  },
  'category-role-changed': {
    edit: (l) => (find(l.subjectCategories, 'applicants').role = 'processor'),
    id: 'applicants',
    severity: 'neutral',
    en: 'Subject category “Applicants” now held as processor (was controller)',
  },
  'category-changed': {
    edit: (l) => (find(l.subjectCategories, 'employees').includesMinors = true),
    id: 'employees',
    severity: 'neutral',
    field: 'includesMinors',
    ja: '本人の区分「従業員」の includesMinors を変更（いいえ → はい）',
  },
  'item-added': {
    edit: (l) =>
      l.dataItems.push(DataItemSchema.parse({ id: 'photo', name: text('Photo'), categories: ['employees'] })),
    id: 'photo',
    severity: 'expands-use',
    en: 'Data item “Photo” added for categories Employees',
  },
  'item-removed': { edit: (l) => drop(l.dataItems, 'payroll-data'), id: 'payroll-data', severity: 'restricts-use' },
  'item-flag-changed': {
    edit: (l) => (find(l.dataItems, 'email').flags.financial = true),
    id: 'email',
    severity: 'expands-use',
    en: 'Data item “E-mail address” now marked financial',
    ja: '個人データ項目「メールアドレス」を金融情報に指定',
  },
  'item-categories-added': {
    edit: (l) => find(l.dataItems, 'email').categories.push('client-staff'),
    id: 'email',
    severity: 'expands-use',
    en: "Data item “E-mail address” now also held for categories Client companies' staff",
  },
  'item-categories-removed': {
    edit: (l) => (find(l.dataItems, 'name').categories = ['employees', 'client-staff']),
    id: 'name',
    severity: 'restricts-use',
    ja: '個人データ項目「氏名」の対象の区分から応募者を除外',
  },
  'item-sensitive-kinds-changed': {
    edit: (l) => find(l.dataItems, 'health-check').sensitiveKinds.push('medical-history'),
    id: 'health-check',
    severity: 'expands-use',
    en: 'Data item “Health check results”: sensitive kinds medical-history added',
  },
  'item-changed': {
    edit: (l) => (find(l.dataItems, 'email').description = text('Work e-mail')),
    id: 'email',
    severity: 'neutral',
    field: 'description',
  },
  'purpose-added': {
    edit: (l) =>
      l.purposes.push(
        PurposeSchema.parse({
          id: 'benefits',
          text: text('To run benefit programmes'),
          categories: ['employees'],
          items: ['name'],
        }),
      ),
    id: 'benefits',
    severity: 'expands-use',
    en: 'Purpose “benefits” added for categories Employees: “To run benefit programmes”',
  },
  'purpose-removed': { edit: (l) => drop(l.purposes, 'newsletter'), id: 'newsletter', severity: 'restricts-use' },
  'purpose-text-changed': {
    edit: (l) => (find(l.purposes, 'payroll').text = text('To calculate salaries')),
    id: 'payroll',
    severity: 'expands-use',
    en: 'Purpose “payroll” reworded: “To calculate and pay salaries” → “To calculate salaries”',
  },
  'purpose-items-added': {
    edit: (l) => find(l.purposes, 'payroll').items.push('email'),
    id: 'payroll',
    severity: 'expands-use',
    en: 'Purpose “payroll” now also uses “E-mail address”',
    ja: '利用目的「payroll」の利用項目に「メールアドレス」を追加',
  },
  'purpose-items-removed': {
    edit: (l) => (find(l.purposes, 'recruiting').items = ['name', 'email']),
    id: 'recruiting',
    severity: 'restricts-use',
    en: 'Purpose “recruiting” no longer uses “Work history”',
  },
  'purpose-categories-added': {
    edit: (l) => find(l.purposes, 'payroll').categories.push('client-staff'),
    id: 'payroll',
    severity: 'expands-use',
    en: "Purpose “payroll” now also applies to categories Client companies' staff",
  },
  'purpose-categories-removed': {
    edit: (l) => (find(l.purposes, 'newsletter').categories = ['employees']),
    id: 'newsletter',
    severity: 'restricts-use',
  },
  'purpose-consent-changed': {
    edit: (l) => (find(l.purposes, 'newsletter').consent = 'opt-in'),
    id: 'newsletter',
    severity: 'restricts-use',
    en: 'Purpose “newsletter”: consent changed from opt-out to prior consent (opt-in)',
  },
  'purpose-tags-changed': {
    edit: (l) => find(l.purposes, 'payroll').tags.push('analytics'),
    id: 'payroll',
    severity: 'expands-use',
    en: 'Purpose “payroll”: tags analytics added',
  },
  'purpose-changed': {
    edit: (l) => (find(l.purposes, 'payroll').note = text('Monthly')),
    id: 'payroll',
    severity: 'neutral',
    field: 'note',
  },
  'system-added': {
    edit: (l) =>
      l.systems.push(
        SystemSchema.parse({
          id: 'lms',
          name: text('Learning system'),
          stores: [{ id: 'lms-db', countries: ['JP'], items: ['name'] }],
        }),
      ),
    id: 'lms',
    severity: 'neutral',
    en: 'System “Learning system” added',
  },
  'system-removed': { edit: (l) => drop(l.systems, 'payroll-saas'), id: 'payroll-saas', severity: 'neutral' },
  'system-changed': {
    edit: (l) => (find(l.systems, 'hr').ipRestricted = true),
    id: 'hr',
    severity: 'neutral',
    field: 'ipRestricted',
  },
  'store-added': {
    edit: (l) =>
      find(l.systems, 'hr').stores.push({
        id: 'hr-backup',
        countries: ['SG'],
        encryptionAtRest: true,
        items: ['name'],
        locationNotGuaranteed: false,
      }),
    id: 'hr-backup',
    severity: 'expands-use',
    en: 'Store “hr-backup” added to system “HR system”, in SG',
  },
  'store-removed': { edit: (l) => (find(l.systems, 'ats').stores = []), id: 'ats-us', severity: 'neutral' },
  'store-country-added': {
    edit: (l) => find(l.systems, 'ats').stores[0]?.countries?.push('HK'),
    id: 'ats-us',
    severity: 'expands-use',
    en: 'Store “ats-us” now also in HK',
    ja: '保管先「ats-us」の保管国にHKを追加',
  },
  'store-country-removed': {
    edit: (l) => Object.assign(find(l.systems, 'ats').stores[0] ?? {}, { countries: [] }),
    id: 'ats-us',
    severity: 'restricts-use',
    en: 'Store “ats-us” no longer in US',
  },
  'store-items-added': {
    edit: (l) => find(l.systems, 'ats').stores[0]?.items.push('my-number'),
    id: 'ats-us',
    severity: 'expands-use',
    en: 'Store “ats-us” now also keeps “My Number”',
  },
  'store-items-removed': {
    edit: (l) =>
      Object.assign(find(l.systems, 'hr').stores[0] ?? {}, {
        items: ['name', 'my-number', 'health-check', 'bank-account'],
      }),
    id: 'hr-db',
    severity: 'restricts-use',
  },
  'store-encryption-changed': {
    edit: (l) => Object.assign(find(l.systems, 'ats').stores[0] ?? {}, { encryptionAtRest: true }),
    id: 'ats-us',
    severity: 'neutral',
    en: 'Store “ats-us” now encrypted at rest',
  },
  'store-changed': {
    edit: (l) => Object.assign(find(l.systems, 'ats').stores[0] ?? {}, { region: 'us-east-1' }),
    id: 'ats-us',
    severity: 'neutral',
    field: 'region',
    en: 'Store “ats-us”: region changed from none to us-east-1',
  },
  'retention-rule-added': {
    edit: (l) =>
      l.retentionRules.push(
        RetentionRuleSchema.parse({ id: 'email', items: ['email'], trigger: 'collection', period: { years: 1 } }),
      ),
    id: 'email',
    severity: 'neutral',
  },
  'retention-rule-removed': { edit: (l) => drop(l.retentionRules, 'name-long'), id: 'name-long', severity: 'neutral' },
  'retention-shortened': {
    edit: (l) => (find(l.retentionRules, 'health-check').period = { years: 3 }),
    id: 'health-check',
    severity: 'restricts-use',
    en: 'Retention rule “health-check” shortened from 5 years to 3 years',
    ja: '保存ルール「health-check」の保存期間を5年から3年に短縮',
  },
  'retention-lengthened': {
    edit: (l) => (find(l.retentionRules, 'applicants').period = { years: 1 }),
    id: 'applicants',
    severity: 'expands-use',
    en: 'Retention rule “applicants” lengthened from 6 months to 1 year',
  },
  'retention-trigger-changed': {
    edit: (l) => (find(l.retentionRules, 'applicants').trigger = 'last-activity'),
    id: 'applicants',
    severity: 'neutral',
    en: 'Retention rule “applicants” now counts from last activity (was collection)',
  },
  'retention-rule-changed': {
    edit: (l) => (find(l.retentionRules, 'applicants').disposal = 'anonymise'),
    id: 'applicants',
    severity: 'neutral',
    field: 'disposal',
  },
  'recipient-added': {
    edit: (l) =>
      l.recipients.push(
        RecipientSchema.parse({
          id: 'us-partner',
          name: text('US partner'),
          country: 'US',
          categories: ['employees'],
          items: ['name'],
          basis: 'consent',
        }),
      ),
    id: 'us-partner',
    severity: 'expands-use',
    en: 'Recipient “US partner” (US) added',
  },
  'recipient-removed': { edit: (l) => drop(l.recipients, 'group-sg'), id: 'group-sg', severity: 'restricts-use' },
  'recipient-basis-changed': {
    edit: (l) => (find(l.recipients, 'client-companies').basis = 'opt-out'),
    id: 'client-companies',
    severity: 'expands-use',
    en: 'Recipient “Client companies”: basis changed from consent to opt-out',
  },
  'recipient-items-added': {
    edit: (l) => find(l.recipients, 'group-sg').items.push('bank-account'),
    id: 'group-sg',
    severity: 'expands-use',
    en: 'Recipient “Singapore office” now also receives “Salary bank account”',
  },
  'recipient-items-removed': {
    edit: (l) => (find(l.recipients, 'group-sg').items = ['name']),
    id: 'group-sg',
    severity: 'restricts-use',
  },
  'recipient-categories-added': {
    edit: (l) => find(l.recipients, 'group-sg').categories.push('applicants'),
    id: 'group-sg',
    severity: 'expands-use',
    en: 'Recipient “Singapore office” now also receives data on Applicants',
  },
  'recipient-categories-removed': {
    setup: (l) => find(l.recipients, 'group-sg').categories.push('applicants'),
    edit: (l) => (find(l.recipients, 'group-sg').categories = ['employees']),
    id: 'group-sg',
    severity: 'restricts-use',
  },
  'recipient-country-changed': {
    edit: (l) => (find(l.recipients, 'group-sg').country = 'HK'),
    id: 'group-sg',
    severity: 'expands-use',
    en: 'Recipient “Singapore office” moved from SG to HK',
  },
  'recipient-suspended': {
    edit: (l) => (find(l.recipients, 'group-sg').status = 'suspended'),
    id: 'group-sg',
    severity: 'restricts-use',
    en: 'Provision to recipient “Singapore office” suspended',
  },
  'recipient-reactivated': {
    setup: (l) => (find(l.recipients, 'group-sg').status = 'suspended'),
    edit: (l) => (find(l.recipients, 'group-sg').status = 'active'),
    id: 'group-sg',
    severity: 'expands-use',
  },
  'recipient-changed': {
    edit: (l) => (find(l.recipients, 'client-companies').method = text('By e-mail')),
    id: 'client-companies',
    severity: 'neutral',
    field: 'method',
  },
  'joint-use-added': {
    edit: (l) =>
      l.jointUses.push(
        JointUseSchema.parse({
          id: 'alumni',
          categories: ['employees'],
          items: ['name'],
          purposes: ['newsletter'],
          users: { description: text('Alumni association') },
          responsible: { operator: 'mamori-hd' },
        }),
      ),
    id: 'alumni',
    severity: 'expands-use',
    en: 'Joint use “alumni” added',
  },
  'joint-use-removed': { edit: (l) => drop(l.jointUses, 'group'), id: 'group', severity: 'restricts-use' },
  'joint-use-changed': {
    edit: (l) => find(l.jointUses, 'group').items.push('bank-account'),
    id: 'group',
    severity: 'expands-use',
    field: 'items',
    en: 'Joint use “Group joint use”: items changed from name, email to name, email, bank-account',
  },
  'contractor-added': {
    edit: (l) =>
      l.contractors.push(
        ContractorSchema.parse({
          id: 'shredder',
          name: text('Shredding Co.'),
          scope: text('Document disposal'),
          items: ['name'],
          contract: {},
          supervision: { nextReviewBy: '2026-01-31' },
        }),
      ),
    id: 'shredder',
    severity: 'neutral',
    en: 'Contractor “Shredding Co.” (JP) added',
  },
  'contractor-removed': { edit: (l) => drop(l.contractors, 'cloud-ats'), id: 'cloud-ats', severity: 'restricts-use' },
  'contractor-suspended': {
    edit: (l) => (find(l.contractors, 'payroll-bpo').status = 'terminated'),
    id: 'payroll-bpo',
    severity: 'restricts-use',
    en: 'Contractor “Payroll BPO K.K.” terminated',
    ja: '委託先「給与計算代行株式会社」への委託を終了',
  },
  'contractor-reinstated': {
    setup: (l) => (find(l.contractors, 'payroll-bpo').status = 'suspended'),
    edit: (l) => (find(l.contractors, 'payroll-bpo').status = 'active'),
    id: 'payroll-bpo',
    severity: 'neutral',
  },
  'contractor-items-added': {
    edit: (l) => find(l.contractors, 'cloud-ats').items.push('bank-account'),
    id: 'cloud-ats',
    severity: 'expands-use',
    en: 'Contractor “US ATS Inc.” now also handles “Salary bank account”',
  },
  'contractor-items-removed': {
    edit: (l) => (find(l.contractors, 'payroll-bpo').items = ['name']),
    id: 'payroll-bpo',
    severity: 'restricts-use',
  },
  'contractor-country-changed': {
    edit: (l) => (find(l.contractors, 'payroll-bpo').country = 'VN'),
    id: 'payroll-bpo',
    severity: 'expands-use',
    en: 'Contractor “Payroll BPO K.K.” moved from JP to VN',
  },
  'contractor-changed': {
    edit: (l) => (find(l.contractors, 'payroll-bpo').supervision.nextReviewBy = '2026-10-01'),
    id: 'payroll-bpo',
    severity: 'neutral',
    field: 'supervision.nextReviewBy',
    en: 'Contractor “Payroll BPO K.K.”: supervision.nextReviewBy changed from 2026-04-01 to 2026-10-01',
  },
  'external-transmission-added': {
    edit: (l) =>
      l.externalTransmissions.push(
        ExternalTransmissionSchema.parse({
          id: 'ads',
          service: 'Ad tag',
          provider: text('Ad vendor'),
          purpose: text('Ads'),
          information: text('Cookie id'),
        }),
      ),
    id: 'ads',
    severity: 'expands-use',
    en: 'External transmission “Ad tag” added',
  },
  'external-transmission-removed': {
    edit: (l) => drop(l.externalTransmissions, 'analytics'),
    id: 'analytics',
    severity: 'restricts-use',
  },
  'external-transmission-changed': {
    edit: (l) => (find(l.externalTransmissions, 'analytics').linkedToPerson = true),
    id: 'analytics',
    severity: 'expands-use',
    field: 'linkedToPerson',
  },
  'role-added': {
    edit: (l) => l.roles.push(RoleSchema.parse({ id: 'auditor', name: text('Auditor') })),
    id: 'auditor',
    severity: 'neutral',
  },
  'role-removed': { edit: (l) => drop(l.roles, 'recruiter'), id: 'recruiter', severity: 'neutral' },
  'role-purposes-changed': {
    edit: (l) => (find(l.roles, 'recruiter').purposes = ['recruiting', 'payroll']),
    id: 'recruiter',
    severity: 'expands-use',
    en: 'Role “Recruiter”: purposes “payroll” added; “newsletter” removed',
  },
  'role-changed': {
    edit: (l) => find(l.roles, 'recruiter').maskedItems.push('email'),
    id: 'recruiter',
    severity: 'restricts-use',
    field: 'maskedItems',
  },
  'request-procedure-added': {
    edit: (l) =>
      l.requestProcedures.push(
        RequestProcedureSchema.parse({ ...l.requestProcedures[0], operators: ['mamori-staff'] }),
      ),
    id: 'mamori-staff',
    severity: 'neutral',
    en: 'Request procedure “Mamori Staff K.K.” added',
  },
  'request-procedure-removed': {
    setup: (l) =>
      l.requestProcedures.push(
        RequestProcedureSchema.parse({ ...l.requestProcedures[0], operators: ['mamori-staff'] }),
      ),
    edit: (l) => l.requestProcedures.pop(),
    id: 'mamori-staff',
    severity: 'neutral',
  },
  'fee-changed': {
    edit: (l) => Object.assign(l.requestProcedures[0]?.fees ?? {}, { disclosure: 500 }),
    id: '*',
    severity: 'neutral',
    en: 'Fee for disclosure (all operators) changed from JPY 1,000 to JPY 500',
    ja: '開示の手数料（全事業者）を1,000円から500円に変更',
  },
  'request-procedure-changed': {
    edit: (l) => Object.assign(l.requestProcedures[0] ?? {}, { targetDays: 10 }),
    id: '*',
    severity: 'neutral',
    field: 'targetDays',
  },
  'security-measures-added': {
    edit: (l) => l.securityMeasures.push(SecurityMeasuresSchema.parse({ operators: ['mamori-staff'] })),
    id: 'mamori-staff',
    severity: 'neutral',
  },
  'security-measures-removed': { edit: (l) => l.securityMeasures.pop(), id: '*', severity: 'neutral' },
  'security-measures-changed': {
    edit: (l) => l.securityMeasures[0]?.physical.push(text('Locked cabinets')),
    id: '*',
    severity: 'neutral',
    field: 'physical',
    en: 'Security measures “all operators”: physical changed',
  },
  'deidentified-data-added': {
    edit: (l) =>
      l.deidentifiedData.push(
        DeidentifiedDataSchema.parse({
          id: 'pseudo',
          kind: 'pseudonymised',
          name: text('Pseudonymised HR data'),
          sourceItems: ['name'],
        }),
      ),
    id: 'pseudo',
    severity: 'expands-use',
  },
  'deidentified-data-removed': {
    edit: (l) => drop(l.deidentifiedData, 'headcount'),
    id: 'headcount',
    severity: 'restricts-use',
  },
  'deidentified-data-changed': {
    edit: (l) => (find(l.deidentifiedData, 'headcount').provided = true),
    id: 'headcount',
    severity: 'expands-use',
    field: 'provided',
  },
  'country-added': {
    edit: (l) => l.countries.push({ code: 'VN', name: text('Viet Nam'), summary: text('PDPD') }),
    id: 'VN',
    severity: 'neutral',
  },
  'country-removed': { edit: (l) => l.countries.pop(), id: 'SG', severity: 'neutral' },
  'country-changed': {
    edit: (l) => Object.assign(l.countries[0] ?? {}, { summary: text('PDPA') }),
    id: 'SG',
    severity: 'neutral',
    field: 'summary',
  },
  'third-party-provision-changed': {
    edit: (l) => l.thirdPartyProvision.exceptions.push('academic-research'),
    id: 'third-party-provision',
    severity: 'expands-use',
    field: 'exceptions',
    en: 'Third-party provision settings: exceptions changed from law to law, academic-research',
  },
  'notice-changed': {
    edit: (l) => (l.notice.establishedOn = '2025-04-01'),
    id: 'notice',
    severity: 'neutral',
    field: 'establishedOn',
    ja: '公表事項の establishedOn を変更（2024-04-01 → 2025-04-01）',
  },
};

for (const [kind, c] of Object.entries(CASES)) {
  test(`diffLedgers reports ${kind}`, () => {
    const before = loadAuditLedger();
    c.setup?.(before);
    const after = structuredClone(before);
    c.edit(after);
    const changes = diffLedgers(before, after);
    assert.equal(changes.length, 1, `expected exactly one change, got ${JSON.stringify(changes, null, 1)}`);
    const [change] = changes;
    assert.ok(change);
    assert.equal(change.kind, kind);
    assert.equal(change.id, c.id);
    assert.equal(change.severity, c.severity);
    if (c.field !== undefined) assert.equal('field' in change ? change.field : undefined, c.field);
    for (const lang of ['ja', 'en'] as const) {
      const sentence = describeChange(change, lang);
      assert.match(sentence, /\S/);
      assert.doesNotMatch(sentence, /undefined|\[object|NaN/);
    }
    if (c.en !== undefined) assert.equal(describeChange(change, 'en'), c.en);
    if (c.ja !== undefined) assert.equal(describeChange(change, 'ja'), c.ja);
  });
}

test('a ledger diffed with itself, or with a copy, has no changes', () => {
  const ledger = loadAuditLedger();
  assert.deepEqual(diffLedgers(ledger, ledger), []);
  assert.deepEqual(diffLedgers(ledger, loadAuditLedger()), []);
});
