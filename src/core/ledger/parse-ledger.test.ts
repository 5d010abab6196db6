import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import type { FieldIssue } from '../app-error.ts';
import { type LedgerSource, parseLedger } from './parse-ledger.ts';

const MINIMAL = readFileSync(new URL('../../../test/fixtures/minimal-ledger.yaml', import.meta.url), 'utf8');

function issuesOf(sources: LedgerSource[]): readonly FieldIssue[] {
  const result = parseLedger(sources);
  assert.equal(result.ok, false, 'expected the ledger to be rejected');
  return result.ok ? [] : result.issues;
}

/** The minimal ledger with one change applied to its parsed form. */
function mutated(change: (ledger: Record<string, any>) => void): LedgerSource[] {
  const ledger = parse(MINIMAL);
  change(ledger);
  return [{ file: 'mutated.yaml', text: stringify(ledger) }];
}

test('the minimal fixture is a valid ledger with defaults applied', () => {
  const result = parseLedger([{ file: 'minimal.yaml', text: MINIMAL }]);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.issues));
  assert.equal(result.ledger.operators[0]?.groupRole, 'standalone');
  assert.equal(result.ledger.purposes[0]?.consent, 'not-required');
  assert.deepEqual(result.ledger.recipients, []);
});

test('a YAML syntax error is reported with its line', () => {
  const [issue] = issuesOf([{ file: 'broken.yaml', text: 'ledger:\n  id: x\n  name: [unclosed\n' }]);
  assert.equal(issue?.code, 'YAML_SYNTAX');
  assert.equal(issue?.file, 'broken.yaml');
  assert.ok((issue?.line ?? 0) >= 3);
});

test('every problem is reported at once, each with file, line, field path and reason', () => {
  const text = MINIMAL.replace('email: privacy@example.test', 'email: not-an-email')
    .replace(
      'items: [name, my-number]\n    tags: [tax]',
      'items: [name, my-number, ghost-item]\n    tags: [tax, marketing]',
    )
    .replace('        countries: [JP]\n', '');
  const issues = issuesOf([{ file: 'many.yaml', text }]);
  const lines = text.split('\n');
  const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
  const byCode = (code: string) => issues.filter((issue) => issue.code === code);
  assert.deepEqual(
    byCode('SCHEMA_INVALID_FORMAT').map((i) => [i.path, i.line]),
    [['operators[0].complaintDesk.email', lineOf('not-an-email')]],
  );
  assert.deepEqual(
    byCode('LEDGER_UNKNOWN_REF').map((i) => [i.path, i.line]),
    [['purposes[1].items[2]', lineOf('ghost-item')]],
  );
  assert.deepEqual(
    byCode('LEDGER_MY_NUMBER_PURPOSE').map((i) => i.path),
    ['purposes[1].tags'],
  );
  assert.deepEqual(
    byCode('LEDGER_STORE_COUNTRY').map((i) => i.path),
    ['systems[0].stores[0].countries'],
  );
  assert.ok(issues.every((issue) => issue.file === 'many.yaml' && (issue.line ?? 0) > 0 && issue.message.length > 0));
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(issues, sorted, 'issues come in file order');
});

test('a folder ledger reports the file and line of the element at fault', () => {
  const ledger = parse(MINIMAL);
  const purposes = ledger.purposes;
  delete ledger.purposes;
  purposes[1].categories = ['nobody'];
  const issues = issuesOf([
    { file: 'ledger/main.yaml', text: stringify(ledger) },
    { file: 'ledger/purposes.yaml', text: stringify({ purposes }) },
  ]);
  const [issue] = issues.filter((i) => i.code === 'LEDGER_UNKNOWN_REF');
  assert.equal(issue?.file, 'ledger/purposes.yaml');
  assert.equal(issue?.path, 'purposes[1].categories[0]');
  const purposeLines = stringify({ purposes }).split('\n');
  assert.equal(issue?.line, purposeLines.findIndex((line) => line.includes('nobody')) + 1);
});

test('a section written in two files of a folder is refused', () => {
  const issues = issuesOf([
    { file: 'a.yaml', text: MINIMAL },
    { file: 'b.yaml', text: 'ledger:\n  id: other\n  name: {ja: 別, en: Other}\n' },
  ]);
  assert.equal(issues[0]?.code, 'LEDGER_SECTION_REPEATED');
  assert.equal(issues[0]?.file, 'b.yaml');
});

test('an unknown field is named', () => {
  const issues = issuesOf(mutated((l) => (l.purposes[0].colour = 'blue')));
  assert.equal(issues[0]?.message, 'unknown field: colour');
  assert.equal(issues[0]?.path, 'purposes[0]');
});

