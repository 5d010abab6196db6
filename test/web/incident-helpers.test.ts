// The incidents screens' pure helpers: clocks and their states, list filters, the timeline, the record form's body,
// Japan-time fields, affected people typed one per line, the facts behind each ground, report drafts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { japanDayStart, japanLocalNow, japanLocalToIso, japanToday } from '../../web/src/console/forms/japan-time.ts';
import { clocksOf, isOverdue, nextDeadline } from '../../web/src/console/incidents/incident-clocks.ts';
import { applyFilters, filtersFrom, listPath } from '../../web/src/console/incidents/incident-filters.ts';
import {
  emptyIncidentForm,
  formFromIncident,
  identitiesFrom,
  incidentBody,
  incidentPatchBody,
} from '../../web/src/console/incidents/incident-form.ts';
import { groundReasons } from '../../web/src/console/incidents/incident-reasons.ts';
import { timelineOf } from '../../web/src/console/incidents/incident-timeline.ts';
import { draftItems, formText } from '../../web/src/console/incidents/report-draft.ts';
import type { IncidentDetail, IncidentRecord, ReportVersion } from '../../web/src/console/incidents/types.ts';

const NOW = new Date('2026-11-20T03:00:00Z');

function incident(over: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: 'inc-1',
    operator: 'sakura-staffing',
    title: 'Lost laptop',
    description: 'A laptop was lost on a train.',
    discoveredBy: 'Sales',
    systems: [],
    facts: {
      discoveredAt: '2026-11-18T01:00:00.000Z',
      cause: 'loss',
      items: ['health-check-results'],
      peopleAffected: 1,
      stronglyEncrypted: false,
      pseudonymisedOnly: false,
      privacyMarkHolder: false,
    },
    classification: {
      reportable: true,
      grounds: ['BR-1'],
      notifyIndividuals: true,
      deadlines: {
        preliminaryReport: '2026-11-21T14:59:59.999Z',
        confirmedReport: '2026-12-18T14:59:59.999Z',
      },
    },
    status: 'open',
    submitted: {},
    createdBy: 'user-1',
    createdAt: '2026-11-18T02:00:00.000Z',
    updatedAt: '2026-11-18T02:00:00.000Z',
    ...over,
  };
}

test('clocks: filed, overdue, due soon and running; the next one is the soonest not filed', () => {
  const base = incident();
  assert.deepEqual(
    clocksOf(base, NOW).map((c) => [c.kind, c.state]),
    [
      ['ppc-preliminary', 'due-soon'],
      ['ppc-confirmed', 'upcoming'],
    ],
  );
  assert.equal(nextDeadline(base, NOW)?.kind, 'ppc-preliminary');
  const later = new Date('2026-11-22T00:00:00Z');
  assert.equal(clocksOf(base, later)[0]?.state, 'overdue');
  assert.equal(isOverdue(base, later), true);

  const filed = incident({ submitted: { 'ppc-preliminary': '2026-11-19T00:00:00.000Z' } });
  assert.deepEqual(clocksOf(filed, later)[0], {
    kind: 'ppc-preliminary',
    due: '2026-11-21T14:59:59.999Z',
    filedAt: '2026-11-19T00:00:00.000Z',
    state: 'filed',
  });
  assert.equal(nextDeadline(filed, later)?.kind, 'ppc-confirmed');
  assert.equal(isOverdue(filed, later), false);
  assert.equal(nextDeadline(incident({ status: 'closed' }), later), undefined, 'a closed incident owes nothing');
});

test('clocks: the client notice (BR-10) and the Privacy Mark report (BR-12) have their own clocks', () => {
  const contractor = incident({
    classification: {
      reportable: false,
      grounds: [],
      notifyIndividuals: false,
      notifyClient: 'Client KK',
      deadlines: { clientNotification: '2026-11-19T14:59:59.999Z', privacyMarkReport: '2026-12-18T14:59:59.999Z' },
    },
  });
  assert.deepEqual(
    clocksOf(contractor, NOW).map((c) => [c.kind, c.state]),
    [
      ['privacy-mark', 'upcoming'],
      ['client-notification', 'overdue'],
    ],
  );
  assert.equal(nextDeadline(contractor, NOW)?.kind, 'client-notification', 'the soonest due, not the first listed');
});

