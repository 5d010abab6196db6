import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/**
 * 016: request search jobs: the background search of the company's databases is stored with its per-system
 * progress and a lease, so every API node shows the same progress and a search whose process died is finished by
 * another node (or this one after a restart). One row per request: the latest attempt.
 */
export function searchJobsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('request_search_jobs')
        .addColumn('request_id', 'text', (col) => col.primaryKey())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('started_by', 'text', (col) => col.notNull())
        .addColumn('started_at', time, (col) => col.notNull())
        .addColumn('finished_at', time)
        // [{ system, state, rows? }]: names and counts only, never what was found.
        .addColumn('systems_json', 'text', (col) => col.notNull())
        .addColumn('result_json', 'text')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', time)
        .addColumn('lease_epoch', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('updated_at', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('request_search_jobs_running_idx')
        .on('request_search_jobs')
        .columns(['state', 'lease_until'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('request_search_jobs').execute();
    },
  };
}
