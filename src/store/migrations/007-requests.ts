import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 007: requests from individuals, their audit trail, uploaded documents, deliveries and downloads (issue 5). */
export function requestsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  const bytes = kind === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('requests')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('tracking_code', 'text', (col) => col.notNull().unique())
        .addColumn('operator', 'text', (col) => col.notNull())
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('duplicate_key', 'text', (col) => col.notNull())
        .addColumn('received_at', time, (col) => col.notNull())
        .addColumn('due_at', time, (col) => col.notNull())
        .addColumn('closed_at', time)
        .addColumn('updated_at', time, (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        // The rest of the request (requester, details, fee, decisions) as JSON, validated on the way out.
        .addColumn('data_json', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('requests_due_idx').on('requests').columns(['status', 'due_at', 'id']).execute();
      await db.schema
        .createIndex('requests_duplicate_idx')
        .on('requests')
        .columns(['duplicate_key', 'received_at'])
        .execute();
      await db.schema
        .createTable('request_events')
        .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('at', time, (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (col) => col.notNull())
        .addColumn('note_json', 'text')
        .addPrimaryKeyConstraint('request_events_pk', ['request_id', 'seq'])
        .execute();
      await db.schema
        .createTable('request_documents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('file_name', 'text', (col) => col.notNull())
        .addColumn('media_type', 'text', (col) => col.notNull())
        .addColumn('content', bytes, (col) => col.notNull())
        .addColumn('encrypted', 'integer', (col) => col.notNull())
        .addColumn('uploaded_at', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('request_documents_request_idx')
        .on('request_documents')
        .column('request_id')
        .execute();
      await db.schema
        .createTable('request_deliveries')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('token_hash', 'text', (col) => col.unique())
        .addColumn('allowed_person_hash', 'text')
        .addColumn('expires_at', time)
        .addColumn('max_downloads', 'integer', (col) => col.notNull())
        .addColumn('downloads', 'integer', (col) => col.notNull())
        .addColumn('revoked_at', time)
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('dispatch_json', 'text')
        .execute();
      await db.schema
        .createTable('request_download_events')
        .addColumn('delivery_id', 'text', (col) => col.notNull().references('request_deliveries.id'))
        .addColumn('at', time, (col) => col.notNull())
        .addColumn('outcome', 'text', (col) => col.notNull())
        .addColumn('address', 'text')
        .execute();
      await db.schema
        .createIndex('request_download_events_idx')
        .on('request_download_events')
        .columns(['delivery_id', 'at'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['request_download_events', 'request_deliveries', 'request_documents', 'request_events']) {
        await db.schema.dropTable(table).execute();
      }
      await db.schema.dropTable('requests').execute();
    },
  };
}
