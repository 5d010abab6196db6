import type { Migration } from 'kysely';
import type { StoreKind } from '../database.ts';
import { ledgerVersionsMigration } from './001-ledger-versions.ts';
import { consentsAndProvisionsMigration } from './003-consents-and-provisions.ts';

/** Every migration, in order, listed in code so bundles and tests need no migrations folder on disk. */
export function allMigrations(kind: StoreKind): Record<string, Migration> {
  return {
    '001-ledger-versions': ledgerVersionsMigration(kind),
    '003-consents-and-provisions': consentsAndProvisionsMigration(kind),
  };
}
