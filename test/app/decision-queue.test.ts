import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { DecisionDeps } from '../../src/app/decision-deps.ts';
import { DecisionQueue } from '../../src/app/decision-queue.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { makeDecisions } from '../../src/app/make-decisions.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { recordConsent } from '../../src/app/record-consent.ts';
import { AppError } from '../../src/core/app-error.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { openStore } from '../../src/store/open-store.ts';
import { validPolicyLedgerYaml } from '../support/valid-policy-ledger.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-decision-queue-'));
// Each reading a second later, so records made one after another are ordered in time.
let tick = 0;
const clock = { now: () => new Date(Date.UTC(2026, 5, 1, 3, 0, tick++)) };
let deps: DecisionDeps;
/** How many times the people's consents were read, and for whom. */
const reads: (readonly string[])[] = [];

before(async () => {
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  await importLedger(
    { store, clock },
    { sources: [{ file: 'policy.yaml', text: validPolicyLedgerYaml() }], author: 't', comment: 'v1' },
  );
  const consents = store.consents;
  const counted: Store = {
    ...store,
    consents: {
      record: (c) => consents.record(c),
      listForSubject: (id) => consents.listForSubject(id),
      list: (filter, page) => consents.list(filter, page),
      listForSubjects(ids) {
        reads.push(ids);
        return consents.listForSubjects(ids);
      },
    },
  };
  deps = { store: counted, clock, evidence: store.evidence, policies: new PolicyHolder(store, { refreshMs: 0 }) };
});
after(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const provide = (subject: string): DecisionRequest => ({
  action: 'provide',
  actor: { kind: 'application', id: 'matching-app', roles: ['coordinator'] },
  operator: 'staffing',
  subject: { id: subject, category: 'staff' },
  items: ['name', 'skills'],
  purpose: 'matching',
  recipient: 'client',
});

test('decisions asked at the same time share one read and answer as if each were made alone', async () => {
  await recordConsent(deps, {
    subjectId: 'q-given',
    status: 'given',
    scope: { recipient: 'client' },
    method: 'api',
    recordedBy: 'staff-1',
  });
  const queue = new DecisionQueue(deps);
  reads.length = 0;
  const [a, b, c] = await Promise.all([
    queue.decide([provide('q-given')], 'application:one'),
    queue.decide([provide('q-none'), provide('q-given')], 'application:two'),
    queue.decide([provide('q-none')]),
  ]);
  assert.equal(reads.length, 1, 'one read for the three callers');
  assert.deepEqual([...(reads[0] ?? [])].sort(), ['q-given', 'q-none']);
  assert.deepEqual(
    [a, b, c].map((recorded) => recorded.map((r) => r.decision.allowed)),
    [[true], [false, true], [false]],
  );
  // Each caller's answers equal a decision made alone, and its evidence names that caller.
  const alone = await makeDecisions(deps, [provide('q-none')]);
  assert.deepEqual(b[0]?.decision, alone[0]?.decision);
  const entries = await deps.store.evidence.list({ type: 'decision', limit: 50 });
  const actors = new Map(entries.map((e) => [e.seq, e.actor]));
  assert.equal(actors.get(a[0]?.evidence.seq ?? 0), 'application:one');
  assert.equal(actors.get(b[1]?.evidence.seq ?? 0), 'application:two');
  assert.equal(actors.get(c[0]?.evidence.seq ?? 0), 'application:matching-app', 'no caller: the request actor');
  assert.ok(a[0]?.provisionRecord, 'the permitted provision got its Art. 29 record');
});

test("one caller's refused evidence fails that caller only", async () => {
  const queue = new DecisionQueue(deps);
  // A person id that is an e-mail address: the evidence log refuses to hold it, so the decision cannot be made.
  const [bad, good] = await Promise.allSettled([
    queue.decide([provide('taro.yamada@example.com')], 'application:one'),
    queue.decide([provide('q-none')], 'application:two'),
  ]);
  assert.equal(bad.status, 'rejected');
  assert.ok(bad.status === 'rejected' && bad.reason instanceof AppError && bad.reason.code === 'VALIDATION');
  assert.equal(good.status, 'fulfilled');
  assert.equal(good.status === 'fulfilled' && good.value[0]?.decision.allowed, false);
});

test('a consent withdrawn before the call applies to it', async () => {
  const queue = new DecisionQueue(deps);
  const [before] = await queue.decide([provide('q-given')]);
  assert.equal(before?.decision.allowed, true);
  await recordConsent(deps, {
    subjectId: 'q-given',
    status: 'withdrawn',
    scope: { recipient: 'client' },
    method: 'api',
    recordedBy: 'staff-1',
  });
  const [afterwards] = await queue.decide([provide('q-given')]);
  assert.equal(afterwards?.decision.allowed, false);
});

test('a submission larger than a batch is decided alone, in order', async () => {
  const queue = new DecisionQueue(deps);
  reads.length = 0;
  const many = Array.from({ length: 1200 }, (_, i) => provide(`q-many-${i % 7}`));
  const [small, large] = await Promise.all([queue.decide([provide('q-none')]), queue.decide(many)]);
  assert.equal(small.length, 1);
  assert.equal(large.length, 1200);
  assert.equal(reads.length, 2);
  const seqs = large.map((r) => r.evidence.seq);
  assert.deepEqual(
    seqs,
    [...seqs].sort((x, y) => x - y),
    'evidence in request order',
  );
});
