// A store per dialect with the demo ledger, a movable clock, and builders for records the management tests need.

import { importLedger } from '../../src/app/import-ledger.ts';
import type { Clock, Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { PrivacyRequest } from '../../src/core/requests/privacy-request.ts';
import { openStore } from '../../src/store/open-store.ts';
import { DEMO_LEDGER } from '../support/authorized-app.ts';
import { TEST_SIGNING_KEY } from '../support/evidence-keys.ts';
import type { TestDialect } from '../support/test-databases.ts';

export interface ManagementFixture {
  readonly store: Store;
  readonly clock: Clock & { set(iso: string): void };
  close(): Promise<void>;
}

/** A fresh database of the dialect with the demo ledger imported, signing checkpoints with the test key. */
export async function managementFixture(dialect: TestDialect, start: string): Promise<ManagementFixture> {
  const database = await dialect.createDatabase();
  let now = new Date(start);
  const clock = {
    now: () => now,
    set(iso: string) {
      now = new Date(iso);
    },
  };
  const store = await openStore(database.config, { evidence: { signingKey: TEST_SIGNING_KEY } });
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_LEDGER), author: 'setup', comment: 'demo' });
  return {
    store,
    clock,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

/** A stored request as the dashboard sees it (synthetic requester). */
export function privacyRequest(id: string, dueAt: string, extra: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return {
    id,
    trackingCode: `TC-${id}`,
    channel: 'privacy-center',
    operator: 'sakura-staffing',
    type: 'disclosure',
    status: 'search',
    requester: {
      kind: 'self',
      identity: { kind: 'staff-number', staffNumber: `S-${id}` },
      contact: {},
    },
    replyMethod: 'electronic',
    details: {},
    receivedAt: new Date('2026-03-25T01:00:00Z'),
    dueAt: new Date(dueAt),
    fee: { amount: 0 },
    duplicateKey: `dup-${id}`,
    updatedAt: new Date('2026-03-25T01:00:00Z'),
    version: 1,
    ...extra,
  };
}

/** The end of a Japanese calendar day, as request due dates are stored. */
export const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+09:00`).toISOString();
