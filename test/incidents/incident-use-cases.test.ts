import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addCorrectiveAction,
  closeCorrectiveAction,
  recordNotification,
} from '../../src/app/incidents/incident-follow-up.ts';
import { draftReport, markReportSubmitted } from '../../src/app/incidents/incident-reports.ts';
import { listDeadlines } from '../../src/app/incidents/list-deadlines.ts';
import { type IncidentInput, recordIncident, updateIncident } from '../../src/app/incidents/record-incident.ts';
import type { IncidentFacts } from '../../src/core/incidents/incident.ts';
import type { ReportItems } from '../../src/core/incidents/report-items.ts';
import { type ManagementFixture, managementFixture } from '../management/management-fixture.ts';
import { testDialects } from '../support/test-databases.ts';

const DAY = 86_400_000;
// Monday 2026-03-02, 10:00 in Japan; deadlines end at midnight Japan time of their day.
const discovered = new Date('2026-03-02T01:00:00Z');
const endOf = (date: string) => new Date(`${date}T23:59:59.999+09:00`).getTime();
const baseFacts: IncidentFacts = {
  discoveredAt: discovered,
  cause: 'misdelivery',
  items: ['name'],
  peopleAffected: 1,
  stronglyEncrypted: false,
  pseudonymisedOnly: false,
  privacyMarkHolder: false,
};
const input = (facts: Partial<IncidentFacts>, title = 'case'): IncidentInput => ({
  operator: 'sakura-staffing',
  title,
  description: 'synthetic',
  discoveredBy: '営業部',
  systems: [],
  facts: { ...baseFacts, ...facts },
});
const items = (summary: string): ReportItems => ({
  summary,
  personalData: '',
  peopleAffected: '',
  cause: '',
  secondaryHarm: '',
  responseToIndividuals: '',
  publicAnnouncement: '',
  recurrencePrevention: '',
  other: '',
});

/** BR-1..BR-7 and MN-5 through the use case, with item flags from the demo ledger's data items. */
const CASES: readonly {
  name: string;
  facts: Partial<IncidentFacts>;
  grounds: string[];
  reportable: boolean;
  confirmed?: string;
  privacyMark?: string;
}[] = [
  { name: 'one misdelivered name', facts: {}, grounds: [], reportable: false },
  {
    name: 'BR-1 health check results',
    facts: { items: ['health-check-results'] },
    grounds: ['BR-1'],
    reportable: true,
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-2 bank account',
    facts: { items: ['bank-account'] },
    grounds: ['BR-2'],
    reportable: true,
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-3 unauthorised access: 60 days',
    facts: { cause: 'unauthorised-access' },
    grounds: ['BR-3'],
    reportable: true,
    confirmed: '2026-05-01',
  },
  {
    name: 'BR-4 1,001 people',
    facts: { peopleAffected: 1001 },
    grounds: ['BR-4'],
    reportable: true,
    confirmed: '2026-04-01',
  },
  { name: 'BR-4 exactly 1,000: not reportable', facts: { peopleAffected: 1000 }, grounds: [], reportable: false },
  {
    name: 'MN-5 My Number of 101 people',
    facts: { items: ['my-number'], peopleAffected: 101 },
    grounds: ['MN-5'],
    reportable: true,
    confirmed: '2026-04-01',
  },
  {
    name: 'BR-5 strongly encrypted',
    facts: { items: ['health-check-results'], stronglyEncrypted: true },
    grounds: ['BR-1'],
    reportable: false,
  },
  {
    name: 'BR-12 P-mark holder, not reportable to the PPC',
    facts: { privacyMarkHolder: true },
    grounds: [],
    reportable: false,
    privacyMark: '2026-04-01',
  },
  {
    name: 'BR-10 contractor that told its client',
    facts: { items: ['bank-account'], asContractorFor: 'client', clientNotified: true },
    grounds: ['BR-2'],
    reportable: false,
  },
];

