import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreKind } from '../database.ts';

/**
 * 015: the privacy center (issue 6): publications of the notice (append-only: on PostgreSQL mamori_app may not
 * update or delete them), the random subject ids of people who manage their preferences by e-mail, and the
 * one-time links mailed to them (hashes only).
 */
export function privacyCenterMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('notice_publications')
        .addColumn('ledger_version', 'integer', (col) => col.primaryKey())
        .addColumn('published_at', time, (col) => col.notNull())
        .addColumn('published_by', 'text', (col) => col.notNull())
        .addColumn('comment', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('preference_subjects')
        .addColumn('email_digest', 'text', (col) => col.primaryKey())
        .addColumn('subject_id', 'text', (col) => col.notNull().unique())
        .addColumn('created_at', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('preference_links')
        .addColumn('token_hash', 'text', (col) => col.primaryKey())
        .addColumn('email_digest', 'text', (col) => col.notNull())
        .addColumn('lang', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('expires_at', time, (col) => col.notNull())
        .execute();
      if (kind === 'postgres') {
        await sql`DO $$ BEGIN
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mamori_app') THEN
            REVOKE UPDATE, DELETE, TRUNCATE ON notice_publications FROM mamori_app;
          END IF;
        END $$`.execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('preference_links').execute();
      await db.schema.dropTable('preference_subjects').execute();
      await db.schema.dropTable('notice_publications').execute();
    },
  };
}
