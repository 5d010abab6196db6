import { type Dialect, Kysely } from 'kysely';
import type { Database } from './database.ts';
import { postgresDialect } from './postgres-dialect.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import type { StoreConfig } from './store-config.ts';

/** A Kysely instance for the configured database, without migrating it (openStore does that). */
export function createKysely(config: StoreConfig): Kysely<Database> {
  return new Kysely<Database>({ dialect: dialectFor(config) });
}

function dialectFor(config: StoreConfig): Dialect {
  switch (config.kind) {
    case 'sqlite':
      return sqliteDialect(config.path);
    case 'postgres':
      return postgresDialect(
        config.poolSize === undefined ? { url: config.url } : { url: config.url, poolSize: config.poolSize },
      );
  }
}
