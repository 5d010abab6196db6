import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { importLedger } from '../../src/app/import-ledger.ts';
import { type DecisionRequest, openMamori } from '../../src/library.ts';
import { openStore } from '../../src/store/open-store.ts';
import { validPolicyLedgerYaml } from '../support/valid-policy-ledger.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-library-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('an application embedding Mamori decides in process, with consent taking effect and evidence recorded', async () => {
  const config = { kind: 'sqlite' as const, path: join(dir, 'mamori.sqlite') };
  const setup = await openStore(config);
  await importLedger(
    { store: setup, clock: { now: () => new Date() } },
    { sources: [{ file: 'l.yaml', text: validPolicyLedgerYaml() }], author: 't', comment: 'v1' },
  );
  await setup.close();

  const mamori = await openMamori({ store: config, dataDir: dir, ledgerRefreshMs: 0 });
  try {
    const request: DecisionRequest = {
      action: 'use',
      actor: { kind: 'application', id: 'mailer', roles: ['coordinator'] },
      operator: 'staffing',
      subject: { id: 'staff-42', category: 'staff' },
      items: ['name'],
      purpose: 'partner-offers',
    };
    const before = await mamori.decide(request);
    assert.equal(before.decision.allowed, false);
    assert.deepEqual(
      before.decision.reasons.map((r) => r.code),
      ['CONSENT_REQUIRED'],
    );
    await mamori.recordConsent({
      subjectId: 'staff-42',
      status: 'given',
      scope: { purpose: 'partner-offers' },
      method: 'api',
      recordedBy: 'app:mailer',
    });
    const afterConsent = await mamori.decide(request);
    assert.equal(afterConsent.decision.allowed, true);
    assert.ok(afterConsent.evidence.seq > before.evidence.seq, 'both decisions are in the evidence log, in order');
  } finally {
    await mamori.close();
  }
});
