import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
let yaml: string;
const json = async (res: Response): Promise<any> => res.json();
const alice = user('alice', ['administrator']);
const bob = user('bob', ['administrator']);
const carol = user('carol', ['privacy-staff']);
const fee = (amount: number) => yaml.replace(/disclosure: \d+/, `disclosure: ${amount}`);

before(async () => {
  t = await authorizedApp();
  t.as(alice);
  yaml = await (await t.call('GET', '/api/v1/ledger/export?format=yaml')).text();
});
after(() => t.close());

test('an upload by a user becomes a proposal; the ledger does not change until a second person approves', async () => {
  t.as(carol);
  const res = await t.call('POST', '/api/v1/ledger/versions', { comment: 'lower the disclosure fee', yaml: fee(300) });
  assert.equal(res.status, 202);
  const proposal = await json(res);
  assert.equal(proposal.status, 'pending');
  assert.equal(proposal.proposedBy, 'carol');
  assert.equal(proposal.baseVersion, 1);
  assert.equal((await json(await t.call('GET', '/api/v1/ledger'))).number, 1);

  const review = await json(await t.call('GET', `/api/v1/ledger/proposals/${proposal.id}`));
  assert.equal(review.files[0].name, 'ledger.yaml');
  assert.ok(review.changes.length >= 1, 'the reviewer sees what would change');

  t.as(user('carol', ['administrator']));
  const own = await t.call('POST', `/api/v1/ledger/proposals/${proposal.id}/approve`, {});
  assert.equal(own.status, 409);
  assert.match((await json(own)).message, /second person/);

  t.as(carol);
  assert.equal((await t.call('POST', `/api/v1/ledger/proposals/${proposal.id}/approve`, {})).status, 403);

  t.as(bob);
  const approved = await t.call('POST', `/api/v1/ledger/proposals/${proposal.id}/approve`, { comment: 'checked' });
  assert.equal(approved.status, 201);
  const body = await json(approved);
  assert.equal(body.version.number, 2);
  assert.equal(body.version.author, 'carol', 'the proposer is the author');
  assert.equal(body.proposal.decidedBy, 'bob');
  assert.equal(body.proposal.version, 2);
  assert.equal((await t.call('POST', `/api/v1/ledger/proposals/${proposal.id}/approve`, {})).status, 409);
});

test('a proposal made against an older version cannot be approved; rejection keeps the reason', async () => {
  t.as(alice);
  const first = await json(await t.call('POST', '/api/v1/ledger/proposals', { comment: 'fee 200', yaml: fee(200) }));
  const second = await json(await t.call('POST', '/api/v1/ledger/proposals', { comment: 'fee 100', yaml: fee(100) }));
  t.as(bob);
  assert.equal((await t.call('POST', `/api/v1/ledger/proposals/${first.id}/approve`, {})).status, 201);
  const stale = await t.call('POST', `/api/v1/ledger/proposals/${second.id}/approve`, {});
  assert.equal(stale.status, 409);
  assert.match((await json(stale)).message, /changed since this proposal/);
  assert.equal((await t.call('POST', `/api/v1/ledger/proposals/${second.id}/reject`, {})).status, 400);
  const rejected = await t.call('POST', `/api/v1/ledger/proposals/${second.id}/reject`, { comment: 'superseded' });
  assert.equal(rejected.status, 200);
  assert.equal((await json(rejected)).proposal.decisionComment, 'superseded');

  const pending = await json(await t.call('GET', '/api/v1/ledger/proposals?status=pending'));
  assert.equal(pending.total, 0);
  const all = await json(await t.call('GET', '/api/v1/ledger/proposals'));
  assert.deepEqual(
    all.items.map((p: any) => p.status),
    ['rejected', 'approved', 'approved'],
  );
  assert.equal((await t.call('GET', '/api/v1/ledger/proposals/nope')).status, 404);
});

test('an upload that changes nothing is no proposal', async () => {
  t.as(alice);
  const current = await json(await t.call('GET', '/api/v1/ledger'));
  const res = await t.call('POST', '/api/v1/ledger/proposals', { comment: 'again', yaml: fee(200) });
  assert.equal(res.status, 200);
  assert.equal((await json(res)).number, current.number);
});

test('every step is in the access log as a ledger-version event', async () => {
  const entries = await t.store.evidence.list({ type: 'ledger-version', limit: 100 });
  assert.deepEqual(
    entries.map((e) => [e.actor, e.payload.action]),
    [
      ['carol', 'proposed'],
      ['bob', 'approved'],
      ['alice', 'proposed'],
      ['alice', 'proposed'],
      ['bob', 'approved'],
      ['bob', 'rejected'],
      ['alice', 'unchanged'],
    ],
  );
  assert.equal(entries[1]?.payload.author, 'carol');
  assert.equal(entries[1]?.payload.approvedBy, 'bob');
});
