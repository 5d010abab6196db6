import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 003: consents and suspensions per person, provision records (Art. 29) and receipt records (Art. 30). */
export function consentsAndProvisionsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('consents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('subject_id', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('purpose', 'text')
        .addColumn('recipient', 'text')
        .addColumn('country', 'text')
        .addColumn('items_json', 'text')
        .addColumn('method', 'text', (col) => col.notNull())
        .addColumn('information_version', 'text')
        .addColumn('recorded_by', 'text', (col) => col.notNull())
        .addColumn('at', time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('consents_subject_idx').on('consents').columns(['subject_id', 'at']).execute();
      await db.schema.createIndex('consents_at_idx').on('consents').columns(['at', 'id']).execute();

      await db.schema
        .createTable('suspensions')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('subject_id', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('purpose', 'text')
        .addColumn('recipient', 'text')
        .addColumn('request_id', 'text')
        .addColumn('since', time, (col) => col.notNull())
        .addColumn('lifted_at', time)
        .execute();
      await db.schema.createIndex('suspensions_subject_idx').on('suspensions').column('subject_id').execute();

      await db.schema
        .createTable('provision_records')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('operator', 'text', (col) => col.notNull())
        .addColumn('recipient', 'text', (col) => col.notNull())
        .addColumn('subject_id', 'text', (col) => col.notNull())
        .addColumn('items_json', 'text', (col) => col.notNull())
        .addColumn('basis', 'text', (col) => col.notNull())
        .addColumn('consent_id', 'text')
        .addColumn('bulk', 'integer', (col) => col.notNull())
        // One bulk record per operator, recipient, person and set of items; null for per-provision records.
        .addColumn('bulk_key', 'text', (col) => col.unique())
        .addColumn('first_provided_at', time, (col) => col.notNull())
        .addColumn('last_provided_at', time, (col) => col.notNull())
        .addColumn('count', 'integer', (col) => col.notNull())
        .addColumn('retain_until', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('provision_records_subject_idx')
        .on('provision_records')
        .column('subject_id')
        .execute();
      await db.schema
        .createIndex('provision_records_recipient_idx')
        .on('provision_records')
        .columns(['recipient', 'last_provided_at'])
        .execute();

      await db.schema
        .createTable('receipt_records')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('operator', 'text', (col) => col.notNull())
        .addColumn('provider_name', 'text', (col) => col.notNull())
        .addColumn('provider_address', 'text', (col) => col.notNull())
        .addColumn('provider_representative', 'text', (col) => col.notNull())
        .addColumn('provider_acquisition', 'text', (col) => col.notNull())
        .addColumn('subject_id', 'text', (col) => col.notNull())
        .addColumn('items_json', 'text', (col) => col.notNull())
        .addColumn('consent_id', 'text')
        .addColumn('received_at', time, (col) => col.notNull())
        .addColumn('checked_by', 'text', (col) => col.notNull())
        .addColumn('retain_until', time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('receipt_records_subject_idx').on('receipt_records').column('subject_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['receipt_records', 'provision_records', 'suspensions', 'consents']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
