import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_BREACH_RULES } from './breach-rules.ts';
import { classifyIncident, type ItemFlags } from './classify-incident.ts';
import type { IncidentFacts } from './incident.ts';

const FLAGS: Record<string, ItemFlags> = {
  name: { specialCare: false, financial: false, myNumber: false },
  health: { specialCare: true, financial: false, myNumber: false },
  card: { specialCare: false, financial: true, myNumber: false },
  'my-number': { specialCare: false, financial: false, myNumber: true },
};
const discovered = new Date('2026-03-02T01:00:00Z');
const base: IncidentFacts = {
  discoveredAt: discovered,
  cause: 'misdelivery',
  items: ['name'],
  peopleAffected: 1,
  stronglyEncrypted: false,
  pseudonymisedOnly: false,
  privacyMarkHolder: false,
};
const days = (n: number) => new Date(discovered.getTime() + n * 86_400_000);

const CASES: readonly {
  name: string;
  facts: Partial<IncidentFacts>;
  reportable: boolean;
  grounds: string[];
  notify: boolean;
  confirmedDays?: number;
  exemption?: string;
}[] = [
  { name: 'one misdelivered name: not reportable', facts: {}, reportable: false, grounds: [], notify: false },
  {
    name: 'BR-1: one person’s health check results',
    facts: { items: ['name', 'health'] },
    reportable: true,
    grounds: ['BR-1'],
    notify: true,
    confirmedDays: 30,
  },
  {
    name: 'BR-2: one card number',
    facts: { items: ['card'] },
    reportable: true,
    grounds: ['BR-2'],
    notify: true,
    confirmedDays: 30,
  },
  {
    name: 'BR-3: unauthorised access, one name, 60 days',
    facts: { cause: 'unauthorised-access' },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    confirmedDays: 60,
  },
  {
    name: 'BR-3: web skimming counts (2024-04)',
    facts: { cause: 'web-skimming' },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    confirmedDays: 60,
  },
  {
    name: 'BR-3: insider take-out',
    facts: { cause: 'insider-take-out', peopleAffected: 3 },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    confirmedDays: 60,
  },
  {
    name: 'BR-4: 1,000 people is not more than 1,000',
    facts: { peopleAffected: 1000 },
    reportable: false,
    grounds: [],
    notify: false,
  },
  {
    name: 'BR-4: 1,001 people',
    facts: { peopleAffected: 1001 },
    reportable: true,
    grounds: ['BR-4'],
    notify: true,
    confirmedDays: 30,
  },
  {
    name: 'several grounds at once',
    facts: { items: ['health', 'card'], cause: 'unauthorised-access', peopleAffected: 5000 },
    reportable: true,
    grounds: ['BR-1', 'BR-2', 'BR-3', 'BR-4'],
    notify: true,
    confirmedDays: 60,
  },
  {
    name: 'BR-5: strongly encrypted health data',
    facts: { items: ['health'], stronglyEncrypted: true },
    reportable: false,
    grounds: ['BR-1'],
    notify: false,
    exemption: 'strong-encryption',
  },
  {
    name: 'BR-5: pseudonymised data',
    facts: { items: ['health'], pseudonymisedOnly: true, peopleAffected: 5000 },
    reportable: false,
    grounds: ['BR-1', 'BR-4'],
    notify: false,
    exemption: 'pseudonymised',
  },
  {
    name: 'MN-5: My Number of 101 people',
    facts: { items: ['my-number'], peopleAffected: 101 },
    reportable: true,
    grounds: ['MN-5'],
    notify: true,
    confirmedDays: 30,
  },
  {
    name: 'My Number of 100 people by misdelivery: below MN-5',
    facts: { items: ['my-number'], peopleAffected: 100 },
    reportable: false,
    grounds: [],
    notify: false,
  },
  {
    name: 'BR-10: contractor that notified its client promptly',
    facts: { items: ['health'], asContractorFor: 'client-co', clientNotified: true },
    reportable: false,
    grounds: ['BR-1'],
    notify: false,
    exemption: 'contractor-notified-client',
  },
  {
    name: 'BR-10: contractor that did not notify: both report',
    facts: { items: ['health'], asContractorFor: 'client-co', clientNotified: false },
    reportable: true,
    grounds: ['BR-1'],
    notify: true,
    confirmedDays: 30,
  },
];

for (const c of CASES) {
  test(`classify: ${c.name}`, () => {
    const result = classifyIncident({ ...base, ...c.facts }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
    assert.equal(result.reportable, c.reportable);
    assert.deepEqual(result.grounds, c.grounds);
    assert.equal(result.notifyIndividuals, c.notify);
    assert.equal(result.exemption, c.exemption);
    if (c.reportable) {
      assert.deepEqual(result.deadlines.preliminaryReport, days(3), 'BR-6: preliminary report 3 days from discovery');
      assert.deepEqual(result.deadlines.confirmedReport, days(c.confirmedDays ?? 30));
    } else {
      assert.equal(result.deadlines.preliminaryReport, undefined);
    }
  });
}

test('BR-10: a contractor always tells its client', () => {
  const result = classifyIncident({ ...base, asContractorFor: 'client-co' }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
  assert.equal(result.notifyClient, 'client-co');
});

test('BR-12: a Privacy Mark holder reports to the P-mark body on the confirmed-report shape', () => {
  const wrongful = classifyIncident(
    { ...base, cause: 'unauthorised-access', privacyMarkHolder: true },
    (id) => FLAGS[id],
    DEFAULT_BREACH_RULES,
  );
  assert.deepEqual(wrongful.deadlines.privacyMarkReport, days(60));
  const minor = classifyIncident({ ...base, privacyMarkHolder: true }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
  assert.equal(minor.reportable, false);
  assert.deepEqual(minor.deadlines.privacyMarkReport, days(30));
});

test('configurable rules: a 5-day preliminary target and BR-13 relief for low-risk mass cases', () => {
  const rules = { ...DEFAULT_BREACH_RULES, preliminaryDays: 5, lowRiskNotificationRelief: true };
  const mass = classifyIncident({ ...base, peopleAffected: 2000 }, (id) => FLAGS[id], rules);
  assert.equal(mass.reportable, true);
  assert.deepEqual(mass.deadlines.preliminaryReport, days(5));
  assert.equal(mass.notifyIndividuals, false);
  const wrongful = classifyIncident(
    { ...base, peopleAffected: 2000, cause: 'unauthorised-access' },
    (id) => FLAGS[id],
    rules,
  );
  assert.equal(wrongful.notifyIndividuals, true);
});
