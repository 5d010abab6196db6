import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BreachRulesSchema, DEFAULT_BREACH_RULES } from './breach-rules.ts';
import { classifyIncident, type ItemFlags } from './classify-incident.ts';
import type { IncidentFacts } from './incident.ts';

const FLAGS: Record<string, ItemFlags> = {
  name: { specialCare: false, financial: false, myNumber: false },
  health: { specialCare: true, financial: false, myNumber: false },
  card: { specialCare: false, financial: true, myNumber: false },
  'my-number': { specialCare: false, financial: false, myNumber: true },
};
// Monday 2026-03-02, 10:00 in Japan.
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
/** The end of a Japanese calendar day, the instant a deadline counted in Japanese days expires. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+09:00`);

/**
 * BR-1..BR-7 with their clocks. Periods are Japanese calendar days after the day of discovery (BR-8: when any
 * department learned of it): BR-6 preliminary 3 days by default, BR-7 confirmed 30 days, 60 with BR-3.
 */
const CASES: readonly {
  name: string;
  facts: Partial<IncidentFacts>;
  reportable: boolean;
  grounds: string[];
  notify: boolean;
  /** Japanese dates the reports are due by (end of that day). */
  preliminary?: string;
  confirmed?: string;
  exemption?: string;
}[] = [
  { name: 'one misdelivered name: not reportable', facts: {}, reportable: false, grounds: [], notify: false },
  {
    name: 'BR-1: one person’s health check results',
    facts: { items: ['name', 'health'] },
    reportable: true,
    grounds: ['BR-1'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-2: one card number',
    facts: { items: ['card'] },
    reportable: true,
    grounds: ['BR-2'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-3: unauthorised access, one name, 60 days',
    facts: { cause: 'unauthorised-access' },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-05-01',
  },
  {
    name: 'BR-3: web skimming counts (2024-04)',
    facts: { cause: 'web-skimming' },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-05-01',
  },
  {
    name: 'BR-3: insider take-out',
    facts: { cause: 'insider-take-out', peopleAffected: 3 },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-05-01',
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
    preliminary: '2026-03-05',
    confirmed: '2026-04-01',
  },
  {
    name: 'several grounds at once: BR-3 sets 60 days',
    facts: { items: ['health', 'card'], cause: 'unauthorised-access', peopleAffected: 5000 },
    reportable: true,
    grounds: ['BR-1', 'BR-2', 'BR-3', 'BR-4'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-05-01',
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
    preliminary: '2026-03-05',
    confirmed: '2026-04-01',
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
    preliminary: '2026-03-05',
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-6/7/8: discovered at 00:30 in Japan (still the day before in UTC): counted from the Japanese day',
    facts: { items: ['health'], discoveredAt: new Date('2026-03-02T15:30:00Z') },
    reportable: true,
    grounds: ['BR-1'],
    notify: true,
    preliminary: '2026-03-06',
    confirmed: '2026-04-02',
  },
  {
    name: 'BR-6/7/8: discovered at 23:59 in Japan: that day is day 0, not 72 hours',
    facts: { cause: 'ransomware', discoveredAt: new Date('2026-03-02T14:59:00Z') },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    preliminary: '2026-03-05',
    confirmed: '2026-05-01',
  },
  {
    name: 'BR-7: across the year end and February',
    facts: { cause: 'theft', discoveredAt: new Date('2025-12-31T20:00:00Z') },
    reportable: true,
    grounds: ['BR-3'],
    notify: true,
    preliminary: '2026-01-04',
    confirmed: '2026-03-02',
  },
];

for (const c of CASES) {
  test(`classify: ${c.name}`, () => {
    const result = classifyIncident({ ...base, ...c.facts }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
    assert.equal(result.reportable, c.reportable);
    assert.deepEqual(result.grounds, c.grounds);
    assert.equal(result.notifyIndividuals, c.notify);
    assert.equal(result.exemption, c.exemption);
    assert.deepEqual(result.deadlines.preliminaryReport, c.preliminary ? endOf(c.preliminary) : undefined, 'BR-6');
    assert.deepEqual(result.deadlines.confirmedReport, c.confirmed ? endOf(c.confirmed) : undefined, 'BR-7');
  });
}

test('BR-10: a contractor always tells its client, promptly (by the preliminary-report day) until it has', () => {
  const result = classifyIncident({ ...base, asContractorFor: 'client-co' }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
  assert.equal(result.notifyClient, 'client-co');
  assert.deepEqual(result.deadlines.clientNotification, endOf('2026-03-05'));
  const told = classifyIncident(
    { ...base, asContractorFor: 'client-co', clientNotified: true },
    (id) => FLAGS[id],
    DEFAULT_BREACH_RULES,
  );
  assert.equal(told.deadlines.clientNotification, undefined);
});

test('breach rules are validated: periods in order, whole days, bounded', () => {
  assert.equal(BreachRulesSchema.safeParse(DEFAULT_BREACH_RULES).success, true);
  for (const [change, path] of [
    [{ preliminaryDays: 0 }, 'preliminaryDays'],
    [{ preliminaryDays: 2.5 }, 'preliminaryDays'],
    [{ confirmedDays: 2 }, 'confirmedDays'],
    [{ confirmedDaysWrongfulPurpose: 20 }, 'confirmedDaysWrongfulPurpose'],
    [{ peopleThreshold: -1 }, 'peopleThreshold'],
  ] as const) {
    const result = BreachRulesSchema.safeParse({ ...DEFAULT_BREACH_RULES, ...change });
    assert.equal(result.success, false, JSON.stringify(change));
    assert.equal(result.error?.issues[0]?.path.join('.'), path);
  }
});

test('BR-12: a Privacy Mark holder reports to the P-mark body on the confirmed-report shape', () => {
  const wrongful = classifyIncident(
    { ...base, cause: 'unauthorised-access', privacyMarkHolder: true },
    (id) => FLAGS[id],
    DEFAULT_BREACH_RULES,
  );
  assert.deepEqual(wrongful.deadlines.privacyMarkReport, endOf('2026-05-01'));
  const minor = classifyIncident({ ...base, privacyMarkHolder: true }, (id) => FLAGS[id], DEFAULT_BREACH_RULES);
  assert.equal(minor.reportable, false);
  assert.deepEqual(minor.deadlines.privacyMarkReport, endOf('2026-04-01'));
});

test('configurable rules: a 5-day preliminary target and BR-13 relief for low-risk mass cases', () => {
  const rules = { ...DEFAULT_BREACH_RULES, preliminaryDays: 5, lowRiskNotificationRelief: true };
  const mass = classifyIncident({ ...base, peopleAffected: 2000 }, (id) => FLAGS[id], rules);
  assert.equal(mass.reportable, true);
  assert.deepEqual(mass.deadlines.preliminaryReport, endOf('2026-03-07'));
  assert.equal(mass.notifyIndividuals, false);
  const wrongful = classifyIncident(
    { ...base, peopleAffected: 2000, cause: 'unauthorised-access' },
    (id) => FLAGS[id],
    rules,
  );
  assert.equal(wrongful.notifyIndividuals, true);
});
