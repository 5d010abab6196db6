import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreKind } from '../database.ts';
import { dropEvidenceTriggerStatements, evidenceTriggerStatements } from './evidence-guards.ts';

/**
 * 002: the evidence log (hash-chained entries, signed checkpoints, archival records), append-only by trigger on
 * both dialects and, on PostgreSQL, by privilege: the role `mamori_app` may read and insert, never update or
 * delete (see ARCHITECTURE.md, "Running as mamori_app").
 */
export function evidenceMigration(kind: StoreKind): Migration {
  const seq = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('evidence_entries')
        .addColumn('seq', seq, (col) => col.primaryKey().check(sql`seq >= 1`))
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('subject', 'text')
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('payload', 'text', (col) => col.notNull())
        .addColumn('prev_hash', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('evidence_entries_subject_idx')
        .on('evidence_entries')
        .columns(['subject', 'seq'])
        .execute();
      await db.schema.createIndex('evidence_entries_at_idx').on('evidence_entries').column('at').execute();

      await db.schema
        .createTable('evidence_checkpoints')
        .addColumn('seq', seq, (col) => col.primaryKey().check(sql`seq >= 1`))
        .addColumn('hash', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('key_id', 'text', (col) => col.notNull())
        .addColumn('signature', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('evidence_archives')
        .addColumn('through_seq', seq, (col) => col.primaryKey())
        .addColumn('from_seq', seq, (col) => col.notNull())
        .addColumn('checkpoint_hash', 'text', (col) => col.notNull())
        .addColumn('archival_seq', seq, (col) => col.notNull())
        .addColumn('export_sha256', 'text', (col) => col.notNull())
        .addColumn('archived_at', 'text', (col) => col.notNull())
        .execute();

      for (const statement of evidenceTriggerStatements(kind)) await sql.raw(statement).execute(db);
      if (kind === 'postgres') for (const statement of POSTGRES_PRIVILEGES) await sql.raw(statement).execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const statement of dropEvidenceTriggerStatements(kind)) await sql.raw(statement).execute(db);
      for (const table of ['evidence_archives', 'evidence_checkpoints', 'evidence_entries']) {
        await db.schema.dropTable(table).execute();
      }
      if (kind === 'postgres') {
        await sql`DROP FUNCTION IF EXISTS mamori_evidence_refuse(), mamori_evidence_entries_guard()`.execute(db);
      }
    },
  };
}

// Roles are per server: create mamori_app once (when allowed), then grant per database. A migrating user
// without CREATEROLE leaves a notice; the operator creates the role and reruns the grants (ARCHITECTURE.md).
const POSTGRES_PRIVILEGES = [
  `DO $$ BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mamori_app') THEN
       BEGIN
         CREATE ROLE mamori_app NOLOGIN;
       EXCEPTION WHEN OTHERS THEN
         RAISE NOTICE 'role mamori_app not created (%): an operator must create it', SQLERRM;
       END;
     END IF;
   END $$`,
  `DO $$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mamori_app') THEN
       GRANT USAGE ON SCHEMA public TO mamori_app;
       GRANT SELECT, INSERT ON evidence_entries, evidence_checkpoints TO mamori_app;
       GRANT SELECT ON evidence_archives TO mamori_app;
       REVOKE UPDATE, DELETE, TRUNCATE ON evidence_entries, evidence_checkpoints, evidence_archives FROM mamori_app;
       -- ledger versions are append-only too; the migration tables are only read by a migrated node.
       GRANT SELECT, INSERT ON ledger_versions TO mamori_app;
       GRANT SELECT ON kysely_migration, kysely_migration_lock TO mamori_app;
       -- Tables of later migrations: full DML unless that migration revokes it (append-only ones must).
       ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mamori_app;
       ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mamori_app;
     END IF;
   END $$`,
];
