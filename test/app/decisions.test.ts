import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { DecisionDeps } from '../../src/app/decision-deps.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { makeDecisions } from '../../src/app/make-decisions.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import { recordConsent } from '../../src/app/record-consent.ts';
import { recordReceipt } from '../../src/app/record-receipt.ts';
import { suspendUse } from '../../src/app/suspend-use.ts';
import { AppError } from '../../src/core/app-error.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { openStore } from '../../src/store/open-store.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';
import { validPolicyLedgerYaml } from '../support/valid-policy-ledger.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-decisions-'));
let now = new Date('2026-06-01T03:00:00Z');
const clock = { now: () => now };
let deps: DecisionDeps & { evidence: MemoryEvidenceLog };

before(async () => {
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  await importLedger(
    { store, clock },
    { sources: [{ file: 'policy.yaml', text: validPolicyLedgerYaml() }], author: 't', comment: 'v1' },
  );
  deps = { store, clock, evidence: new MemoryEvidenceLog(), policies: new PolicyHolder(store, { refreshMs: 0 }) };
});
after(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const provide: DecisionRequest = {
  action: 'provide',
  actor: { kind: 'application', id: 'matching-app', roles: ['coordinator'] },
  operator: 'staffing',
  subject: { id: 'staff-0001', category: 'staff' },
  items: ['name', 'skills'],
  purpose: 'matching',
  recipient: 'client',
};

test('every decision is recorded as evidence with ids and codes only', async () => {
  const [denied] = await makeDecisions(deps, [provide]);
  assert.equal(denied?.decision.allowed, false);
  assert.deepEqual(
    denied?.decision.reasons.map((r) => r.code),
    ['PROVISION_CONSENT_REQUIRED'],
  );
  const event = deps.evidence.events.at(-1);
  assert.equal(event?.type, 'decision');
  assert.equal(event?.subject, 'staff-0001');
  assert.deepEqual(event?.payload.reasons, ['PROVISION_CONSENT_REQUIRED']);
  assert.equal(event?.payload.allowed, false);
  assert.equal(denied?.evidence.seq, deps.evidence.events.length);
});

test('consent makes provision lawful, creates the Art. 29 record, and withdrawal stops the next one', async () => {
  await recordConsent(deps, {
    subjectId: 'staff-0001',
    status: 'given',
    scope: { recipient: 'client' },
    method: 'privacy-center',
    recordedBy: 'privacy-center',
  });
  now = new Date('2026-06-02T00:00:00Z');
  const [first] = await makeDecisions(deps, [provide]);
  assert.equal(first?.decision.allowed, true);
  assert.equal(first?.provisionRecord?.count, 1);
  assert.equal(first?.provisionRecord?.bulk, true);
  assert.ok(first?.provisionRecord?.consentId);
  now = new Date('2026-06-03T00:00:00Z');
  const [second] = await makeDecisions(deps, [provide]);
  assert.equal(second?.provisionRecord?.id, first?.provisionRecord?.id);
  assert.equal(second?.provisionRecord?.count, 2);
  assert.deepEqual(second?.provisionRecord?.retainUntil, new Date('2029-06-03T00:00:00Z'));
  assert.equal(deps.evidence.events.filter((e) => e.type === 'provision').length, 2);

  now = new Date('2026-06-04T00:00:00Z');
  await recordConsent(deps, {
    subjectId: 'staff-0001',
    status: 'withdrawn',
    scope: { recipient: 'client' },
    method: 'web',
    recordedBy: 'staff-1',
  });
  now = new Date('2026-06-04T00:00:01Z');
  const [after] = await makeDecisions(deps, [provide]);
  assert.equal(after?.decision.allowed, false);
  assert.deepEqual(
    after?.decision.reasons.map((r) => r.code),
    ['CONSENT_WITHDRAWN'],
  );
  assert.equal(
    (await deps.store.provisions.listForSubject('staff-0001'))[0]?.count,
    2,
    'no record for a refused provision',
  );
});

test('a suspension of use denies from then on, for that person only', async () => {
  const use: DecisionRequest = { ...provide, action: 'use', subject: { id: 'staff-0002', category: 'staff' } };
  delete (use as { recipient?: string }).recipient;
  assert.equal((await makeDecisions(deps, [use]))[0]?.decision.allowed, true);
  await suspendUse(deps, {
    subjectId: 'staff-0002',
    kind: 'use',
    purpose: 'matching',
    requestId: 'req-1',
    actor: 'staff-1',
  });
  now = new Date(now.getTime() + 1000);
  const [suspended, other] = await makeDecisions(deps, [
    use,
    { ...use, subject: { id: 'staff-0003', category: 'staff' } },
  ]);
  assert.deepEqual(
    suspended?.decision.reasons.map((r) => r.code),
    ['USE_SUSPENDED'],
  );
  assert.equal(other?.decision.allowed, true);
});

test('a consent naming something the ledger lacks is refused with the field', async () => {
  await assert.rejects(
    recordConsent(deps, {
      subjectId: 'p',
      status: 'given',
      scope: { purpose: 'fishing', items: ['shoe-size'] },
      method: 'web',
      recordedBy: 'x',
    }),
    (error: unknown) =>
      error instanceof AppError && error.issues.map((i) => i.path).join() === 'scope.purpose,scope.items.0',
  );
});

test('receipt records are kept three years and leave evidence', async () => {
  const { receipt } = await recordReceipt(deps, {
    operator: 'staffing',
    provider: { name: 'Job board K.K.', address: 'Tokyo', representative: 'CEO' },
    providerAcquisition: 'registration with consent to provision',
    subjectId: 'staff-0009',
    items: ['name', 'skills'],
    checkedBy: 'staff-2',
  });
  assert.deepEqual(receipt.retainUntil, new Date(now.getTime() + (365 * 3 + 1) * 86_400_000));
  assert.equal(deps.evidence.events.at(-1)?.type, 'receipt');
});

test('a new ledger version swaps in for the next decision', async () => {
  const request: DecisionRequest = {
    ...provide,
    action: 'use',
    purpose: 'reception',
    subject: { id: 'v-1', category: 'visitors' },
    items: ['name'],
    actor: { kind: 'user', id: 'u', roles: ['reception'] },
  };
  delete (request as { recipient?: string }).recipient;
  assert.equal((await makeDecisions(deps, [request]))[0]?.decision.allowed, true);
  const v2 = validPolicyLedgerYaml((l) => {
    l.roles = l.roles.map((r: { id: string; purposes: string[] }) =>
      r.id === 'reception' ? { ...r, purposes: [] } : r,
    );
  });
  await importLedger(deps, {
    sources: [{ file: 'v2.yaml', text: v2 }],
    author: 't',
    comment: 'reception loses access',
  });
  const [after] = await makeDecisions(deps, [request]);
  assert.equal(after?.decision.ledgerVersion, 2);
  assert.deepEqual(
    after?.decision.reasons.map((r) => r.code),
    ['ROLE_NOT_PERMITTED'],
  );
});
