import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 010: the management system's records (complaints, contractor reviews, internal audits, training). */
export function managementRecordsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('management_records')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('operator', 'text')
        .addColumn('ref', 'text')
        .addColumn('recorded_at', time, (col) => col.notNull())
        // Canonical JSON text on both dialects, so compare-and-set updates compare exactly what was read.
        .addColumn('body_json', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('management_records_pk', ['kind', 'id'])
        .execute();
      await db.schema
        .createIndex('management_records_ref_idx')
        .on('management_records')
        .columns(['kind', 'ref'])
        .execute();
      await db.schema
        .createIndex('management_records_operator_idx')
        .on('management_records')
        .columns(['kind', 'operator', 'recorded_at'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('management_records').execute();
    },
  };
}