const RULES: readonly { name: string; code: string; path: string; change: (l: Record<string, any>) => void }[] = [
  {
    name: 'duplicate id',
    code: 'LEDGER_DUPLICATE_ID',
    path: 'purposes[1].id',
    change: (l) => (l.purposes[1].id = 'matching'),
  },
  {
    name: 'item used by a purpose for a category that does not hold it',
    code: 'LEDGER_ITEM_NOT_IN_CATEGORY',
    path: 'purposes[0].items[1]',
    change: (l) => l.purposes[0].items.push('health-check'),
  },
  {
    name: 'My Number used for a purpose outside number-related work',
    code: 'LEDGER_MY_NUMBER_PURPOSE',
    path: 'purposes[2].items[2]',
    change: (l) => l.purposes[2].items.push('my-number'),
  },
  {
    name: 'special care-required item without consent rule or legal ground',
    code: 'LEDGER_SPECIAL_CARE_BASIS',
    path: 'purposes[2].specialCareBasis',
    change: (l) => delete l.purposes[2].specialCareBasis,
  },
  {
    name: 'special care kind without the flag',
    code: 'LEDGER_SPECIAL_CARE_FLAG',
    path: 'dataItems[2].flags.specialCare',
    change: (l) => (l.dataItems[2].flags.specialCare = false),
  },
  {
    name: 'a staffing business collecting registered domicile (SC-4)',
    code: 'LEDGER_STAFFING_FORBIDDEN',
    path: 'dataItems[3].sensitiveKinds',
    change: (l) =>
      l.dataItems.push({
        id: 'domicile',
        name: { ja: '本籍', en: 'Domicile' },
        categories: ['staff'],
        sensitiveKinds: ['registered-domicile'],
      }),
  },
  {
    name: 'a store without country information',
    code: 'LEDGER_STORE_COUNTRY',
    path: 'systems[0].stores[0].countries',
    change: (l) => delete l.systems[0].stores[0].countries,
  },
  {
    name: 'an overseas country without information on its system',
    code: 'LEDGER_COUNTRY_INFO',
    path: 'systems[0].stores[0].countries[1]',
    change: (l) => l.systems[0].stores[0].countries.push('HK'),
  },
  {
    name: 'a recipient without a basis',
    code: 'LEDGER_RECIPIENT_BASIS',
    path: 'recipients[0].basis',
    change: (l) =>
      (l.recipients = [{ id: 'client', name: { ja: '派遣先', en: 'Client' }, categories: ['staff'], items: ['name'] }]),
  },
  {
    name: 'special care-required data by opt-out',
    code: 'LEDGER_SPECIAL_CARE_OPT_OUT',
    path: 'recipients[0].basis',
    change: (l) =>
      (l.recipients = [
        {
          id: 'broker',
          name: { ja: '事業者', en: 'Broker' },
          categories: ['employees'],
          items: ['health-check'],
          basis: 'opt-out',
        },
      ]),
  },
  {
    name: 'My Number provided without a law',
    code: 'LEDGER_MY_NUMBER_PROVISION',
    path: 'recipients[0].items',
    change: (l) =>
      (l.recipients = [
        {
          id: 'bank',
          name: { ja: '銀行', en: 'Bank' },
          categories: ['employees'],
          items: ['my-number'],
          basis: 'consent',
        },
      ]),
  },
  {
    name: 'an overseas recipient without the route',
    code: 'LEDGER_OVERSEAS_ROUTE',
    path: 'recipients[0].overseas',
    change: (l) =>
      (l.recipients = [
        {
          id: 'us-ads',
          name: { ja: '広告', en: 'Ads' },
          country: 'US',
          categories: ['staff'],
          items: ['name'],
          basis: 'consent',
        },
      ]),
  },
  {
    name: 'a joint use missing the responsible party (JU-1)',
    code: 'LEDGER_JOINT_USE_INCOMPLETE',
    path: 'jointUses[0].responsible.address',
    change: (l) =>
      (l.jointUses = [
        {
          id: 'group',
          categories: ['staff'],
          items: ['name'],
          users: { description: { ja: 'グループ会社', en: 'Group companies' } },
          purposes: ['matching'],
          responsible: { name: { ja: '本社', en: 'Head office' }, representative: { ja: '社長', en: 'CEO' } },
        },
      ]),
  },
  {
    name: 'retention shorter than the statutory minimum',
    code: 'LEDGER_RETENTION_BELOW_STATUTORY',
    path: 'retentionRules[0].period',
    change: (l) =>
      (l.retentionRules = [
        { id: 'health', items: ['health-check'], trigger: 'creation', statutory: 'health-check', period: { years: 3 } },
      ]),
  },
  {
    name: 'a fee on a request type the law does not let you charge for',
    code: 'LEDGER_FEE_NOT_ALLOWED',
    path: 'requestProcedures[0].fees.deletion',
    change: (l) => (l.requestProcedures[0].fees.deletion = 300),
  },
  {
    name: 'an operator no request procedure covers',
    code: 'LEDGER_NO_REQUEST_PROCEDURE',
    path: 'operators[0].id',
    change: (l) => (l.requestProcedures[0].operators = ['someone-else']),
  },
];

for (const rule of RULES) {
  test(`rule: ${rule.name} -> ${rule.code}`, () => {
    const issues = issuesOf(mutated(rule.change));
    const found = issues.find((issue) => issue.code === rule.code);
    assert.ok(found, `expected ${rule.code}, got ${JSON.stringify(issues)}`);
    assert.equal(found.path, rule.path);
    assert.ok((found.line ?? 0) > 0, 'has a line number');
  });
}
