// Background searches are stored jobs with a lease: every node shows the same progress, a search whose process
// died is finished by another node, and no search runs twice, on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { RequestDeps } from '../../src/app/requests/request-deps.ts';
import { SearchJobs } from '../../src/app/search-jobs.ts';
import type { HttpDeps } from '../../src/http/http-deps.ts';
import { requestDepsFor } from '../../src/http/request-deps-for.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { createHrDatabase, type HrDatabase } from './hr-database.ts';
import { json, PNG, type RequestApp, requestApp, step } from './request-app.ts';

const clock = { now: () => new Date() };
const SYSTEMS = [{ system: 'hr-database', state: 'waiting' as const }];

for (const dialect of testDialects()) {
  describe(`request search jobs on ${dialect.kind}`, () => {
    let hr: HrDatabase;
    let database: TestDatabase;
    let node: RequestApp;
    let deps: RequestDeps;
    let people = 0;

    before(async () => {
      hr = await createHrDatabase(40);
      database = await dialect.createDatabase();
      node = await requestApp({ config: database.config, datasets: [hr.binding()], clock });
      deps = requestDepsFor({
        store: node.store,
        clock,
        logger: silentLogger,
        evidence: node.store.evidence,
        policies: new PolicyHolder(node.store, { refreshMs: 0 }),
        evidenceKeys: TEST_EVIDENCE_KEYS,
        requests: { datasets: [hr.binding()] },
      } as HttpDeps);
    });
    after(async () => {
      await node.close();
      await database.drop();
      await hr.close();
    });

    /** A disclosure request of the next staff member, with identity checked and fee paid: waiting for its search. */
    async function waitingForSearch(): Promise<string> {
      const [row] = await hr.query('SELECT email FROM staff WHERE email IS NOT NULL ORDER BY id OFFSET $1 LIMIT 1', [
        people++,
      ]);
      const email = String(row?.email);
      const res = await node.call('anonymous', 'POST', '/privacy/requests', {
        operator: 'sakura-staffing',
        type: 'disclosure',
        requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
        replyMethod: 'electronic',
        documents: [{ kind: 'identity', fileName: 'licence.png', mediaType: 'image/png', content: PNG }],
      });
      assert.equal(res.status, 201);
      const id = (await node.store.requests.byTrackingCode((await json(res)).trackingCode))?.id ?? '';
      const verified = await step(node, 'hana', id, 'verify-identity', { documents: ['licence'] });
      if (verified.request.status === 'fee')
        await step(node, 'hana', id, 'record-payment', { method: 'bank-transfer' });
      assert.equal((await node.store.requests.get(id))?.status, 'search');
      return id;
    }

    const searches = async (id: string) =>
      (await node.store.requests.events(id)).filter((e) => e.action === 'complete-search').length;

    async function settled(id: string) {
      for (;;) {
        const job = await node.store.searchJobs.get(id);
        if (job?.state !== 'running') return job;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    test('a search whose process died is finished by another node, once; any node shows it', async () => {
      const id = await waitingForSearch();
      // Begun by a node a minute ago whose 30 s lease ran out: it died before searching.
      const begun = await node.store.searchJobs.begin(
        { requestId: id, startedBy: 'hana', systems: SYSTEMS },
        'dead-node',
        new Date(Date.now() - 60_000),
        30_000,
      );
      assert.ok(begun.lease);
      const seen = await json(await node.call('aki', 'GET', `/api/v1/requests/${id}/search-job`));
      assert.equal(seen.state, 'running', 'the progress comes from the store, whichever node is asked');

      const other = new SearchJobs(deps, silentLogger, { owner: 'node-b' });
      assert.equal(await other.resume(), 1);
      const job = await node.store.searchJobs.get(id);
      assert.equal(job?.state, 'done', JSON.stringify(job?.error));
      assert.equal(job?.attempts, 2);
      assert.equal(job?.startedBy, 'hana', 'still the person who asked for it');
      assert.equal(job?.systems[0]?.state, 'done');
      assert.ok((job?.result?.rows ?? 0) > 0 && job?.result?.rows === job?.systems[0]?.rows);
      assert.equal((await node.store.requests.get(id))?.status, 'review');
      assert.equal(await searches(id), 1);
      assert.equal(await other.resume(), 0, 'nothing left to take over');
    });

    test('two nodes starting the same search at once run it once and report the same job', async () => {
      const id = await waitingForSearch();
      const a = new SearchJobs(deps, silentLogger, { owner: 'node-a' });
      const b = new SearchJobs(deps, silentLogger, { owner: 'node-b' });
      const [first, second] = await Promise.all([a.start(id, 'hana'), b.start(id, 'ken')]);
      assert.equal(first.startedBy, second.startedBy, 'the loser is shown the winner’s job');
      const job = await settled(id);
      assert.equal(job?.state, 'done', JSON.stringify(job?.error));
      assert.equal(job?.attempts, 1);
      assert.equal(await searches(id), 1);
    });

    test('a live search is not taken over; one that died after its search committed is closed as done', async () => {
      const id = await waitingForSearch();
      const live = await node.store.searchJobs.begin(
        { requestId: id, startedBy: 'hana', systems: SYSTEMS },
        'busy-node',
        new Date(),
        60_000,
      );
      assert.ok(live.lease);
      const b = new SearchJobs(deps, silentLogger, { owner: 'node-b' });
      const shown = await b.start(id, 'ken');
      assert.equal(shown.startedBy, 'hana', 'the running job is returned, not a second one');
      assert.equal(await b.resume(), 0);
      assert.equal((await node.store.requests.get(id))?.status, 'search', 'node-b searched nothing');

      // The busy node searches (the request moves to review), then dies before recording the job's end.
      assert.equal((await step(node, 'hana', id, 'search')).request.status, 'review');
      const expired = new SearchJobs(deps, silentLogger, { owner: 'node-c' });
      const later = { now: () => new Date(Date.now() + 120_000) };
      const takeover = new SearchJobs({ ...deps, clock: later }, silentLogger, { owner: 'node-c' });
      assert.equal(await expired.resume(), 0, 'within the lease');
      assert.equal(await takeover.resume(), 1);
      const job = await node.store.searchJobs.get(id);
      assert.equal(job?.state, 'done');
      assert.equal(job?.result, undefined, 'the counts died with the node; the request holds what was found');
      assert.equal(await searches(id), 1, 'not searched again');
    });
  });
}
