import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 006: data-encryption keys for field encryption, stored only wrapped under a master key kept outside. */
export function dataKeysMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('data_keys')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('purpose', 'text', (col) => col.notNull())
        .addColumn('wrapped_key', 'text', (col) => col.notNull())
        .addColumn('master_key_id', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('retired_at', time)
        .execute();
      await db.schema.createIndex('data_keys_purpose_idx').on('data_keys').columns(['purpose', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('data_keys').execute();
    },
  };
}
