import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 012: legal holds, disposal jobs and their batches, disposal certificates and contractors' documents (issue 7). */
export function retentionMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  const bytes = kind === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('retention_holds')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('scope_json', 'text', (col) => col.notNull())
        .addColumn('reason', 'text', (col) => col.notNull())
        .addColumn('owner', 'text', (col) => col.notNull())
        .addColumn('placed_by', 'text', (col) => col.notNull())
        .addColumn('placed_at', time, (col) => col.notNull())
        .addColumn('released_by', 'text')
        .addColumn('released_at', time)
        .addColumn('release_reason', 'text')
        // A person hold's identity, sealed with the field cipher (bound to this row).
        .addColumn('identity_sealed', bytes)
        .execute();
      await db.schema
        .createTable('retention_jobs')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('status', 'text', (col) => col.notNull())
        // 1 while queued or running, NULL after: the unique index lets only one job be active, across nodes.
        .addColumn('active', 'integer', (col) => col.unique())
        .addColumn('requested_by', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('updated_at', time, (col) => col.notNull())
        .addColumn('started_at', time)
        .addColumn('finished_at', time)
        .addColumn('as_of', 'text', (col) => col.notNull())
        .addColumn('ledger_version', 'integer', (col) => col.notNull())
        // The frozen schedule (targets, conditions, planned counts, holds): canonical JSON.
        .addColumn('body_json', 'text', (col) => col.notNull())
        .addColumn('progress_json', 'text', (col) => col.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', time)
        .addColumn('lease_epoch', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('cancel_requested', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('certificate_id', 'text')
        .execute();
      await db.schema.createIndex('retention_jobs_created_idx').on('retention_jobs').column('created_at').execute();
      await db.schema
        .createTable('retention_batches')
        .addColumn('job_id', 'text', (col) => col.notNull().references('retention_jobs.id'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('target', 'integer', (col) => col.notNull())
        // The batch's keys while it is pending (NULL once done): what a resumed run re-checks.
        .addColumn('keys_json', 'text')
        .addColumn('keys_sha256', 'text', (col) => col.notNull())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('count', 'integer')
        .addPrimaryKeyConstraint('retention_batches_pk', ['job_id', 'seq'])
        .execute();
      await db.schema
        .createTable('retention_certificates')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('job_id', 'text')
        .addColumn('issued_at', time, (col) => col.notNull())
        .addColumn('body_json', 'text', (col) => col.notNull())
        .addColumn('body_sha256', 'text', (col) => col.notNull())
        .addColumn('pdf', bytes, (col) => col.notNull())
        .addColumn('pdf_sha256', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('retention_certificates_issued_idx')
        .on('retention_certificates')
        .column('issued_at')
        .execute();
      await db.schema
        .createTable('retention_documents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('certificate_id', 'text', (col) => col.notNull().references('retention_certificates.id'))
        .addColumn('file_name', 'text', (col) => col.notNull())
        .addColumn('media_type', 'text', (col) => col.notNull())
        .addColumn('content', bytes, (col) => col.notNull())
        .addColumn('encrypted', 'integer', (col) => col.notNull())
        .addColumn('sha256', 'text', (col) => col.notNull())
        .addColumn('uploaded_at', time, (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'retention_documents',
        'retention_certificates',
        'retention_batches',
        'retention_jobs',
        'retention_holds',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
