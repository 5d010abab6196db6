// A demo HR database on one engine plus a Mamori store on one dialect, with the demo ledger imported and the
// retention use cases' dependencies wired as main.ts wires them (field cipher, PDF renderer).
import type { ConnectorEngine } from '../../src/app/connector.ts';
import { FieldCipher } from '../../src/app/field-cipher.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { processKeyring } from '../../src/app/master-keyring.ts';
import type { Store } from '../../src/app/ports.ts';
import type { RetentionDeps } from '../../src/app/retention/retention-deps.ts';
import { cipherRetentionSealer } from '../../src/app/retention/retention-sealer.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { renderDisposalCertificatePdf } from '../../src/notice/render-disposal-certificate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createDemoFixture, DEMO_DIR, type DemoFixture, NOW } from '../connectors/demo-fixture.ts';
import { TEST_SIGNING_KEY } from '../support/evidence-keys.ts';
import type { TestDatabase, TestDialect } from '../support/test-databases.ts';

export interface RetentionFixture {
  readonly fx: DemoFixture;
  readonly store: Store;
  readonly database: TestDatabase;
  readonly deps: RetentionDeps;
  /** Rows of a table, or of a table where `where` holds (raw SQL on the company database). */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export const clock = { now: () => NOW };

/** The demo's day, running in real time from `origin` (Date.now() of the test): leases expire, processes agree. */
export function movingClock(origin: number) {
  return { now: () => new Date(NOW.getTime() + (Date.now() - origin)) };
}

export async function createRetentionFixture(
  engine: ConnectorEngine,
  dialect: TestDialect,
  subjects = 300,
): Promise<RetentionFixture> {
  const fx = await createDemoFixture(engine, subjects);
  const database = await dialect.createDatabase();
  const store = await openStore(database.config, { evidence: { signingKey: TEST_SIGNING_KEY } });
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_DIR), author: 'setup', comment: 'demo' });
  const cipher = new FieldCipher({ dataKeys: store.dataKeys, masters: processKeyring(), clock });
  const deps: RetentionDeps = {
    store,
    clock,
    datasets: [fx.binding],
    renderCertificate: renderDisposalCertificatePdf,
    sealer: cipherRetentionSealer(cipher),
  };
  return {
    fx,
    store,
    database,
    deps,
    async count(table, where, params = []) {
      const rows = await fx.raw(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`, params);
      return Number(rows[0]?.n ?? 0);
    },
    async close() {
      await store.close();
      await database.drop();
      await fx.close();
    },
  };
}
