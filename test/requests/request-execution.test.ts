// Executing a request is exactly once: `approved` -> `executing` (claimed) -> `executed` (what was done recorded);
// a second execute is 409 `already-executed`, also when two API nodes sharing PostgreSQL race for it; a type that
// is carried out cannot be answered before it is (409 `not-executed`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AppError } from '../../src/core/app-error.ts';
import { EXECUTION_LEASE_MS } from '../../src/core/requests/request-transitions.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { createHrDatabase, type HrDatabase } from './hr-database.ts';
import { json, PNG, type RequestApp, requestApp, step } from './request-app.ts';

// One company database per dialect's suite: erasures change it.
let hr: HrDatabase;

/** The n-th staff member of the demo database: e-mail and Mamori subject id. */
async function staff(n: number): Promise<{ email: string; subjectId: string; id: number }> {
  const [row] = await hr.query('SELECT id, email FROM staff WHERE email IS NOT NULL ORDER BY id OFFSET $1 LIMIT 1', [
    n,
  ]);
  return { email: String(row?.email), subjectId: `staff-${String(row?.id)}`, id: Number(row?.id) };
}

/** Public intake, then staff work it up to approval (hana reviews, ken approves). */
async function approved(ra: RequestApp, type: string, n: number, details: object = {}): Promise<string> {
  const person = await staff(n);
  const res = await ra.call('anonymous', 'POST', '/privacy/requests', {
    operator: 'sakura-staffing',
    type,
    requester: { kind: 'self', identity: { kind: 'email', email: person.email }, contact: { email: person.email } },
    replyMethod: 'electronic',
    details,
    documents: [{ kind: 'identity', fileName: 'licence.png', mediaType: 'image/png', content: PNG }],
  });
  assert.equal(res.status, 201, JSON.stringify(await res.clone().json()));
  const found = await ra.store.requests.byTrackingCode((await json(res)).trackingCode);
  const id = found?.id ?? '';
  const verified = await step(ra, 'hana', id, 'verify-identity', {
    documents: ['licence'],
    subjectId: person.subjectId,
  });
  if (verified.request.status === 'fee') await step(ra, 'hana', id, 'record-payment', { method: 'bank-transfer' });
  await step(ra, 'hana', id, 'search');
  await step(ra, 'hana', id, 'review');
  assert.equal((await step(ra, 'ken', id, 'approve')).request.status, 'approved');
  return id;
}

const actions = async (ra: RequestApp, id: string) => (await ra.store.requests.events(id)).map((e) => e.action);