for (const dialect of testDialects())
  describe(`incident use cases on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock });
    const incidentEvidence = async (incident: string) =>
      (await f.store.evidence.list({ type: 'incident', limit: 10_000 })).filter((e) => e.payload.incident === incident);
    before(async () => {
      f = await managementFixture(dialect, '2026-03-02T06:00:00Z');
    });
    after(() => f.close());

    for (const c of CASES) {
      test(c.name, async () => {
        const incident = await recordIncident(deps(), input(c.facts, c.name), 'alice');
        const { classification } = incident;
        assert.deepEqual(classification.grounds, c.grounds);
        assert.equal(classification.reportable, c.reportable);
        const d = classification.deadlines;
        if (c.reportable) {
          assert.equal(d.preliminaryReport?.getTime(), endOf('2026-03-05'), 'BR-6: 3 Japanese days by default');
          assert.equal(d.confirmedReport?.getTime(), endOf(c.confirmed ?? ''), 'BR-7');
        } else {
          assert.equal(d.preliminaryReport, undefined);
          assert.equal(d.confirmedReport, undefined);
        }
        if (c.privacyMark) assert.equal(d.privacyMarkReport?.getTime(), endOf(c.privacyMark));
        assert.deepEqual(await f.store.incidents.get(incident.id), incident);
        const [entry] = await incidentEvidence(incident.id);
        assert.deepEqual(
          [entry?.type, entry?.payload.action, entry?.payload.reportable],
          ['incident', 'recorded', c.reportable],
          'recorded in the evidence log with the incident',
        );
      });
    }

    test('an update of the facts classifies again and moves the clocks; the preliminary period is configurable', async () => {
      const recorded = await recordIncident(deps(), input({}), 'alice');
      assert.equal(recorded.classification.reportable, false);
      const updated = await updateIncident(
        deps(),
        recorded.id,
        { facts: { ...baseFacts, cause: 'ransomware' } },
        'bob',
      );
      assert.deepEqual(updated.classification.grounds, ['BR-3']);
      assert.equal(updated.classification.deadlines.confirmedReport?.getTime(), endOf('2026-05-01'));
      const custom = await recordIncident(
        {
          ...deps(),
          rules: {
            ...(await import('../../src/core/incidents/breach-rules.ts')).DEFAULT_BREACH_RULES,
            preliminaryDays: 5,
          },
        },
        input({ cause: 'theft' }),
        'alice',
      );
      assert.equal(custom.classification.deadlines.preliminaryReport?.getTime(), endOf('2026-03-07'));
    });

    test('report drafts keep every version; deadlines are overdue or upcoming by the injected clock', async () => {
      const incident = await recordIncident(
        deps(),
        { ...input({ items: ['bank-account'] }), operator: 'sakura-career' },
        'alice',
      );
      const v1 = await draftReport(
        deps(),
        { incidentId: incident.id, kind: 'ppc-preliminary', items: items('first') },
        'alice',
      );
      const v2 = await draftReport(
        deps(),
        { incidentId: incident.id, kind: 'ppc-preliminary', items: items('second') },
        'bob',
      );
      assert.deepEqual([v1.version, v2.version], [1, 2]);
      assert.deepEqual(
        (await f.store.incidents.reportVersions(incident.id)).map((v) => v.items.summary),
        ['first', 'second'],
      );
      const mine = { operators: ['sakura-career'] };
      f.clock.set(new Date(discovered.getTime() + 1 * DAY).toISOString());
      let due = await listDeadlines(deps(), { withinDays: 7, ...mine });
      assert.deepEqual(
        due.map((d) => [d.kind, d.overdue]),
        [['ppc-preliminary', false]],
      );
      f.clock.set(new Date(discovered.getTime() + 4 * DAY).toISOString());
      due = await listDeadlines(deps(), { withinDays: 30, ...mine });
      assert.deepEqual(
        due.map((d) => [d.kind, d.overdue]),
        [
          ['ppc-preliminary', true],
          ['ppc-confirmed', false],
        ],
      );
      await markReportSubmitted(deps(), incident.id, 'ppc-preliminary', 'alice');
      due = await listDeadlines(deps(), { withinDays: 30, ...mine });
      assert.deepEqual(
        due.map((d) => d.kind),
        ['ppc-confirmed'],
        'a filed report is no longer due',
      );
      assert.deepEqual(
        await listDeadlines(deps(), { withinDays: 1, ...mine }),
        [],
        'confirmed report beyond the window',
      );
    });

    test('corrective actions and notifications are recorded with evidence', async () => {
      const incident = await recordIncident(deps(), input({ cause: 'loss' }), 'alice');
      const action = await addCorrectiveAction(
        deps(),
        { incidentId: incident.id, description: 'encrypt laptops', owner: 'IT', dueDate: '2026-04-30' },
        'alice',
      );
      await closeCorrectiveAction(deps(), incident.id, action.id, 'bob');
      await assert.rejects(closeCorrectiveAction(deps(), incident.id, action.id, 'bob'), { code: 'CONFLICT' });
      await assert.rejects(
        recordNotification(deps(), { incidentId: incident.id, kind: 'dispatch', description: '' }, 'a'),
        {
          code: 'VALIDATION',
        },
      );
      await recordNotification(
        deps(),
        { incidentId: incident.id, kind: 'dispatch', subjectId: 'emp-7', channel: 'email', description: '' },
        'alice',
      );
      await recordNotification(
        deps(),
        { incidentId: incident.id, kind: 'substitute', description: 'announcement and desk' },
        'alice',
      );
      assert.equal((await f.store.incidents.notifications(incident.id)).length, 2);
      const actions = (await incidentEvidence(incident.id)).map((e) => e.payload.action);
      assert.deepEqual(actions, [
        'recorded',
        'action-added',
        'action-closed',
        'notification-dispatch',
        'notification-substitute',
      ]);
    });
  });
