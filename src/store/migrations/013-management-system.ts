import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/**
 * 013: the management system's running parts (issue 7): results of evidence verification runs (the dashboard shows
 * the last one) and the per-person breach notification letters (BR-11), sealed like request documents.
 */
export function managementSystemMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  const bytes = kind === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('evidence_verifications')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('at', time, (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('ok', 'integer', (col) => col.notNull())
        .addColumn('from_seq', 'integer', (col) => col.notNull())
        .addColumn('to_seq', 'integer', (col) => col.notNull())
        .addColumn('entries', 'integer', (col) => col.notNull())
        .addColumn('checkpoints', 'integer', (col) => col.notNull())
        // The first problem (seq, kind, message: ids and hashes only), when there was one.
        .addColumn('problem_json', 'text')
        .execute();
      await db.schema.createIndex('evidence_verifications_at_idx').on('evidence_verifications').column('at').execute();
      await db.schema
        .createTable('incident_letters')
        .addColumn('notification_id', 'text', (col) => col.primaryKey().references('incident_notifications.id'))
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('lang', 'text', (col) => col.notNull())
        .addColumn('content', bytes, (col) => col.notNull())
        .addColumn('encrypted', 'integer', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('incident_letters_incident_idx')
        .on('incident_letters')
        .column('incident_id')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('incident_letters').execute();
      await db.schema.dropTable('evidence_verifications').execute();
    },
  };
}