for (const dialect of testDialects()) {
  describe(`executing requests on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let node: RequestApp;
    before(async () => {
      hr = await createHrDatabase(60);
      database = await dialect.createDatabase();
      node = await requestApp({ config: database.config, datasets: [hr.binding()] });
    });
    after(async () => {
      await node.close();
      await database.drop();
      await hr.close();
    });

    test('an erasure is answered only once executed; executed once, then 409 already-executed', async () => {
      const person = await staff(1);
      const id = await approved(node, 'erasure', 1);
      await step(node, 'ken', id, 'prepare-response', { lang: 'ja' });
      const early = await node.call('ken', 'POST', `/api/v1/requests/${id}/deliver`, {});
      assert.equal(early.status, 409);
      assert.equal((await json(early)).rule, 'not-executed');

      const done = await step(node, 'ken', id, 'execute');
      assert.equal(done.request.status, 'executed');
      assert.equal(done.request.execution.startedBy, 'ken');
      assert.ok(done.request.execution.finishedAt);
      assert.equal(done.request.execution.summary.kind, 'erasure');
      assert.equal(done.result?.kind, 'erasure');
      const [row] = await hr.query('SELECT email FROM staff WHERE id = $1', [person.id]);
      assert.notEqual(row?.email, person.email, 'the e-mail address is gone from the company database');

      for (const who of ['ken', 'hana'] as const) {
        const again = await node.call(who, 'POST', `/api/v1/requests/${id}/execute`);
        assert.equal(again.status, 409);
        const body = await json(again);
        assert.equal(body.code, 'CONFLICT');
        assert.equal(body.rule, 'already-executed');
      }
      const stale = await node.call('ken', 'POST', `/api/v1/requests/${id}/deliver`, {});
      assert.equal((await json(stale)).rule, 'not-prepared', 'the letter prepared before the erasure is not sent');
      await step(node, 'ken', id, 'prepare-response', { lang: 'en' });
      assert.equal((await step(node, 'ken', id, 'deliver', {})).request.status, 'response-sent');
      const trail = await actions(node, id);
      assert.equal(trail.filter((a) => a === 'begin-execution').length, 1);
      assert.equal(trail.filter((a) => a === 'complete-execution').length, 1);
      const evidence = (await node.store.evidence.list({ type: 'request', limit: 1000 })).filter(
        (e) => e.payload.request === id,
      );
      assert.deepEqual(
        evidence.map((e) => e.payload.action),
        trail,
        'one evidence entry per step, in order',
      );
      const complete = evidence.find((e) => e.payload.action === 'complete-execution');
      assert.equal(
        (complete?.payload.note as { kind?: string } | undefined)?.kind,
        'erasure',
        'what was done is in the evidence',
      );
    });

    test('a disclosure is not carried out (409 not-executable); concurrent executes on one node claim once', async () => {
      const disclosure = await approved(node, 'disclosure', 2);
      const refused = await node.call('ken', 'POST', `/api/v1/requests/${disclosure}/execute`);
      assert.equal(refused.status, 409);
      assert.equal((await json(refused)).rule, 'not-executable');

      const person = await staff(3);
      const id = await approved(node, 'suspension-of-use', 3, { purpose: 'staff-matching' });
      const results = await Promise.all(
        [0, 1, 2, 3].map(() => node.call('ken', 'POST', `/api/v1/requests/${id}/execute`)),
      );
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) assert.equal((await json(r)).rule, 'already-executed');
      const suspensions = (await node.store.suspensions.listForSubject(person.subjectId)).filter(
        (s) => s.requestId === id,
      );
      assert.equal(suspensions.length, 1, 'the suspension was recorded once');
    });

    test('a failed execution hands the claim back: approved again, recorded, and tried again', async () => {
      const id = await approved(node, 'correction', 6, {
        corrections: [{ item: 'phone', values: { not_a_column: '090-0000-0000' } }],
      });
      for (let attempt = 0; attempt < 2; attempt++) {
        const failed = await node.call('ken', 'POST', `/api/v1/requests/${id}/execute`);
        assert.equal(failed.status, 400, 'the correction names a column the annotations do not have');
        assert.equal((await node.store.requests.get(id))?.status, 'approved');
      }
      const trail = await actions(node, id);
      assert.deepEqual(trail.slice(-4), ['begin-execution', 'fail-execution', 'begin-execution', 'fail-execution']);
    });

    test('a claim left by a node that died after suspending is taken over after the lease, without a second suspension', async () => {
      const person = await staff(7);
      const id = await approved(node, 'suspension-of-use', 7, { purpose: 'staff-matching' });
      const requests = node.store.requests as { update: typeof node.store.requests.update };
      const update = requests.update.bind(requests);
      // The node dies after the suspension is written: its completion never reaches the database.
      requests.update = async (after, version, event, writes) => {
        if (event.action === 'complete-execution') throw new Error('node lost');
        return update(after, version, event, writes);
      };
      try {
        assert.equal((await node.call('ken', 'POST', `/api/v1/requests/${id}/execute`)).status, 500);
      } finally {
        requests.update = update;
      }
      assert.equal((await node.store.requests.get(id))?.status, 'executing');
      const soon = await node.call('ken', 'POST', `/api/v1/requests/${id}/execute`);
      assert.equal(soon.status, 409, 'within the lease the claim still holds');
      const later = await requestApp({
        config: database.config,
        datasets: [hr.binding()],
        clock: { now: () => new Date(Date.now() + EXECUTION_LEASE_MS + 60_000) },
      });
      try {
        const takeover = await later.call('ken', 'POST', `/api/v1/requests/${id}/execute`);
        assert.equal(takeover.status, 200, JSON.stringify(await takeover.clone().json()));
        assert.equal((await later.store.requests.get(id))?.status, 'executed');
        const made = (await later.store.suspensions.listForSubject(person.subjectId)).filter((s) => s.requestId === id);
        assert.equal(made.length, 1, 'the suspension the dead node recorded, not a second one');
        assert.equal((await json(takeover)).result.suspension.id, made[0]?.id, 'the summary names that suspension');
        // A node that was slow, not dead, writing its suspension now: the database keeps one per request.
        await assert.rejects(
          later.store.suspensions.add({ ...(made[0] as NonNullable<(typeof made)[0]>), id: 'late-node-suspension' }),
          (error: AppError) => error.code === 'CONFLICT' && error.details.rule === 'suspension-recorded',
        );
      } finally {
        await later.close();
      }
    });

    if (dialect.kind !== 'postgres') return;

    test('two API nodes sharing PostgreSQL race to execute: exactly one claims, the others get 409', async () => {
      const second = await requestApp({ config: database.config, datasets: [hr.binding()] });
      try {
        for (const [type, n, details] of [
          ['suspension-of-provision', 4, { recipient: 'client-companies' }],
          ['erasure', 5, {}],
        ] as const) {
          const id = await approved(node, type, n, details);
          const calls = [node, second, node, second, node, second].map((ra) =>
            ra.call('ken', 'POST', `/api/v1/requests/${id}/execute`),
          );
          const results = await Promise.all(calls);
          assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409, 409, 409, 409], `${type}: one winner`);
          for (const r of results.filter((x) => x.status === 409)) {
            assert.equal((await json(r)).rule, 'already-executed');
          }
          const trail = await actions(second, id);
          assert.equal(trail.filter((a) => a === 'begin-execution').length, 1, `${type}: claimed once`);
          assert.equal((await second.store.requests.get(id))?.status, 'executed');
          if (type === 'suspension-of-provision') {
            const person = await staff(n);
            const made = (await second.store.suspensions.listForSubject(person.subjectId)).filter(
              (s) => s.requestId === id,
            );
            assert.equal(made.length, 1, 'carried out once');
          }
        }
      } finally {
        await second.close();
      }
    });
  });
}

test('the store refuses a stale claim: of two updates from the same version, one lands', async () => {
  // The compare-and-set under the claim, directly on the store port (both dialects are covered above over HTTP).
  for (const dialect of testDialects()) {
    const database = await dialect.createDatabase();
    const store = await openStore(database.config);
    try {
      const base = {
        id: 'r1',
        trackingCode: 'AAAA-BBBB-CCCC-DDDD',
        channel: 'staff' as const,
        operator: 'op',
        type: 'erasure' as const,
        status: 'approved' as const,
        requester: {
          kind: 'self' as const,
          identity: { kind: 'staff-number' as const, staffNumber: 'S1' },
          contact: {},
        },
        replyMethod: 'paper' as const,
        details: {},
        receivedAt: new Date('2026-04-01T00:00:00Z'),
        dueAt: new Date('2026-04-15T00:00:00Z'),
        fee: { amount: 0 },
        duplicateKey: 'k',
        updatedAt: new Date('2026-04-01T00:00:00Z'),
        version: 1,
      };
      const event = {
        requestId: 'r1',
        seq: 1,
        at: base.updatedAt,
        actor: 't',
        action: 'submit',
        to: 'approved' as const,
      };
      await store.requests.create(base, event);
      const claim = (by: string) =>
        store.requests.update(
          { ...base, status: 'executing', version: 2, execution: { startedBy: by, startedAt: new Date() } },
          1,
          { ...event, seq: 2, action: 'begin-execution', from: 'approved', to: 'executing' },
          {
            evidence: [
              {
                type: 'request',
                actor: by,
                at: new Date(),
                payload: { request: 'r1', action: 'begin-execution' },
              },
            ],
          },
        );
      const outcomes = await Promise.all([claim('a'), claim('b'), claim('c')]);
      assert.deepEqual(outcomes.map(String).sort(), ['false', 'false', 'true']);
      const entries = await store.evidence.list({ type: 'request', limit: 10 });
      assert.equal(entries.length, 1, `${dialect.kind}: only the winner's evidence is in the chain`);
      assert.equal(entries[0]?.actor, (await store.requests.get('r1'))?.execution?.startedBy);
    } finally {
      await store.close();
      await database.drop();
    }
  }
});
