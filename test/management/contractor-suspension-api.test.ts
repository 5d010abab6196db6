// Contractor suspensions over HTTP (issue 7, the console's Contractors screen): listed with their lift, lifted once,
// and only an unlifted suspension makes the decision engine's options name the contractor; a policy holder that
// compiled the suspension sees the lift (it is appended, so the holder's record count changes).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contractorPolicyOptions } from '../../src/app/management/contractor-policy-options.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();
const staff = user('carol', ['privacy-staff']);
const auditor = user('dave', ['auditor']);

before(async () => {
  t = await authorizedApp({ now: () => new Date('2026-06-01T03:00:00Z') });
});
after(() => t.close());

async function suspendedNow(): Promise<string[]> {
  const ledger = (await t.store.ledgerVersions.latest())!.ledger;
  return [...((await contractorPolicyOptions(t.store, ledger)).suspendedContractors ?? [])];
}

test('a suspension is listed, refused a lift before it began, lifted once, and no longer suspends', async () => {
  t.as(staff);
  const suspended = await t.call('POST', '/api/v1/contractors/suspensions', {
    contractor: 'aoba-call-center',
    suspendedOn: '2026-05-10',
    reason: 'audit finding not corrected',
  });
  assert.equal(suspended.status, 200);
  const { id } = await json(suspended);
  assert.deepEqual(await suspendedNow(), ['aoba-call-center']);
  const holder = new PolicyHolder(t.store, { refreshMs: 0 });
  assert.equal((await holder.current()).contractors.get('aoba-call-center')?.active, false);
  const due = await json(await t.call('GET', '/api/v1/contractors/reviews/due'));
  assert.equal(
    due.items.find((d: { contractor: string }) => d.contractor === 'aoba-call-center').suspendedByRecord,
    true,
  );

  t.as(auditor);
  const listed = await json(await t.call('GET', '/api/v1/contractors/suspensions'));
  assert.deepEqual(
    listed.items.map((s: { id: string; lifted?: unknown }) => [s.id, s.lifted]),
    [[id, undefined]],
  );
  assert.equal((await t.call('POST', `/api/v1/contractors/suspensions/${id}/lift`, {})).status, 403);

  t.as(staff);
  const early = await t.call('POST', `/api/v1/contractors/suspensions/${id}/lift`, {
    liftedOn: '2026-05-01',
    reason: 'corrected',
  });
  assert.equal(early.status, 400);
  assert.deepEqual(
    (await json(early)).issues.map((i: { path: unknown }) => i.path),
    ['liftedOn'],
  );
  const missing = await json(
    await t.call('POST', `/api/v1/contractors/suspensions/${id}/lift`, { liftedOn: '2026-05-20' }),
  );
  assert.deepEqual(
    missing.issues.map((i: { path: unknown }) => i.path),
    ['reason'],
  );

  const lifted = await t.call('POST', `/api/v1/contractors/suspensions/${id}/lift`, {
    liftedOn: '2026-05-20',
    reason: 'finding corrected and re-audited',
  });
  assert.equal(lifted.status, 200);
  assert.equal((await json(lifted)).lifted.recordedBy, 'carol');
  assert.deepEqual(await suspendedNow(), []);
  assert.equal((await holder.current()).contractors.get('aoba-call-center')?.active, true, 'the holder recompiles');
  const after = await json(await t.call('GET', '/api/v1/contractors/reviews/due'));
  assert.equal(
    after.items.find((d: { contractor: string }) => d.contractor === 'aoba-call-center').suspendedByRecord,
    false,
  );
  const again = await t.call('POST', `/api/v1/contractors/suspensions/${id}/lift`, {
    liftedOn: '2026-05-21',
    reason: 'twice',
  });
  assert.equal(again.status, 409);
  assert.equal(
    (await t.call('POST', '/api/v1/contractors/suspensions/nope/lift', { liftedOn: '2026-05-21', reason: 'x' })).status,
    404,
  );
  const evidence = await t.store.evidence.list({ type: 'management', limit: 20 });
  assert.ok(evidence.some((e) => (e.payload as { action?: string }).action === 'contractor-suspension-lifted'));
});
