import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 008: incidents and breach reports (issue 7): incidents, kept report versions, corrective actions, notices. */
export function incidentsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('operator', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('discovered_at', time, (col) => col.notNull())
        // The incident's texts, facts, classification and filings as validated JSON (read back through zod).
        .addColumn('body_json', 'text', (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('updated_at', time, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('incidents_operator_idx').on('incidents').columns(['operator', 'status']).execute();
      await db.schema
        .createTable('incident_reports')
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('items_json', 'text', (col) => col.notNull())
        .addColumn('author', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addPrimaryKeyConstraint('incident_reports_pk', ['incident_id', 'kind', 'version'])
        .execute();
      await db.schema
        .createTable('incident_actions')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('description', 'text', (col) => col.notNull())
        .addColumn('owner', 'text', (col) => col.notNull())
        .addColumn('due_date', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('created_at', time, (col) => col.notNull())
        .addColumn('closed_at', time)
        .addColumn('closed_by', 'text')
        .execute();
      await db.schema
        .createIndex('incident_actions_incident_idx')
        .on('incident_actions')
        .column('incident_id')
        .execute();
      await db.schema
        .createTable('incident_notifications')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('subject_id', 'text')
        .addColumn('channel', 'text')
        .addColumn('description', 'text', (col) => col.notNull())
        .addColumn('recorded_by', 'text', (col) => col.notNull())
        .addColumn('recorded_at', time, (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('incident_notifications_incident_idx')
        .on('incident_notifications')
        .column('incident_id')
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['incident_notifications', 'incident_actions', 'incident_reports', 'incidents']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
