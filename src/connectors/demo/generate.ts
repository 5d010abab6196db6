import type { ConnectorEngine } from '../../app/connector.ts';
import type { KeyedHash } from '../keyed-hash.ts';
import { sqlitePath } from '../open-connector.ts';
import { demoBatches } from './demo-batches.ts';
import { DEFAULT_DEMO_SETTINGS, type DemoSettings } from './demo-person.ts';
import { loadMysql } from './load-mysql.ts';
import type { DemoLoad } from './load-options.ts';
import { loadPostgres } from './load-postgres.ts';
import { loadSqlite } from './load-sqlite.ts';

export interface GenerateDemoOptions extends Partial<DemoSettings> {
  readonly engine: ConnectorEngine;
  /** A PostgreSQL or MySQL URL, or a SQLite file path. */
  readonly target: string;
  readonly subjects: number;
  /** HMAC-SHA-256 keyed with the dataset's hash key: how My Numbers are stored. */
  readonly hashMyNumber: KeyedHash;
  readonly replace?: boolean;
  readonly batchSize?: number;
  readonly log?: (line: string) => void;
}

/** Generates the synthetic staffing-company HR database (seeded, so the same options give the same data) and bulk loads it. */
export async function generateDemoDatabase(options: GenerateDemoOptions): Promise<DemoLoad> {
  const settings = { ...DEFAULT_DEMO_SETTINGS, ...definedSettings(options) };
  const batches = demoBatches({
    ...settings,
    subjects: options.subjects,
    hashMyNumber: options.hashMyNumber,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
  const load = { replace: options.replace ?? false, ...(options.log ? { log: options.log } : {}) };
  switch (options.engine) {
    case 'postgres':
      return loadPostgres(options.target, batches, load);
    case 'mysql':
      return loadMysql(options.target, batches, load);
    case 'sqlite':
      return loadSqlite(sqlitePath(options.target), batches, load);
  }
}

function definedSettings(options: Partial<DemoSettings>): Partial<DemoSettings> {
  return {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  };
}
