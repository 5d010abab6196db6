import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { AppError } from '../../core/app-error.ts';
import type { Database, StoreKind } from '../database.ts';
import { allMigrations } from './all-migrations.ts';

/** Applies pending migrations; safe to run on every start and from several nodes at once (Kysely locks). */
export async function migrateToLatest(db: Kysely<Database>, kind: StoreKind): Promise<readonly string[]> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(kind) };
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const which = failed === undefined ? 'database migration' : `database migration ${failed}`;
    throw new AppError('INTERNAL', `${which} failed: ${messageOf(error)}`, {
      cause: error,
      details: { kind, ...(failed === undefined ? {} : { migration: failed }) },
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
