import { Readable } from 'node:stream';
import mysql from 'mysql2/promise';
import { AppError } from '../../core/app-error.ts';
import { mysqlOptions } from '../mysql/mysql-connector.ts';
import type { DemoBatch } from './demo-rows.ts';
import { constraintStatements, createTableStatements, DEMO_TABLES } from './demo-schema.ts';
import type { DemoLoad, LoadOptions } from './load-options.ts';
import { toTsv } from './tsv.ts';

/**
 * Loads the demo into MariaDB/MySQL with LOAD DATA LOCAL INFILE fed from memory (no temp files); where the
 * server refuses local infile, multi-row INSERTs. Checks are off during the load; indexes and foreign keys after.
 */
export async function loadMysql(url: string, batches: Iterable<DemoBatch>, options: LoadOptions): Promise<DemoLoad> {
  const connection = await mysql.createConnection(mysqlOptions(url));
  try {
    await prepareTables(connection, options.replace);
    await connection.query('SET unique_checks = 0, foreign_key_checks = 0');
    const [[setting]] = (await connection.query(`SELECT @@local_infile AS on_`)) as unknown as [[{ on_: number }]];
    const local = Number(setting.on_) === 1;
    const started = performance.now();
    const rows: Record<string, number> = {};
    for (const batch of batches) {
      for (const table of DEMO_TABLES) {
        const tableRows = batch[table.name];
        if (tableRows.length === 0) continue;
        rows[table.name] = (rows[table.name] ?? 0) + tableRows.length;
        const columns = table.columns.map((c) => `\`${c.name}\``).join(', ');
        if (local) {
          const data = Buffer.from(toTsv(tableRows));
          await connection.query({
            sql: `LOAD DATA LOCAL INFILE 'demo' INTO TABLE \`${table.name}\` CHARACTER SET utf8mb4 (${columns})`,
            infileStreamFactory: () => Readable.from(chunks(data)),
          });
        } else {
          for (let i = 0; i < tableRows.length; i += 2000) {
            await connection.query(`INSERT INTO \`${table.name}\` (${columns}) VALUES ?`, [
              tableRows.slice(i, i + 2000),
            ]);
          }
        }
      }
      options.log?.(`loaded ${Object.values(rows).reduce((a, b) => a + b, 0)} rows`);
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const indexed = performance.now();
    const { indexes, foreignKeys } = constraintStatements('mysql');
    for (const statement of [...indexes, ...foreignKeys]) await connection.query(statement);
    await connection.query('SET unique_checks = 1, foreign_key_checks = 1');
    for (const table of DEMO_TABLES) await connection.query(`ANALYZE TABLE \`${table.name}\``);
    return { rows, loadSeconds, indexSeconds: (performance.now() - indexed) / 1000 };
  } finally {
    await connection.end();
  }
}

async function prepareTables(connection: mysql.Connection, replace: boolean): Promise<void> {
  const names = DEMO_TABLES.map((t) => t.name);
  const [existing] = (await connection.query(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?)',
    [names],
  )) as unknown as [{ name: string }[]];
  if (existing.length > 0 && !replace) {
    throw new AppError(
      'CONFLICT',
      `the database already has demo tables (${existing.map((r) => r.name).join(', ')}): pass --replace to drop them`,
    );
  }
  await connection.query('SET foreign_key_checks = 0');
  for (const name of [...names].reverse()) await connection.query(`DROP TABLE IF EXISTS \`${name}\``);
  await connection.query('SET foreign_key_checks = 1');
  for (const statement of createTableStatements('mysql')) await connection.query(statement);
}

/** Packets under the protocol's 16 MB limit. */
function* chunks(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 1 << 20) yield data.subarray(i, i + (1 << 20));
}
