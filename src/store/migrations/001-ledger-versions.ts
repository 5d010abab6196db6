import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 001: the append-only history of ledger versions. */
export function ledgerVersionsMigration(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('ledger_versions')
        // The primary key is what keeps numbers unique when several nodes append at once (see the repository).
        .addColumn('number', 'integer', (col) => col.primaryKey().check(sql`number >= 1`))
        .addColumn('ledger_id', 'text', (col) => col.notNull())
        .addColumn('content_hash', 'text', (col) => col.notNull())
        .addColumn('author', 'text', (col) => col.notNull())
        .addColumn('comment', 'text', (col) => col.notNull())
        // SQLite has no timestamp type: ISO-8601 text in UTC sorts and round-trips exactly (millisecond precision).
        .addColumn('created_at', kind === 'postgres' ? 'timestamptz' : 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('ledger_json', kind === 'postgres' ? 'jsonb' : 'text', (col) =>
          kind === 'postgres' ? col.notNull() : col.notNull().check(sql`json_valid(ledger_json)`),
        )
        .execute();
      await db.schema.createIndex('ledger_versions_ledger_id_idx').on('ledger_versions').column('ledger_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('ledger_versions').execute();
    },
  };
}
