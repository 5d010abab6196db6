import { PostgresDialect } from 'kysely';
import pg from 'pg';

/** Kysely's PostgreSQL dialect over a pg Pool; several API nodes may share the database. */
export function postgresDialect(options: { readonly url: string; readonly poolSize?: number }): PostgresDialect {
  return new PostgresDialect({ pool: createPostgresPool(options) });
}

/** A pg Pool with Mamori's settings (the evidence writer has one of its own, of one connection). */
export function createPostgresPool(options: { readonly url: string; readonly poolSize?: number }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    application_name: 'mamori',
    ...(options.poolSize === undefined ? {} : { max: options.poolSize }),
  });
  // An idle client dropped by the server emits here; without a listener Node would crash the process.
  // The pool discards that client and the next query either succeeds on a new one or fails visibly.
  pool.on('error', () => {});
  return pool;
}
