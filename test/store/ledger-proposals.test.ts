import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LedgerProposal } from '../../src/app/ledger-proposal-ports.ts';
import type { Store } from '../../src/app/ports.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const proposal = (id: string, at: string, extra: Partial<LedgerProposal> = {}): LedgerProposal => ({
  id,
  status: 'pending',
  ledgerId: 'demo',
  contentHash: 'a'.repeat(64),
  comment: `change ${id}`,
  sources: [
    { file: 'ledger/a.yaml', text: 'ledger: {}\n' },
    { file: 'ledger/b.yaml', text: '# 日本語\n' },
  ],
  proposedBy: 'alice',
  proposedAt: new Date(at),
  ...extra,
});

for (const dialect of testDialects()) {
  describe(`ledger proposals on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('round-trip exactly, sources included; lists newest first with status filter and totals', async () => {
      const first = proposal('p1', '2026-05-01T00:00:00.123Z', { baseVersion: 3 });
      const second = proposal('p2', '2026-05-02T00:00:00Z');
      await store.ledgerProposals.create(first);
      await store.ledgerProposals.create(second);
      assert.deepEqual(await store.ledgerProposals.get('p1'), first);
      assert.equal(await store.ledgerProposals.get('nope'), undefined);
      const page = await store.ledgerProposals.list({}, { limit: 1, offset: 0 });
      assert.equal(page.total, 2);
      assert.deepEqual(
        page.items.map((p) => p.id),
        ['p2'],
      );
      assert.equal('sources' in (page.items[0] ?? {}), false, 'lists leave the sources out');
    });

    test('a proposal is decided once: the second decision loses', async () => {
      const decidedAt = new Date('2026-05-03T00:00:00Z');
      const [a, b] = await Promise.all([
        store.ledgerProposals.decide('p1', { status: 'approved', decidedBy: 'bob', decidedAt, version: 4 }),
        store.ledgerProposals.decide('p1', { status: 'rejected', decidedBy: 'carol', decidedAt }),
      ]);
      assert.deepEqual([a, b].sort(), [false, true]);
      const decided = await store.ledgerProposals.get('p1');
      assert.notEqual(decided?.status, 'pending');
      assert.equal(decided?.decidedAt?.toISOString(), decidedAt.toISOString());
      const pending = await store.ledgerProposals.list({ status: 'pending' }, { limit: 10, offset: 0 });
      assert.deepEqual(
        pending.items.map((p) => p.id),
        ['p2'],
      );
    });
  });
}
