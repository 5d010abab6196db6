import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { breachRulesFor, setBreachRules } from '../../src/app/incidents/breach-rules-settings.ts';
import { type IncidentInput, recordIncident } from '../../src/app/incidents/record-incident.ts';
import { DEFAULT_BREACH_RULES } from '../../src/core/incidents/breach-rules.ts';
import { type ManagementFixture, managementFixture } from '../management/management-fixture.ts';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';
import { testDialects } from '../support/test-databases.ts';

const input = (operator: string, peopleAffected = 1200): IncidentInput => ({
  operator,
  title: 'lost USB stick',
  description: 'synthetic',
  discoveredBy: '総務部',
  systems: [],
  facts: {
    discoveredAt: new Date('2026-07-01T03:00:00Z'),
    cause: 'loss',
    items: ['name'],
    peopleAffected,
    stronglyEncrypted: false,
    pseudonymisedOnly: false,
    privacyMarkHolder: false,
  },
});
const endOf = (date: string) => new Date(`${date}T23:59:59.999+09:00`).toISOString();

for (const dialect of testDialects()) {
  describe(`breach rules per operator on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock });
    before(async () => {
      f = await managementFixture(dialect, '2026-07-01T05:00:00Z');
    });
    after(() => f.close());

    test('defaults from the notes until an operator sets its own; open incidents follow; others keep theirs', async () => {
      assert.deepEqual(await breachRulesFor(deps(), 'sakura-career'), {
        operator: 'sakura-career',
        rules: DEFAULT_BREACH_RULES,
        source: 'default',
      });
      const career = await recordIncident(deps(), input('sakura-career'), 'carol');
      const staffing = await recordIncident(deps(), input('sakura-staffing'), 'carol');
      assert.equal(career.classification.deadlines.preliminaryReport?.toISOString(), endOf('2026-07-04'));
      const set = await setBreachRules(deps(), 'sakura-career', { preliminaryDays: 5, peopleThreshold: 2000 }, 'admin');
      assert.equal(set.reclassified, 1);
      assert.deepEqual(set.rules, { ...DEFAULT_BREACH_RULES, preliminaryDays: 5, peopleThreshold: 2000 });
      const after = await f.store.incidents.get(career.id);
      assert.equal(after?.classification.reportable, false, '1,200 people is under the operator’s BR-4 threshold');
      const next = await recordIncident(deps(), input('sakura-career', 2500), 'carol');
      assert.equal(next.classification.deadlines.preliminaryReport?.toISOString(), endOf('2026-07-06'), '5 days');
      assert.equal(
        (await f.store.incidents.get(staffing.id))?.classification.deadlines.preliminaryReport?.toISOString(),
        endOf('2026-07-04'),
        'another operator keeps the defaults',
      );
      const changed = await setBreachRules(deps(), 'sakura-career', { confirmedDays: 25 }, 'admin');
      assert.equal(changed.rules.preliminaryDays, 5, 'fields not given keep their value');
      const management = await f.store.evidence.list({ type: 'management', limit: 100 });
      assert.deepEqual(
        management.map((e) => [e.payload.action, e.payload.operator]),
        [
          ['breach-rules-set', 'sakura-career'],
          ['breach-rules-set', 'sakura-career'],
        ],
      );
      const incidents = await f.store.evidence.list({ type: 'incident', limit: 100 });
      assert.ok(incidents.some((e) => e.payload.action === 'reclassified' && e.payload.incident === career.id));
    });

    test('invalid rules and unknown operators are refused, naming the field', async () => {
      await assert.rejects(
        setBreachRules(deps(), 'sakura-hd', { confirmedDays: 2 }, 'admin'),
        (e: { issues?: { path: string }[] }) => e.issues?.[0]?.path === 'confirmedDays',
      );
      await assert.rejects(setBreachRules(deps(), 'nobody', {}, 'admin'), { code: 'NOT_FOUND' });
    });
  });
}

describe('breach rules over HTTP', () => {
  let t: AuthorizedApp;
  before(async () => {
    t = await authorizedApp();
  });
  after(() => t.close());

  test('read by staff and auditors, changed by staff of the operator; another operator is not found', async () => {
    t.as(user('dave', ['auditor']));
    const read = await t.call('GET', '/api/v1/breach-rules/sakura-staffing');
    assert.equal(read.status, 200);
    assert.equal(((await read.json()) as { source: string }).source, 'default');
    assert.equal((await t.call('PUT', '/api/v1/breach-rules/sakura-staffing', { preliminaryDays: 4 })).status, 403);
    t.as(user('carol', ['privacy-staff'], ['sakura-staffing']));
    const put = await t.call('PUT', '/api/v1/breach-rules/sakura-staffing', { preliminaryDays: 4 });
    assert.equal(put.status, 200);
    assert.equal(((await put.json()) as { rules: { preliminaryDays: number } }).rules.preliminaryDays, 4);
    const bad = await t.call('PUT', '/api/v1/breach-rules/sakura-staffing', { preliminaryDays: 0 });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path, 'preliminaryDays');
    assert.equal((await t.call('GET', '/api/v1/breach-rules/sakura-career')).status, 404);
    assert.equal((await t.call('PUT', '/api/v1/breach-rules/sakura-career', {})).status, 404);
    t.as(user('root', ['administrator']));
    assert.equal((await t.call('GET', '/api/v1/breach-rules/nobody')).status, 404);
  });

  test('BR-11 without a connected company database is refused with a reason; BR-10 needs a contractor incident', async () => {
    t.as(user('carol', ['privacy-staff']));
    const created = await t.call('POST', '/api/v1/incidents', {
      operator: 'sakura-staffing',
      title: 'misdelivery',
      description: 'synthetic',
      discoveredBy: '営業部',
      facts: { discoveredAt: '2026-07-01T03:00:00Z', cause: 'misdelivery', items: ['name'], peopleAffected: 1 },
    });
    const { id } = (await created.json()) as { id: string };
    const notify = await t.call('POST', `/api/v1/incidents/${id}/notifications/affected-people`, {
      identities: [{ kind: 'email', email: 'someone@example.jp' }],
      notice: { summary: 's', personalData: 'p', cause: 'c' },
    });
    assert.equal(notify.status, 409);
    const client = await t.call('POST', `/api/v1/incidents/${id}/client-notification`, { channel: 'phone' });
    assert.equal(client.status, 409);
    const letter = await t.call('GET', `/api/v1/incidents/${id}/notifications/none/letter`);
    assert.equal(letter.status, 404);
  });
});
