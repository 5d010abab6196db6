import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/**
 * 014: evidence verification jobs (issue 6): a verification started from the console runs in the background and
 * is stored with its progress and lease, so the console can come back to it and another node can finish a run
 * whose process died. The outcome also goes to `evidence_verifications` (the dashboard's last verification).
 */
export function verificationJobsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('evidence_verification_jobs')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('from_seq', 'bigint')
        .addColumn('to_seq', 'bigint')
        .addColumn('total', 'bigint', (col) => col.notNull())
        .addColumn('checked', 'bigint', (col) => col.notNull().defaultTo(0))
        .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', time)
        .addColumn('lease_epoch', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('updated_at', time, (col) => col.notNull())
        .addColumn('finished_at', time)
        // The EvidenceVerification (seqs, counts, the first problem: ids and hashes only), or why it could not run.
        .addColumn('result_json', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('evidence_verification_jobs_created_idx')
        .on('evidence_verification_jobs')
        .column('created_at')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('evidence_verification_jobs').execute();
    },
  };
}
