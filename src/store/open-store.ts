import { sql } from 'kysely';
import type { Store } from '../app/ports.ts';
import { createKysely } from './create-kysely.ts';
import { KyselyConsentRepository } from './consent-repository.ts';
import { KyselyLedgerVersionRepository } from './ledger-version-repository.ts';
import { KyselyProvisionRepository } from './provision-repository.ts';
import { KyselySuspensionRepository } from './suspension-repository.ts';
import { migrateToLatest } from './migrations/migrate-to-latest.ts';
import { parseStoreConfig, type StoreConfig } from './store-config.ts';

/** Opens the configured database, brings its schema up to date and returns the Store adapters over it. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const checked = parseStoreConfig(config);
  const db = createKysely(checked);
  try {
    await migrateToLatest(db, checked.kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    kind: checked.kind,
    ledgerVersions: new KyselyLedgerVersionRepository(db),
    consents: new KyselyConsentRepository(db),
    suspensions: new KyselySuspensionRepository(db),
    provisions: new KyselyProvisionRepository(db),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      // Idempotent: the composition root and tests may both close on shutdown.
      closing ??= db.destroy();
      return closing;
    },
  };
}
