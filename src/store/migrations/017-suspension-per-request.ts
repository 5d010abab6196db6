import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreKind } from '../database.ts';

/**
 * 017: at most one suspension per request. A request's execution may be taken over by another node after its
 * lease (the first node slow, not dead): both may try to record the suspension; the database keeps one.
 */
export function suspensionPerRequestMigration(_kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('suspensions_request_id_unique')
        .on('suspensions')
        .column('request_id')
        .unique()
        .where(sql.ref('request_id'), 'is not', null)
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('suspensions_request_id_unique').execute();
    },
  };
}
