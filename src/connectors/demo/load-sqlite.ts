import Database from 'better-sqlite3';
import { AppError } from '../../core/app-error.ts';
import type { DemoBatch } from './demo-rows.ts';
import { constraintStatements, createTableStatements, DEMO_TABLES } from './demo-schema.ts';
import type { DemoLoad, LoadOptions } from './load-options.ts';

/** Loads the demo into a SQLite file with prepared INSERTs, one transaction per batch; indexes afterwards. */
export async function loadSqlite(path: string, batches: Iterable<DemoBatch>, options: LoadOptions): Promise<DemoLoad> {
  const db = new Database(path);
  try {
    const names = DEMO_TABLES.map((t) => t.name);
    const existing = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${names.map(() => '?').join(', ')})`)
      .all(...names) as { name: string }[];
    if (existing.length > 0 && !options.replace) {
      throw new AppError(
        'CONFLICT',
        `the database already has demo tables (${existing.map((r) => r.name).join(', ')}): pass --replace to drop them`,
      );
    }
    db.pragma('foreign_keys = OFF');
    for (const name of [...names].reverse()) db.exec(`DROP TABLE IF EXISTS "${name}"`);
    for (const statement of createTableStatements('sqlite')) db.exec(statement);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const inserts = new Map(
      DEMO_TABLES.map((t) => [
        t.name,
        db.prepare(`INSERT INTO "${t.name}" VALUES (${t.columns.map(() => '?').join(', ')})`),
      ]),
    );
    const started = performance.now();
    const rows: Record<string, number> = {};
    const write = db.transaction((batch: DemoBatch) => {
      for (const [table, insert] of inserts) {
        const tableRows = batch[table];
        rows[table] = (rows[table] ?? 0) + tableRows.length;
        for (const row of tableRows) insert.run(row);
      }
    });
    for (const batch of batches) {
      write(batch);
      options.log?.(`loaded ${Object.values(rows).reduce((a, b) => a + b, 0)} rows`);
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const indexed = performance.now();
    for (const statement of constraintStatements('sqlite').indexes) db.exec(statement);
    db.exec('ANALYZE');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0)
      throw new AppError('INTERNAL', `the generated data breaks ${problems.length} foreign keys`);
    return { rows, loadSeconds, indexSeconds: (performance.now() - indexed) / 1000 };
  } finally {
    db.close();
  }
}
