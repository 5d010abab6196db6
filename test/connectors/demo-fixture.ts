// A small generated demo database on one engine, with an open connector and a raw client for checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Connector, ConnectorEngine } from '../../src/app/connector.ts';
import type { DatasetBinding } from '../../src/app/dataset-binding.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { DEMO_TABLES } from '../../src/connectors/demo/demo-schema.ts';
import { generateDemoDatabase } from '../../src/connectors/demo/generate.ts';
import { hashKeyBytes, keyedHash } from '../../src/connectors/keyed-hash.ts';
import { openConnector } from '../../src/connectors/open-connector.ts';
import { loadAnnotations } from '../../src/connectors/open-datasets.ts';
import { toRow } from '../../src/connectors/sql/sql-session.ts';
import type { DatasetRow } from '../../src/core/dataset/dataset-rows.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';
import { createPostgresDatabase } from '../support/test-databases.ts';
import { createMysqlDatabase } from '../support/test-mariadb.ts';

export const DEMO_DIR = new URL('../../examples/demo/', import.meta.url).pathname;
export const SETTINGS = { seed: 7, asOf: '2026-04-01' } as const;
export const NOW = new Date('2026-04-01T00:00:00Z');
export const TEST_KEY = keyedHash(hashKeyBytes('test-only-hash-key-for-the-connector-suites-0123'));
export const TEST_PSEUDONYM_KEY = keyedHash(hashKeyBytes('test-only-pseudonym-key-for-the-extract-suites-45'));

export interface DemoFixture {
  readonly engine: ConnectorEngine;
  readonly ledger: Ledger;
  readonly binding: DatasetBinding;
  readonly connector: Connector;
  /** Runs SQL on a separate raw connection (placeholders: ? everywhere; $n on PostgreSQL). */
  raw(sql: string, params?: unknown[]): Promise<DatasetRow[]>;
  /** Every row of every demo table, to prove a run changed nothing. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export function demoLedger(): Ledger {
  const parsed = parseLedger(readLedgerSources(DEMO_DIR));
  if (!parsed.ok) throw new Error(`demo ledger invalid: ${parsed.issues[0]?.message}`);
  return parsed.ledger;
}

export async function createDemoFixture(engine: ConnectorEngine, subjects: number): Promise<DemoFixture> {
  const { target, drop, raw, closeRaw } = await createTarget(engine);
  await generateDemoDatabase({ engine, target, subjects, hashMyNumber: TEST_KEY, ...SETTINGS });
  const connector = openConnector(engine, target);
  const annotations = loadAnnotations(join(DEMO_DIR, 'hr-database.annotations.yaml'));
  return {
    engine,
    ledger: demoLedger(),
    binding: { annotations, connector, keyedHash: TEST_KEY, pseudonymHash: TEST_PSEUDONYM_KEY },
    connector,
    raw,
    async snapshot() {
      const parts = [];
      for (const table of DEMO_TABLES) parts.push(JSON.stringify(await raw(`SELECT * FROM ${table.name} ORDER BY id`)));
      return parts.join('\n');
    },
    async close() {
      await connector.close();
      await closeRaw();
      await drop();
    },
  };
}

interface Target {
  target: string;
  drop(): Promise<void>;
  raw(sql: string, params?: unknown[]): Promise<DatasetRow[]>;
  closeRaw(): Promise<void>;
}

async function createTarget(engine: ConnectorEngine): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-demo-'));
    const path = join(dir, 'hr.sqlite');
    let db: Database.Database | undefined;
    return {
      target: path,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
      async raw(sql, params = []) {
        db ??= new Database(path);
        const statement = db.prepare(sql);
        if (!statement.reader) {
          statement.run(...params);
          return [];
        }
        return (statement.all(...params) as Record<string, unknown>[]).map(toRow);
      },
      closeRaw: async () => {
        db?.close();
      },
    };
  }
  if (engine === 'postgres') {
    const database = await createPostgresDatabase();
    const url = database.config.kind === 'postgres' ? database.config.url : '';
    const client = new pg.Client({
      connectionString: url,
      types: { getTypeParser: (oid: number) => (oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid)) },
    } as pg.ClientConfig);
    await client.connect();
    return {
      target: url,
      drop: () => database.drop(),
      async raw(sql, params = []) {
        let n = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows.map(toRow);
      },
      closeRaw: () => client.end(),
    };
  }
  const database = await createMysqlDatabase();
  const connection = await mysql.createConnection({ uri: database.url, dateStrings: true });
  return {
    target: database.url,
    drop: () => database.drop(),
    async raw(sql, params = []) {
      const [rows] = await connection.query(sql, params);
      return Array.isArray(rows) ? (rows as Record<string, unknown>[]).map(toRow) : [];
    },
    closeRaw: () => connection.end(),
  };
}
