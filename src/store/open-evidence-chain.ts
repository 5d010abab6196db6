import type { SpeculativeChain } from './evidence-pipeline.ts';
import { PostgresChain } from './evidence-postgres-chain.ts';
import { SqliteChainThread } from './evidence-sqlite-thread.ts';
import { createPostgresPool } from './postgres-dialect.ts';
import type { StoreConfig } from './store-config.ts';

/**
 * The evidence writer's own way into the database, so appends never wait behind other queries and the event
 * loop never waits for their fsync: a connection of its own on PostgreSQL, a writer thread on a SQLite file
 * (none for `:memory:`, whose data only its one connection sees).
 */
export function openEvidenceChain(config: StoreConfig): SpeculativeChain | undefined {
  if (config.kind === 'postgres') return new PostgresChain(createPostgresPool({ url: config.url, poolSize: 1 }));
  return config.path === ':memory:' ? undefined : new SqliteChainThread(config.path);
}
