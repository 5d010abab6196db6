// Which databases the store suites run against, Kysely style: `for (const dialect of testDialects())`.
// SQLite: a temp file per database. PostgreSQL: TEST_DATABASE_URL, else 127.0.0.1:5432, else a throwaway server;
// every database is CREATEd under a unique name and DROPped afterwards. No PostgreSQL at all fails the suite,
// unless MAMORI_SKIP_POSTGRES=1 says explicitly that this run covers SQLite only.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreKind } from '../../src/store/database.ts';
import type { StoreConfig } from '../../src/store/store-config.ts';
import { type PostgresServer, startThrowawayPostgres } from './throwaway-postgres.ts';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly config: StoreConfig;
  /** Removes the database (close every store on it first; PostgreSQL drops with FORCE anyway). */
  drop(): Promise<void>;
}

export interface TestDialect {
  readonly kind: StoreKind;
  /** A new, empty database of this dialect. */
  createDatabase(): Promise<TestDatabase>;
}

export function testDialects(env: NodeJS.ProcessEnv = process.env): readonly TestDialect[] {
  const sqlite: TestDialect = { kind: 'sqlite', createDatabase: createSqliteDatabase };
  if (env.MAMORI_SKIP_POSTGRES === '1') return [sqlite];
  return [sqlite, { kind: 'postgres', createDatabase: () => createPostgresDatabase(env) }];
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-sqlite-'));
  return {
    config: { kind: 'sqlite', path: join(dir, 'mamori.sqlite') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let server: Promise<PostgresServer> | undefined;

/** The PostgreSQL server for this test process, found or started once. */
export function testPostgresServer(env: NodeJS.ProcessEnv = process.env): Promise<PostgresServer> {
  server ??= findPostgresServer(env);
  return server;
}

async function findPostgresServer(env: NodeJS.ProcessEnv): Promise<PostgresServer> {
  const explicit = env.TEST_DATABASE_URL?.trim();
  if (explicit) {
    const problem = await probe(explicit);
    // A configured URL that does not answer is a broken setup, not a reason to test something else.
    if (problem !== undefined) throw new Error(`TEST_DATABASE_URL does not answer: ${problem}`);
    return { url: explicit, throwaway: false, stop: async () => {} };
  }
  if ((await probe(DEFAULT_POSTGRES_URL)) === undefined) {
    return { url: DEFAULT_POSTGRES_URL, throwaway: false, stop: async () => {} };
  }
  try {
    return await startThrowawayPostgres();
  } catch (error) {
    throw new Error(
      'no PostgreSQL for the store tests: set TEST_DATABASE_URL, run one on 127.0.0.1:5432, or install the ' +
        'server binaries (initdb, pg_ctl). MAMORI_SKIP_POSTGRES=1 skips PostgreSQL explicitly.',
      { cause: error },
    );
  }
}

/** Creates a uniquely named database on `server` (default: this process's test server). */
export async function createPostgresDatabase(
  env: NodeJS.ProcessEnv = process.env,
  on?: PostgresServer,
): Promise<TestDatabase> {
  const { url: adminUrl } = on ?? (await testPostgresServer(env));
  const name = `mamori_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    async drop() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** undefined when the server answers, else why not. */
async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