test('list filters: kept in the address, status and operator to the API, the rest filtered here', () => {
  const params = new URLSearchParams('status=open&operator=sakura-hd&reportable=no&overdue=1&junk=1');
  const filters = filtersFrom(params);
  assert.deepEqual(filters, { status: 'open', operator: 'sakura-hd', reportable: 'no', overdue: true });
  assert.equal(listPath(filters), '/api/v1/incidents?status=open&operator=sakura-hd');
  assert.equal(listPath(filtersFrom(new URLSearchParams('status=everything&overdue=yes'))), '/api/v1/incidents');
  assert.deepEqual(filtersFrom(new URLSearchParams('status=everything&overdue=yes')), {});

  const reportable = incident({ id: 'a' });
  const minor = incident({
    id: 'b',
    classification: { reportable: false, grounds: [], notifyIndividuals: false, deadlines: {} },
  });
  const later = new Date('2026-11-22T00:00:00Z');
  assert.deepEqual(
    applyFilters([reportable, minor], { reportable: 'yes' }, NOW).map((i) => i.id),
    ['a'],
  );
  assert.deepEqual(
    applyFilters([reportable, minor], { reportable: 'no' }, NOW).map((i) => i.id),
    ['b'],
  );
  assert.deepEqual(
    applyFilters([reportable, minor], { overdue: true }, NOW).map((i) => i.id),
    [],
  );
  assert.deepEqual(
    applyFilters([reportable, minor], { overdue: true }, later).map((i) => i.id),
    ['a'],
  );
});

test('timeline: every record in time order, a draft before its filing at the same moment, unique keys', () => {
  const at = '2026-11-19T00:00:00.000Z';
  const report: ReportVersion = {
    incidentId: 'inc-1',
    kind: 'ppc-preliminary',
    version: 1,
    items: draftItems([], 'ppc-preliminary', 1),
    author: 'user-2',
    createdAt: at,
  };
  const detail: IncidentDetail = {
    ...incident({ submitted: { 'ppc-preliminary': at } }),
    reports: [report],
    actions: [
      {
        id: 'act-1',
        incidentId: 'inc-1',
        description: 'Encrypt laptops',
        owner: 'IT',
        dueDate: '2026-12-01',
        status: 'closed',
        createdAt: '2026-11-18T05:00:00.000Z',
        closedAt: '2026-11-25T00:00:00.000Z',
        closedBy: 'user-3',
      },
    ],
    notifications: [
      {
        id: 'n-1',
        incidentId: 'inc-1',
        kind: 'substitute',
        description: 'Announced on the website',
        recordedBy: 'user-2',
        recordedAt: '2026-11-20T00:00:00.000Z',
      },
    ],
  };
  const entries = timelineOf(detail);
  assert.deepEqual(
    entries.map((e) => e.kind),
    ['recorded', 'action-added', 'report-drafted', 'report-submitted', 'notification-substitute', 'action-closed'],
  );
  assert.equal(new Set(entries.map((e) => e.key)).size, entries.length, 'keys are unique');
  const closed = entries.find((e) => e.kind === 'action-closed');
  assert.deepEqual(closed && 'by' in closed ? closed.by : undefined, 'user-3');
});

test('record form: Japan time becomes an instant, a blank number is null, contractor fields only when given', () => {
  const form = { ...emptyIncidentForm(NOW, 'sakura-hd'), discoveredAt: '2026-11-20T10:30', cause: 'loss' as const };
  assert.equal(emptyIncidentForm(NOW, 'sakura-hd').discoveredAt, '2026-11-20T12:00');
  const body = incidentBody(form);
  assert.equal(body.facts.discoveredAt, '2026-11-20T01:30:00.000Z');
  assert.equal(body.facts.peopleAffected, null, 'blank is sent for the API to name the field');
  assert.equal('asContractorFor' in body.facts, false);
  assert.equal('clientNotified' in body.facts, false);
  const contractor = incidentBody({
    ...form,
    peopleAffected: ' 1200 ',
    asContractorFor: ' Client KK ',
    clientNotified: true,
  });
  assert.equal(contractor.facts.peopleAffected, 1200);
  assert.equal(contractor.facts.asContractorFor, 'Client KK');
  assert.equal(contractor.facts.clientNotified, true);
  assert.equal(incidentBody({ ...form, discoveredAt: '' }).facts.discoveredAt, '', 'left for the API to refuse');
});

test('changing the facts: the form shows the incident as recorded and sends it back without the operator', () => {
  const recorded = incident({
    systems: ['staffing-platform'],
    facts: { ...incident().facts, asContractorFor: 'Client KK', clientNotified: true, peopleAffected: 40 },
  });
  const form = formFromIncident(recorded);
  assert.equal(form.discoveredAt, '2026-11-18T10:00', 'Japan wall-clock time');
  assert.equal(form.peopleAffected, '40');
  assert.equal(form.asContractorFor, 'Client KK');
  const body = incidentPatchBody({ ...form, peopleAffected: '2000' });
  assert.equal('operator' in body, false, 'the PATCH schema is strict and the operator does not change');
  assert.deepEqual(body.facts, {
    discoveredAt: '2026-11-18T01:00:00.000Z',
    cause: 'loss',
    items: ['health-check-results'],
    peopleAffected: 2000,
    stronglyEncrypted: false,
    pseudonymisedOnly: false,
    privacyMarkHolder: false,
    asContractorFor: 'Client KK',
    clientNotified: true,
  });
  assert.deepEqual(body.systems, ['staffing-platform']);
});

