// Evidence verification as a stored background job, on every dialect: it runs to a result the dashboard also
// sees, a job whose process died is taken over once its lease runs out (and the dead run can no longer write),
// the same range is not verified twice at once, a bad range is refused before anything is stored, and a damaged
// log gives a finished job naming the entry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import {
  resumeVerificationJobs,
  runVerificationJob,
  startVerificationJob,
  type VerificationJobDeps,
} from '../../src/app/verification-jobs.ts';
import { AppError } from '../../src/core/app-error.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { events, keysOf, newSigningKey, openRaw } from './evidence-support.ts';

const key = newSigningKey();

for (const dialect of testDialects()) {
  describe(`evidence verification jobs on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let now = new Date('2026-06-01T00:00:00Z');
    let deps: VerificationJobDeps;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config, {
        evidence: { signingKey: key, checkpoints: { entries: 10, seconds: 3600 } },
      });
      for (let batch = 0; batch < 5; batch++) await store.evidence.appendMany(events(batch * 5 + 1, 5));
      deps = { store, keys: keysOf(key), clock: { now: () => now } };
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('a job runs to the result, which is also the last verification the dashboard shows', async () => {
      const { job, created } = await startVerificationJob(deps, { actor: 'u-auditor' });
      assert.equal(created, true);
      assert.deepEqual([job.status, job.total, job.checked, job.attempts], ['running', 25, 0, 0]);
      const done = await runVerificationJob(deps, job.id, { owner: 'node-a', progressEveryMs: 0 });
      assert.equal(done.status, 'done');
      assert.deepEqual(
        [done.result?.ok, done.result?.entries, done.result?.checkpoints, done.checked, done.attempts],
        [true, 25, 3, 25, 1],
      );
      assert.deepEqual(await store.verificationJobs.get(job.id), done, 'what is stored is what was returned');
      const last = await store.verifications.latest();
      assert.deepEqual([last?.ok, last?.entries, last?.actor], [true, 25, 'u-auditor']);
      assert.equal((await store.verificationJobs.list(5))[0]?.id, job.id, 'newest first');
      assert.equal((await runVerificationJob(deps, job.id, { owner: 'node-b' })).attempts, 1, 'a finished job stays');
    });

    test('a job whose process died is taken over after its lease; the dead run cannot write any more', async () => {
      now = new Date('2026-06-02T00:00:00Z');
      const { job } = await startVerificationJob(deps, { actor: 'u-auditor', from: 3, to: 20 });
      assert.equal(job.total, 18);
      const again = await startVerificationJob(deps, { actor: 'u-other', from: 3, to: 20 });
      assert.deepEqual([again.created, again.job.id], [false, job.id], 'the same range is not verified twice at once');

      const dead = await store.verificationJobs.claim(job.id, 'node-dead', now, 60_000);
      assert.ok(dead, 'the first claim wins');
      assert.equal(await store.verificationJobs.progress(dead, 7, now, new Date(now.getTime() + 60_000)), true);
      assert.equal((await store.verificationJobs.get(job.id))?.checked, 7);
      assert.deepEqual(await store.verificationJobs.abandoned(now, 10), [], 'held while the lease lasts');
      const meanwhile = await runVerificationJob(deps, job.id, { owner: 'node-b' });
      assert.deepEqual([meanwhile.status, meanwhile.attempts], ['running', 1], 'nobody else runs a held job');

      now = new Date(now.getTime() + 61_000);
      assert.deepEqual(await store.verificationJobs.abandoned(now, 10), [job.id]);
      const [resumed] = await resumeVerificationJobs(deps, { owner: 'node-b' });
      assert.deepEqual(
        [resumed?.id, resumed?.status, resumed?.attempts, resumed?.result?.entries, resumed?.result?.ok],
        [job.id, 'done', 2, 18, true],
      );
      assert.equal(await store.verificationJobs.progress(dead, 9, now, now), false, 'the lost lease is fenced off');
      assert.equal(await store.verificationJobs.finish(dead, { status: 'failed', error: 'late' }, now), false);
      assert.equal((await store.verificationJobs.get(job.id))?.status, 'done');
    });

    test('a range beyond the log is refused before a job is stored', async () => {
      const before = (await store.verificationJobs.list(100)).length;
      await assert.rejects(
        startVerificationJob(deps, { actor: 'u-auditor', to: 99 }),
        (error: unknown) => error instanceof AppError && error.code === 'VALIDATION' && error.issues[0]?.path === 'to',
      );
      await assert.rejects(startVerificationJob(deps, { actor: 'u-auditor', from: 9, to: 4 }), AppError);
      assert.equal((await store.verificationJobs.list(100)).length, before);
    });

    test('a damaged log gives a finished job that names the first bad entry', async () => {
      const raw = await openRaw(database.config);
      try {
        await raw.bypassingTriggers(() => raw.query('DELETE FROM evidence_entries WHERE seq = 13').then());
      } finally {
        await raw.close();
      }
      now = new Date(now.getTime() + 1000);
      const { job } = await startVerificationJob(deps, { actor: 'u-auditor' });
      const done = await runVerificationJob(deps, job.id, { owner: 'node-a' });
      assert.deepEqual(
        [done.status, done.result?.ok, done.result?.problem?.seq, done.result?.problem?.kind],
        ['done', false, 13, 'deleted'],
      );
      assert.equal((await store.verifications.latest())?.ok, false);
    });
  });
}
