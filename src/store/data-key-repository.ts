import type { Kysely, Selectable } from 'kysely';
import type { DataKeyRepository, DataKeyRewrap, StoredDataKey } from '../app/data-key-ports.ts';
import { AppError } from '../core/app-error.ts';
import { DATA_KEY_PURPOSES, type DataKeyPurpose } from '../core/crypto/field-envelope.ts';
import type { DataKeysTable } from './data-key-tables.ts';
import type { Database } from './database.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

export class KyselyDataKeyRepository implements DataKeyRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async insert(key: StoredDataKey): Promise<void> {
    await this.#db
      .insertInto('data_keys')
      .values({
        id: key.id,
        purpose: key.purpose,
        wrapped_key: key.wrappedKey,
        master_key_id: key.masterKeyId,
        created_at: key.createdAt.toISOString(),
        retired_at: key.retiredAt?.toISOString() ?? null,
      })
      .execute();
  }

  async get(id: string): Promise<StoredDataKey | undefined> {
    const row = await this.#db.selectFrom('data_keys').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toDataKey(row);
  }

  async current(purpose: DataKeyPurpose): Promise<StoredDataKey | undefined> {
    const row = await this.#db
      .selectFrom('data_keys')
      .selectAll()
      .where('purpose', '=', purpose)
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row === undefined ? undefined : toDataKey(row);
  }

  async list(): Promise<readonly StoredDataKey[]> {
    const rows = await this.#db.selectFrom('data_keys').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toDataKey);
  }

  async retire(purpose: DataKeyPurpose, at: Date): Promise<number> {
    const result = await this.#db
      .updateTable('data_keys')
      .set({ retired_at: at.toISOString() })
      .where('purpose', '=', purpose)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async rewrap(changes: readonly DataKeyRewrap[]): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      for (const change of changes) {
        const result = await tx
          .updateTable('data_keys')
          .set({ wrapped_key: change.wrappedKey, master_key_id: change.masterKeyId })
          .where('id', '=', change.id)
          .where('master_key_id', '=', change.fromMasterKeyId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw new AppError('CONFLICT', `data key ${change.id} changed during the rotation; run it again`);
        }
      }
    });
  }
}

function toDataKey(row: Selectable<DataKeysTable>): StoredDataKey {
  const purpose = DATA_KEY_PURPOSES.find((p) => p === row.purpose);
  if (purpose === undefined) throw new AppError('INTERNAL', `data key ${row.id} has an unknown purpose`);
  return compact({
    id: row.id,
    purpose,
    wrappedKey: row.wrapped_key,
    masterKeyId: row.master_key_id,
    createdAt: toDate(row.created_at, 'data_keys.created_at'),
    retiredAt: optionalDate(row.retired_at, 'data_keys.retired_at'),
  });
}
