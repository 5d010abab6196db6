// Statistics with small-cell suppression and PS-1/AN-1 extracts over a generated company database on every engine,
// cross-checked against the engine's own GROUP BY; then the same over HTTP with scoping, and re-identification refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import type { ConnectorEngine } from '../../src/app/connector.ts';
import type { DeidentifiedDeps } from '../../src/app/deidentified/deidentified-deps.ts';
import { produceExtract } from '../../src/app/deidentified/produce-extract.ts';
import { produceStatistics } from '../../src/app/deidentified/produce-statistics.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { AppError } from '../../src/core/app-error.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { createDemoFixture, type DemoFixture, TEST_KEY, TEST_PSEUDONYM_KEY } from '../connectors/demo-fixture.ts';
import { user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { testDialects } from '../support/test-databases.ts';
import { mysqlSkipped } from '../support/test-mariadb.ts';
import { type ManagementFixture, managementFixture } from './management-fixture.ts';

const dialects = testDialects();
const engines: ConnectorEngine[] = [
  'sqlite',
  ...(dialects.length > 1 ? (['postgres'] as const) : []),
  ...(mysqlSkipped() ? [] : (['mysql'] as const)),
];

for (const engine of engines) {
  describe(`statistics and de-identified extracts from ${engine}`, () => {
    let company: DemoFixture;
    let f: ManagementFixture;
    let deps: DeidentifiedDeps;
    before(async () => {
      company = await createDemoFixture(engine, 150);
      f = await managementFixture(
        (engine === 'sqlite' ? dialects[0] : dialects.at(-1)) as (typeof dialects)[0],
        '2026-04-01T00:00:00Z',
      );
      deps = { store: f.store, clock: f.clock, datasets: [company.binding] };
    });
    after(async () => {
      await f.close();
      await company.close();
    });

    test('people per cell match the engine’s own count; small cells are suppressed', async () => {
      const truth = await company.raw(
        'SELECT prefecture, gender, COUNT(DISTINCT id) AS n FROM staff GROUP BY prefecture, gender',
      );
      const expected = new Map(truth.map((r) => [JSON.stringify([r.prefecture, r.gender]), Number(r.n)]));
      // A threshold between the smallest and the largest cell, so both kinds of cell occur.
      const sizes = [...expected.values()].sort((a, b) => a - b);
      const minimum = (sizes[Math.floor(sizes.length / 2)] as number) + 1;
      assert.ok((sizes[0] as number) < minimum && minimum <= (sizes.at(-1) as number), `${sizes}`);
      // The deployment's floor at 1 here, so the request's threshold is the one in force.
      const table = await produceStatistics(
        { ...deps, minimumCount: 1 },
        {
          system: 'hr-database',
          table: 'staff',
          dimensions: [{ column: 'prefecture' }, { column: 'gender' }],
          minimumCount: minimum,
        },
      );
      assert.equal(table.minimumCount, minimum);
      assert.equal(table.cells.length, expected.size);
      for (const cell of table.cells) {
        const n = expected.get(JSON.stringify(cell.values)) as number;
        assert.equal(cell.suppressed, n < minimum, JSON.stringify(cell.values));
        assert.equal(cell.count, n < minimum ? null : n);
      }
      assert.ok(table.suppressedCells > 0 && table.cells.some((c) => !c.suppressed), 'both kinds of cell occur');
      const [{ total } = { total: 0 }] = await company.raw('SELECT COUNT(*) AS total FROM staff');
      assert.equal(table.rowsRead, Number(total));
      assert.equal(
        table.publishedTotal,
        table.cells.reduce((s, c) => s + (c.count ?? 0), 0),
      );
    });

    test('rows of a child table count their person once per cell; the ledger’s minimum cell size is a floor', async () => {
      const table = await produceStatistics(deps, {
        system: 'hr-database',
        table: 'assignments',
        dimensions: [{ column: 'job_title' }],
        definition: 'wage-statistics',
        minimumCount: 2,
      });
      assert.equal(table.minimumCount, 10, 'wage-statistics publishes no cell under 10 people');
      const truth = await company.raw(
        'SELECT job_title, COUNT(DISTINCT staff_id) AS n FROM assignments GROUP BY job_title',
      );
      for (const row of truth) {
        const cell = table.cells.find((c) => c.values[0] === row.job_title);
        assert.equal(cell?.count, Number(row.n) < 10 ? null : Number(row.n), String(row.job_title));
      }
      const floored = await produceStatistics(
        { ...deps, minimumCount: 1000 },
        { system: 'hr-database', table: 'assignments', dimensions: [{ column: 'job_title' }] },
      );
      assert.ok(
        floored.cells.every((c) => c.suppressed),
        'the configured floor wins over the request',
      );
    });

    test('identifying or unannotated dimensions and foreign items are refused, naming the field', async () => {
      await assert.rejects(
        produceStatistics(deps, {
          system: 'hr-database',
          table: 'staff',
          dimensions: [{ column: 'email' }, { column: 'favourite_colour' }, { column: 'prefecture' }],
          definition: 'wage-statistics',
        }),
        (e: { issues?: { path: string }[] }) =>
          JSON.stringify(e.issues?.map((i) => i.path)) ===
          JSON.stringify(['dimensions.0.column', 'dimensions.1.column', 'dimensions.2.column']),
      );
      const byYear = await produceStatistics(deps, {
        system: 'hr-database',
        table: 'staff',
        dimensions: [{ column: 'birth_date', generalise: { to: 'year' } }],
      });
      assert.ok(
        byYear.cells.every((c) => /^\d{4}$/.test(String(c.values[0]))),
        'a generalised identifier is a dimension',
      );
      await assert.rejects(produceStatistics(deps, { system: 'payroll', table: 'x', dimensions: [{ column: 'y' }] }), {
        code: 'NOT_FOUND',
      });
    });

    test('PS-1: identifiers removed, keys replaced by a keyed hash, the same every run, never the key', async () => {
      const extract = await produceExtract(deps, {
        definition: 'matching-dataset',
        system: 'hr-database',
        table: 'candidates',
      });
      assert.equal(extract.kind, 'pseudonymised');
      assert.deepEqual(
        extract.columns.map((c) => c.name),
        ['pseudonym', 'desired_job', 'assessment_note'],
      );
      const [{ n } = { n: 0 }] = await company.raw('SELECT COUNT(*) AS n FROM candidates');
      assert.equal(extract.rows.length, Number(n));
      const raw = await company.raw('SELECT id, email, family_name FROM candidates');
      const text = JSON.stringify(extract.rows);
      for (const r of raw) {
        assert.ok(!text.includes(String(r.email)), 'no e-mail address');
        assert.ok(!text.includes(`"${String(r.family_name)}"`), 'no name');
      }
      assert.ok(extract.rows.every((r) => /^[0-9a-f]{32}$/.test(String(r.pseudonym))));
      assert.equal(new Set(extract.rows.map((r) => r.pseudonym)).size, extract.rows.length, 'one per row');
      const again = await produceExtract(deps, {
        definition: 'matching-dataset',
        system: 'hr-database',
        table: 'candidates',
      });
      assert.deepEqual(again.rows, extract.rows, 'stable, so two extracts can be analysed together');
      assert.ok(!text.includes('test-only-hash-key'), 'the key is not in the output');
      // PS-1: made with the pseudonym key, so the matching key (used by request searches) cannot recompute them.
      const [first] = await company.raw('SELECT id FROM candidates ORDER BY id');
      const input = `pseudonym:matching-dataset:candidates:${String(first?.id)}`;
      const pseudonyms = new Set(extract.rows.map((r) => String(r.pseudonym)));
      assert.ok(pseudonyms.has(TEST_PSEUDONYM_KEY(input).slice(0, 32)));
      assert.ok(!pseudonyms.has(TEST_KEY(input).slice(0, 32)));
    });

    test('PS-1: no pseudonym key configured, no pseudonymised extract (the matching key is never used)', async () => {
      const { pseudonymHash: _, ...withoutKey } = company.binding;
      await assert.rejects(
        produceExtract(
          { ...deps, datasets: [withoutKey] },
          {
            definition: 'matching-dataset',
            system: 'hr-database',
            table: 'candidates',
          },
        ),
        (error: AppError) => error.code === 'UNPROCESSABLE' && /pseudonymKeyRef/.test(error.message),
      );
    });

    test('AN-1: generalised, no link back, every remaining row shared by at least k rows; published items', async () => {
      const extract = await produceExtract(deps, {
        definition: 'labour-market-dataset',
        system: 'hr-database',
        table: 'assignments',
      });
      assert.deepEqual(
        extract.columns.map((c) => c.name),
        ['job_title', 'start_on', 'hourly_wage', 'weekly_hours'],
      );
      assert.equal(extract.resultItems.length, 5, 'the items the notice publishes come with it');
      assert.equal(extract.rows.length + extract.suppressedRows, extract.rowsRead);
      const counts = new Map<string, number>();
      for (const row of extract.rows) counts.set(JSON.stringify(row), (counts.get(JSON.stringify(row)) ?? 0) + 1);
      assert.ok(
        [...counts.values()].every((c) => c >= 3),
        'k = 3 (minimumCellSize)',
      );
      for (const row of extract.rows) {
        assert.match(String(row.start_on), /^\d{4}-\d{2}$/);
        assert.equal(Number(row.hourly_wage) % 100, 0);
        assert.match(String(row.weekly_hours), /^\d+-\d+$/);
        assert.ok(!('id' in row) && !('staff_id' in row) && !('pseudonym' in row));
      }
      await assert.rejects(
        produceExtract(deps, { definition: 'wage-statistics', system: 'hr-database', table: 'assignments' }),
        (e: { issues?: { path: string }[] }) => e.issues?.[0]?.path === 'definition',
      );
    });
  });
}

describe('statistics, extracts and re-identification over HTTP', () => {
  let company: DemoFixture;
  let f: ManagementFixture;
  let app: ReturnType<typeof createApp>;
  let principal: Principal = { kind: 'anonymous' };
  const call = (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  before(async () => {
    company = await createDemoFixture('sqlite', 60);
    f = await managementFixture(dialects[0] as (typeof dialects)[0], '2026-04-01T00:00:00Z');
    const authenticate: MiddlewareHandler = async (c, next) => {
      c.set('principal' as never, principal as never);
      await next();
    };
    app = createApp({
      store: f.store,
      clock: f.clock,
      logger: silentLogger,
      evidence: f.store.evidence,
      policies: new PolicyHolder(f.store, { refreshMs: 0 }),
      evidenceKeys: TEST_EVIDENCE_KEYS,
      authenticate,
      requests: { datasets: [company.binding] },
      statistics: { minimumCount: 5 },
    });
  });
  after(async () => {
    await f.close();
    await company.close();
  });

  test('privacy staff get tables and extracts, logged as exports; other operators and auditors do not', async () => {
    principal = user('carol', ['privacy-staff']);
    const stats = await call('POST', '/api/v1/statistics', {
      system: 'hr-database',
      table: 'staff',
      dimensions: [{ column: 'prefecture' }],
    });
    assert.equal(stats.status, 200);
    assert.equal(((await stats.json()) as { minimumCount: number }).minimumCount, 5);
    const extract = await call('POST', '/api/v1/deidentified-data/matching-dataset/extracts', {
      system: 'hr-database',
      table: 'candidates',
    });
    assert.equal(extract.status, 200);
    const exports = await f.store.evidence.list({ type: 'export', limit: 100 });
    assert.equal(exports.length, 2, 'each call is in the access log');

    principal = user('erin', ['privacy-staff'], ['sakura-payroll']);
    assert.equal(
      (
        await call('POST', '/api/v1/deidentified-data/matching-dataset/extracts', {
          system: 'hr-database',
          table: 'candidates',
        })
      ).status,
      404,
    );
    assert.equal(
      (
        await call('POST', '/api/v1/statistics', {
          system: 'hr-database',
          table: 'staff',
          dimensions: [{ column: 'prefecture' }],
        })
      ).status,
      403,
    );
    principal = user('dave', ['auditor']);
    assert.equal((await call('POST', '/api/v1/statistics', {})).status, 403);
    principal = user('carol', ['privacy-staff']);
    const bad = await call('POST', '/api/v1/statistics', {
      system: 'hr-database',
      table: 'staff',
      dimensions: [{ column: 'email' }],
    });
    assert.equal(bad.status, 400);
  });

  test('the decision engine refuses to re-identify, and the refusal is evidence', async () => {
    principal = user('carol', ['privacy-staff']);
    const res = await call('POST', '/api/v1/decisions', {
      action: 're-identify',
      actor: { kind: 'user', id: 'analyst-1', roles: ['recruiter'] },
      operator: 'sakura-staffing',
      subject: { id: 'pseudonym-3f2a', category: 'registered-staff' },
      items: ['qualifications'],
      purpose: 'matching-analysis',
      deidentifiedData: 'matching-dataset',
    });
    assert.equal(res.status, 200);
    const decision = (await res.json()) as { allowed: boolean; reasons: { code: string }[] };
    assert.equal(decision.allowed, false);
    assert.ok(decision.reasons.some((r) => r.code === 'REIDENTIFICATION_FORBIDDEN'));
    const [entry] = (await f.store.evidence.list({ type: 'decision', limit: 10 })).slice(-1);
    assert.deepEqual(
      [entry?.payload.action, entry?.payload.allowed, entry?.payload.deidentifiedData],
      ['re-identify', false, 'matching-dataset'],
    );
  });
});
