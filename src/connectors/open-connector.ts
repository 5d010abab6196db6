import type { Connector, ConnectorEngine } from '../app/connector.ts';
import { openMysqlConnector } from './mysql/mysql-connector.ts';
import { openPostgresConnector } from './postgres/postgres-connector.ts';
import { openSqliteConnector } from './sqlite/sqlite-connector.ts';

/** Opens the engine's connector; for SQLite `target` is a file path (or a sqlite:/file: URL). */
export function openConnector(engine: ConnectorEngine, target: string): Connector {
  switch (engine) {
    case 'postgres':
      return openPostgresConnector(target);
    case 'mysql':
      return openMysqlConnector(target);
    case 'sqlite':
      return openSqliteConnector(sqlitePath(target));
  }
}

export function sqlitePath(target: string): string {
  if (target.startsWith('file:')) return decodeURIComponent(new URL(target).pathname);
  if (target.startsWith('sqlite://')) return decodeURIComponent(target.slice('sqlite://'.length));
  if (target.startsWith('sqlite:')) return target.slice('sqlite:'.length);
  return target;
}
