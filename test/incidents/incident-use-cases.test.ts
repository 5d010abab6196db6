import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importLedger } from '../../src/app/import-ledger.ts';
import {
  addCorrectiveAction,
  closeCorrectiveAction,
  recordNotification,
} from '../../src/app/incidents/incident-follow-up.ts';
import { draftReport, markReportSubmitted } from '../../src/app/incidents/incident-reports.ts';
import { listDeadlines } from '../../src/app/incidents/list-deadlines.ts';
import { type IncidentInput, recordIncident, updateIncident } from '../../src/app/incidents/record-incident.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { IncidentFacts } from '../../src/core/incidents/incident.ts';
import type { ReportItems } from '../../src/core/incidents/report-items.ts';
import { openStore } from '../../src/store/open-store.ts';
import { DEMO_LEDGER } from '../support/authorized-app.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';

const DAY = 86_400_000;
const discovered = new Date('2026-03-02T01:00:00Z');
let now = new Date('2026-03-02T06:00:00Z');
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
  confirmedDays?: number;
  privacyMarkDays?: number;
}[] = [
  { name: 'one misdelivered name', facts: {}, grounds: [], reportable: false },
  {
    name: 'BR-1 health check results',
    facts: { items: ['health-check-results'] },
    grounds: ['BR-1'],
    reportable: true,
    confirmedDays: 30,
  },
  {
    name: 'BR-2 bank account',
    facts: { items: ['bank-account'] },
    grounds: ['BR-2'],
    reportable: true,
    confirmedDays: 30,
  },
  {
    name: 'BR-3 unauthorised access: 60 days',
    facts: { cause: 'unauthorised-access' },
    grounds: ['BR-3'],
    reportable: true,
    confirmedDays: 60,
  },
  {
    name: 'BR-4 1,001 people',
    facts: { peopleAffected: 1001 },
    grounds: ['BR-4'],
    reportable: true,
    confirmedDays: 30,
  },
  { name: 'BR-4 exactly 1,000: not reportable', facts: { peopleAffected: 1000 }, grounds: [], reportable: false },
  {
    name: 'MN-5 My Number of 101 people',
    facts: { items: ['my-number'], peopleAffected: 101 },
    grounds: ['MN-5'],
    reportable: true,
    confirmedDays: 30,
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
    privacyMarkDays: 30,
  },
  {
    name: 'BR-10 contractor that told its client',
    facts: { items: ['bank-account'], asContractorFor: 'client', clientNotified: true },
    grounds: ['BR-2'],
    reportable: false,
  },
];

describe('incident use cases', () => {
  let dir: string;
  let store: Store;
  const evidence = new MemoryEvidenceLog();
  const deps = () => ({ store, evidence, clock: { now: () => now } });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mamori-incidents-'));
    store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
    await importLedger(
      { store, clock: { now: () => now } },
      { sources: readLedgerSources(DEMO_LEDGER), author: 'setup', comment: 'demo' },
    );
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    test(c.name, async () => {
      const incident = await recordIncident(deps(), input(c.facts, c.name), 'alice');
      const { classification } = incident;
      assert.deepEqual(classification.grounds, c.grounds);
      assert.equal(classification.reportable, c.reportable);
      const d = classification.deadlines;
      if (c.reportable) {
        assert.equal(d.preliminaryReport?.getTime(), discovered.getTime() + 3 * DAY, 'BR-6: 3 days by default');
        assert.equal(d.confirmedReport?.getTime(), discovered.getTime() + (c.confirmedDays ?? 0) * DAY, 'BR-7');
      } else {
        assert.equal(d.preliminaryReport, undefined);
        assert.equal(d.confirmedReport, undefined);
      }
      if (c.privacyMarkDays)
        assert.equal(d.privacyMarkReport?.getTime(), discovered.getTime() + c.privacyMarkDays * DAY);
      assert.deepEqual(await store.incidents.get(incident.id), incident);
      assert.equal(evidence.events.at(-1)?.type, 'incident');
    });
  }

  test('an update of the facts classifies again and moves the clocks; the preliminary period is configurable', async () => {
    const recorded = await recordIncident(deps(), input({}), 'alice');
    assert.equal(recorded.classification.reportable, false);
    const updated = await updateIncident(deps(), recorded.id, { facts: { ...baseFacts, cause: 'ransomware' } }, 'bob');
    assert.deepEqual(updated.classification.grounds, ['BR-3']);
    assert.equal(updated.classification.deadlines.confirmedReport?.getTime(), discovered.getTime() + 60 * DAY);
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
    assert.equal(custom.classification.deadlines.preliminaryReport?.getTime(), discovered.getTime() + 5 * DAY);
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
      (await store.incidents.reportVersions(incident.id)).map((v) => v.items.summary),
      ['first', 'second'],
    );
    const mine = { operators: ['sakura-career'] };
    now = new Date(discovered.getTime() + 1 * DAY);
    let due = await listDeadlines(deps(), { withinDays: 7, ...mine });
    assert.deepEqual(
      due.map((d) => [d.kind, d.overdue]),
      [['ppc-preliminary', false]],
    );
    now = new Date(discovered.getTime() + 4 * DAY);
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
    assert.deepEqual(await listDeadlines(deps(), { withinDays: 1, ...mine }), [], 'confirmed report beyond the window');
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
    assert.equal((await store.incidents.notifications(incident.id)).length, 2);
    const actions = evidence.events.filter((e) => e.payload.incident === incident.id).map((e) => e.payload.action);
    assert.deepEqual(actions, [
      'recorded',
      'action-added',
      'action-closed',
      'notification-dispatch',
      'notification-substitute',
    ]);
  });
});