test('Japan-time fields', () => {
  assert.equal(japanLocalNow(new Date('2026-11-20T15:30:00Z')), '2026-11-21T00:30');
  assert.equal(japanToday(new Date('2026-11-20T15:30:00Z')), '2026-11-21');
  assert.equal(japanLocalToIso('2026-01-01T00:00'), '2025-12-31T15:00:00.000Z');
  assert.equal(japanLocalToIso('2026-13-01T00:00'), '2026-13-01T00:00', 'an impossible date is passed on');
  assert.equal(japanLocalToIso('yesterday'), 'yesterday');
  assert.equal(japanDayStart('2026-04-01'), '2026-03-31T15:00:00.000Z');
  assert.equal(japanDayStart('2026-04-30', 1), '2026-04-30T15:00:00.000Z');
  assert.equal(japanDayStart(''), undefined);
});

test('affected people typed one per line become identities of the chosen kind', () => {
  assert.deepEqual(identitiesFrom('email', ' a@example.jp \n\n b@example.jp\r\n'), [
    { kind: 'email', email: 'a@example.jp' },
    { kind: 'email', email: 'b@example.jp' },
  ]);
  assert.deepEqual(identitiesFrom('staff-number', 'S-001'), [{ kind: 'staff-number', staffNumber: 'S-001' }]);
  assert.deepEqual(identitiesFrom('my-number', '123456789018'), [{ kind: 'my-number', myNumber: '123456789018' }]);
  assert.deepEqual(identitiesFrom('name-birth', '山田 太郎, 1980-04-01\n佐藤、花子、1990-01-02\nOnly Name'), [
    { kind: 'name-birth', name: '山田 太郎', birthDate: '1980-04-01' },
    { kind: 'name-birth', name: '佐藤、花子', birthDate: '1990-01-02' },
    { kind: 'name-birth', name: 'Only Name' },
  ]);
});

test('the facts behind each ground: flagged items, the cause, people against the thresholds', () => {
  const flags = new Map([
    ['health-check-results', { specialCare: true, financial: false, myNumber: false }],
    ['bank-account', { specialCare: false, financial: true, myNumber: false }],
    ['my-number', { specialCare: false, financial: false, myNumber: true }],
  ]);
  const subject = incident({
    facts: {
      ...incident().facts,
      cause: 'ransomware',
      items: ['health-check-results', 'bank-account', 'my-number', 'name'],
      peopleAffected: 1500,
    },
    classification: { ...incident().classification, grounds: ['BR-1', 'BR-2', 'BR-3', 'BR-4', 'MN-5'] },
  });
  const rules = { peopleThreshold: 1000, myNumberPeopleThreshold: 100 };
  assert.deepEqual(
    groundReasons(subject, (id) => flags.get(id), rules),
    [
      { ground: 'BR-1', items: ['health-check-results'] },
      { ground: 'BR-2', items: ['bank-account'] },
      { ground: 'BR-3', items: [], cause: 'ransomware' },
      { ground: 'BR-4', items: [], people: 1500, threshold: 1000 },
      { ground: 'MN-5', items: ['my-number'], people: 1500, threshold: 100 },
    ],
  );
  assert.deepEqual(groundReasons(subject, () => undefined)[3], { ground: 'BR-4', items: [], people: 1500 });
  assert.deepEqual(
    groundReasons(incident({ classification: { ...incident().classification, grounds: [] } }), () => undefined),
    [],
  );
});

test('a new report version starts from the newest of its kind, else the newest of any, else blank', () => {
  const version = (kind: ReportVersion['kind'], n: number, createdAt: string, summary: string): ReportVersion => ({
    incidentId: 'inc-1',
    kind,
    version: n,
    items: { ...draftItems([], kind, 0), summary },
    author: 'user-1',
    createdAt,
  });
  const blank = draftItems([], 'ppc-preliminary', 12);
  assert.equal(blank.peopleAffected, '12');
  assert.equal(blank.summary, '');
  assert.equal(Object.keys(blank).length, 9, 'the nine BR-9 items');
  const reports = [
    version('ppc-preliminary', 1, '2026-11-18T00:00:00.000Z', 'p1'),
    version('ppc-preliminary', 2, '2026-11-19T00:00:00.000Z', 'p2'),
    version('privacy-mark', 1, '2026-11-20T00:00:00.000Z', 'm1'),
  ];
  assert.equal(draftItems(reports, 'ppc-preliminary', 0).summary, 'p2');
  assert.equal(draftItems(reports, 'ppc-confirmed', 0).summary, 'm1');
  assert.equal(
    formText([
      { no: 1, label: '概要', value: 'lost' },
      { no: 2, label: '項目', value: '' },
    ]),
    '1. 概要\nlost\n\n2. 項目\n',
  );
});
