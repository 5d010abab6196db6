// The retention API over a demo HR database (SQLite) and a SQLite store: plan, holds, a run started over HTTP and
// followed to its certificate (JSON with its evidence entry, and PDF), a contractor's certificate, and the rules
// for callers scoped to one operator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { testDialects } from '../support/test-databases.ts';
import { createRetentionFixture, type RetentionFixture } from './retention-fixture.ts';

const staff = user('privacy-1', ['privacy-staff']);
const auditor = user('auditor-1', ['auditor']);
const scoped = user('privacy-2', ['privacy-staff'], ['sakura-staffing']);
const PDF = Buffer.from('%PDF-1.4\n% a contractor certificate (synthetic)\n%%EOF\n');

describe('retention API', () => {
  let r: RetentionFixture;
  let app: ReturnType<typeof createApp>;
  let principal: Principal = staff;
  const call = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    return app.request(path, init);
  };
  const as = (p: Principal) => {
    principal = p;
  };
  before(async () => {
    r = await createRetentionFixture('sqlite', testDialects()[0]!);
    const authenticate: MiddlewareHandler = async (c, next) => {
      c.set('principal' as never, principal as never);
      await next();
    };
    app = createApp({
      store: r.store,
      clock: r.deps.clock,
      logger: silentLogger,
      evidence: r.store.evidence,
      policies: new PolicyHolder(r.store, { refreshMs: 0 }),
      evidenceKeys: TEST_EVIDENCE_KEYS,
      authenticate,
      retention: { datasets: r.deps.datasets, run: { batchSize: 25 } },
    });
  });
  after(() => r?.close());

  test('auditors read the plan; a caller scoped to one operator does not see the group-wide HR database', async () => {
    as(auditor);
    const plan = (await (await call('GET', '/api/v1/retention/plan')).json()) as any;
    assert.equal(plan.systems[0].system, 'hr-database');
    assert.ok(plan.totals.due > 0);
    const future = (await (await call('GET', '/api/v1/retention/plan?asOf=2030-01-01')).json()) as any;
    assert.ok(future.totals.due > plan.totals.due, 'more is due later');
    as(scoped);
    const mine = (await (await call('GET', '/api/v1/retention/plan')).json()) as any;
    assert.deepEqual(mine.systems, []);
    assert.equal((await call('POST', '/api/v1/retention/runs', { systems: ['hr-database'] })).status, 404);
    const bad = await call('GET', '/api/v1/retention/plan?asOf=tomorrow');
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as any).issues[0].path, 'asOf');
  });

  test('holds: a person hold takes an identity it never shows again; bad input names the field', async () => {
    as(staff);
    const [row] = await r.fx.raw("SELECT staff_number FROM staff WHERE employment_end < '2021-01-01' ORDER BY id");
    const res = await call('POST', '/api/v1/retention/holds', {
      scope: { kind: 'person', subject: 'case-2026-014' },
      identity: { kind: 'staff-number', staffNumber: row!.staff_number },
      reason: '労働審判の係属中',
      owner: '法務部',
    });
    assert.equal(res.status, 201);
    const hold = (await res.json()) as any;
    const list = (await (await call('GET', '/api/v1/retention/holds?active=true')).json()) as any;
    assert.deepEqual(
      list.items.map((h: any) => h.id),
      [hold.id],
    );
    assert.doesNotMatch(JSON.stringify(list), new RegExp(String(row!.staff_number)));
    const refused = await call('POST', '/api/v1/retention/holds', {
      scope: { kind: 'person', subject: 'someone@example.com' },
      reason: 'x',
      owner: 'y',
    });
    assert.equal(refused.status, 400);
    assert.equal(((await refused.json()) as any).issues[0].path, 'scope.subject');
    const noIdentity = await call('POST', '/api/v1/retention/holds', {
      scope: { kind: 'person', subject: 'case-1' },
      reason: 'x',
      owner: 'y',
    });
    assert.equal(noIdentity.status, 400);
    as(auditor);
    assert.equal((await call('POST', `/api/v1/retention/holds/${hold.id}/release`, { reason: 'x' })).status, 403);
  });

  test('a run started over HTTP is followed to its certificate; a second start while one is active is refused', async () => {
    as(staff);
    const started = await call('POST', '/api/v1/retention/runs', {});
    assert.equal(started.status, 202);
    const job = (await started.json()) as any;
    assert.ok(job.totals.planned > 0);
    let view: any;
    for (let i = 0; i < 200; i++) {
      view = await (await call('GET', `/api/v1/retention/runs/${job.id}`)).json();
      if (view.status !== 'queued' && view.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(view.status, 'completed');
    assert.equal(view.totals.disposed, view.totals.planned);
    assert.equal(view.totals.percent, 100);
    assert.ok(view.targets.every((t: any) => t.state === 'done' || t.state === 'contractor'));
    assert.equal((await call('POST', `/api/v1/retention/runs/${job.id}/cancel`)).status, 409, 'over');

    as(auditor);
    const cert = (await (await call('GET', `/api/v1/retention/certificates/${view.certificateId}`)).json()) as any;
    assert.equal(cert.verification.ok, true);
    assert.equal(cert.requestedBy, 'privacy-1');
    assert.ok(cert.evidence.seq > 0);
    assert.ok(cert.holds.length === 1 && cert.totals.held > 0, 'the person hold is reported');
    const pdf = await call('GET', `/api/v1/retention/certificates/${view.certificateId}?format=pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
      '%PDF',
    );

    // Another job active (a run of another node): the start is refused, naming it.
    await r.store.retention.createJob(
      { ...(await r.store.retention.job(job.id))!, id: 'disposal-other-node', createdAt: new Date() },
      [],
    );
    as(staff);
    const conflict = await call('POST', '/api/v1/retention/runs', {});
    assert.equal(conflict.status, 409);
    assert.match(((await conflict.json()) as any).message, /disposal-other-node/);
    assert.equal((await call('POST', '/api/v1/retention/runs/disposal-other-node/cancel')).status, 200);
  });

  test("a contractor's disposal is recorded with their certificate attached and returned byte for byte", async () => {
    as(staff);
    const body = {
      contractor: 'minato-printing',
      rule: 'payslip-print-data',
      rows: 1200,
      disposedOn: '2026-03-25',
      method: '裁断・溶解処理',
      certificate: { fileName: '消去証明書.pdf', mediaType: 'application/pdf', content: PDF.toString('base64') },
    };
    const res = await call('POST', '/api/v1/retention/contractor-disposals', body);
    assert.equal(res.status, 201, await res.clone().text());
    const cert = (await res.json()) as any;
    assert.equal(cert.contractor.rows, 1200);
    const file = await call('GET', `/api/v1/retention/certificates/${cert.id}/document`);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF);
    const renamed = await call('POST', '/api/v1/retention/contractor-disposals', {
      ...body,
      certificate: { ...body.certificate, mediaType: 'image/png' },
    });
    assert.equal(renamed.status, 400);
    assert.equal(((await renamed.json()) as any).issues[0].path, 'document.content');
    const unknown = await call('POST', '/api/v1/retention/contractor-disposals', { ...body, contractor: 'nobody' });
    assert.equal(((await unknown.json()) as any).issues[0].path, 'contractor');
    as(scoped);
    assert.equal((await call('GET', `/api/v1/retention/certificates/${cert.id}`)).status, 404);
  });
});
