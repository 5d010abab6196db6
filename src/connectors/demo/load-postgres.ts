import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AppError } from '../../core/app-error.ts';
import type { DemoBatch } from './demo-rows.ts';
import { constraintStatements, createTableStatements, DEMO_TABLES } from './demo-schema.ts';
import type { DemoLoad, LoadOptions } from './load-options.ts';
import { toTsv } from './tsv.ts';

/**
 * Loads the demo into PostgreSQL: bare tables, one COPY stream per table (each on its own connection, so the
 * server parses in parallel while Node generates), then primary keys, indexes and foreign keys, then ANALYZE.
 */
export async function loadPostgres(url: string, batches: Iterable<DemoBatch>, options: LoadOptions): Promise<DemoLoad> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const clients: pg.Client[] = [];
  try {
    await prepareTables(admin, options.replace);
    const started = performance.now();
    const streams = [];
    const creates = createTableStatements('postgres');
    for (const [i, table] of DEMO_TABLES.entries()) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      clients.push(client);
      // Created and filled in one transaction, so COPY can FREEZE: rows land frozen with hint bits set, and the
      // first reads after the load write nothing (no surprise latency, no vacuum needed).
      await client.query('BEGIN');
      await client.query('SET LOCAL synchronous_commit = off');
      await client.query(creates[i]!);
      const columns = table.columns.map((c) => `"${c.name}"`).join(', ');
      const copy = `COPY "${table.name}" (${columns}) FROM STDIN WITH (FREEZE)`;
      streams.push({ table: table.name, client, stream: client.query(copyFrom(copy)) });
    }
    const rows: Record<string, number> = {};
    for (const batch of batches) {
      for (const { table, stream } of streams) {
        const tableRows = batch[table];
        if (tableRows.length === 0) continue;
        rows[table] = (rows[table] ?? 0) + tableRows.length;
        if (!stream.write(toTsv(tableRows))) await once(stream, 'drain');
      }
      options.log?.(`loaded ${Object.values(rows).reduce((a, b) => a + b, 0)} rows`);
    }
    for (const { stream } of streams) stream.end();
    await Promise.all(streams.map(({ stream }) => finished(stream)));
    for (const { client } of streams) await client.query('COMMIT');
    const loadSeconds = (performance.now() - started) / 1000;
    const indexed = performance.now();
    const { indexes, foreignKeys } = constraintStatements('postgres');
    await runConcurrently(clients.slice(0, 2), indexes);
    await runConcurrently(clients.slice(0, 2), foreignKeys);
    await admin.query('ANALYZE');
    return { rows, loadSeconds, indexSeconds: (performance.now() - indexed) / 1000 };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await admin.end();
  }
}

async function prepareTables(client: pg.Client, replace: boolean): Promise<void> {
  const names = DEMO_TABLES.map((t) => t.name);
  const existing = await client.query(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)',
    [names],
  );
  if (existing.rows.length > 0 && !replace) {
    throw new AppError(
      'CONFLICT',
      `the database already has demo tables (${existing.rows.map((r) => r.table_name).join(', ')}): pass --replace to drop them`,
    );
  }
  for (const name of [...names].reverse()) await client.query(`DROP TABLE IF EXISTS "${name}" CASCADE`);
}

/** Runs statements on a few connections at once (PostgreSQL builds indexes of different tables in parallel). */
async function runConcurrently(clients: readonly pg.Client[], statements: readonly string[]): Promise<void> {
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < statements.length) await client.query(statements[next++]!);
    }),
  );
}
