// A disposal run killed with SIGKILL in a process of its own, between the company database's commit of a batch and
// Mamori's record of it, then resumed by another node; two nodes sharing the PostgreSQL store never run it twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import type { RetentionDeps } from '../../src/app/retention/retention-deps.ts';
import { resumeDisposalJobs } from '../../src/app/retention/retention-jobs.ts';
import { runDisposalJob } from '../../src/app/retention/run-disposal-job.ts';
import { startDisposalRun } from '../../src/app/retention/start-disposal-run.ts';
import { openStore } from '../../src/store/open-store.ts';
import { testDialects } from '../support/test-databases.ts';
import { createRetentionFixture, movingClock, type RetentionFixture } from './retention-fixture.ts';

const postgres = testDialects().find((d) => d.kind === 'postgres');
const TABLES = ['health_checks', 'payroll', 'assignments', 'social_insurance', 'staff', 'employees', 'candidates'];
const LEASE_MS = 1500;

describe('disposal survives a killed process; two nodes never run it twice (PostgreSQL)', { skip: !postgres }, () => {
  let r: RetentionFixture;
  let deps: RetentionDeps;
  let nodeB: Store;
  let depsB: RetentionDeps;
  const origin = Date.now();
  before(async () => {
    r = await createRetentionFixture('postgres', postgres!);
    deps = { ...r.deps, clock: movingClock(origin) };
    nodeB = await openStore(r.database.config);
    depsB = { ...deps, store: nodeB };
  });
  after(async () => {
    await nodeB?.close();
    await r?.close();
  });
  const snapshot = async () => {
    let rows = 0;
    for (const table of TABLES) rows += await r.count(table);
    return { rows, masked: await r.count('social_insurance', 'my_number_hash = ?', ['＊＊＊＊']) };
  };

  test('killed after a batch committed, resumed elsewhere: each row counted once, one certificate', async () => {
    const start = await snapshot();
    const job = await startDisposalRun(deps, { actor: 'privacy-officer' });
    const planned = job.targets.filter((t) => t.target.action !== 'contractor').reduce((n, t) => n + t.planned, 0);
    await assert.rejects(startDisposalRun(depsB, { actor: 'someone-else' }), { code: 'CONFLICT' }, 'one active job');

    const url = (config: typeof r.database.config) => (config.kind === 'postgres' ? config.url : '');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', new URL('./disposal-child.ts', import.meta.url).pathname],
      {
        env: {
          ...process.env,
          STORE_URL: url(r.database.config),
          COMPANY_URL: await companyUrl(r),
          JOB_ID: job.id,
          BATCH: '9',
          LEASE_MS: String(LEASE_MS),
          PAUSE_AT: '3',
          CLOCK_ORIGIN: String(origin),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('batch 3\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`the child ended early: ${out}`)));
    });
    // The child holds the lease: neither node may run the job meanwhile.
    await assert.rejects(runDisposalJob(depsB, job.id, { owner: 'node-b' }), { code: 'CONFLICT' });
    child.kill('SIGKILL');
    await exited;
    const pending = await r.store.retention.pendingBatch(job.id);
    assert.equal(pending?.seq, 3, 'batch 3 committed in the company database, never recorded in Mamori');
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));

    // Both nodes try to resume at once: one claim wins, the other stands aside.
    await Promise.all([resumeDisposalJobs(deps, { owner: 'node-a' }), resumeDisposalJobs(depsB, { owner: 'node-b' })]);
    const done = (await r.store.retention.job(job.id))!;
    assert.equal(done.status, 'completed');
    const cert = (await r.store.retention.certificate(done.certificateId!))!;
    const end = await snapshot();
    const removed = start.rows - end.rows + (end.masked - start.masked);
    assert.equal(cert.body.totals.disposed, planned);
    assert.equal(cert.body.totals.disposed, removed, 'rows gone (and My Numbers erased) equal the certified count');
    assert.equal(cert.body.verification.ok, true);
    assert.ok(['node-a', 'node-b'].includes(cert.body.executedBy));
    const entries = await r.store.evidence.list({ type: 'disposal', subject: cert.id, limit: 10 });
    assert.equal(entries.length, 1, 'one certificate entry');
    assert.equal(done.attempts, 2, 'the child, then exactly one of the two nodes');
  });
});

/** The company database's URL (the fixture created it on the test server). */
async function companyUrl(r: RetentionFixture): Promise<string> {
  const [row] = await r.fx.raw('SELECT current_database() AS name');
  const config = r.database.config;
  if (config.kind !== 'postgres') throw new Error('postgres only');
  const url = new URL(config.url);
  url.pathname = `/${String(row!.name)}`;
  return url.toString();
}
