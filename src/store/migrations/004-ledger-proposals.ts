import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../database.ts';

/** 004: ledger changes waiting for a second person's approval (separation of duties). */
export function ledgerProposalsMigration(kind: StoreKind): Migration {
  const time = kind === 'postgres' ? 'timestamptz' : 'text';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('ledger_proposals')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('ledger_id', 'text', (col) => col.notNull())
        .addColumn('content_hash', 'text', (col) => col.notNull())
        .addColumn('comment', 'text', (col) => col.notNull())
        // [{ file, text }] as proposed, so approval imports exactly what was reviewed, line numbers included.
        .addColumn('sources_json', 'text', (col) => col.notNull())
        .addColumn('proposed_by', 'text', (col) => col.notNull())
        .addColumn('proposed_at', time, (col) => col.notNull())
        .addColumn('base_version', 'integer')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', time)
        .addColumn('decision_comment', 'text')
        .addColumn('version', 'integer')
        .execute();
      await db.schema
        .createIndex('ledger_proposals_status_idx')
        .on('ledger_proposals')
        .columns(['status', 'proposed_at'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('ledger_proposals').execute();
    },
  };
}
