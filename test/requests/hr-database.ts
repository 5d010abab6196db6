// The demo HR database on PostgreSQL (the company's database the requests run against), generated once per suite;
// each API node opens its own connector on it, as separate servers would.
import { join } from 'node:path';
import pg from 'pg';
import type { DatasetBinding } from '../../src/app/dataset-binding.ts';
import { generateDemoDatabase } from '../../src/connectors/demo/generate.ts';
import { openConnector } from '../../src/connectors/open-connector.ts';
import { loadAnnotations } from '../../src/connectors/open-datasets.ts';
import { DEMO_DIR, SETTINGS, TEST_KEY } from '../connectors/demo-fixture.ts';
import { createPostgresDatabase } from '../support/test-databases.ts';

export interface HrDatabase {
  /** A binding with a connector of its own (one per node). */
  binding(): DatasetBinding;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function createHrDatabase(subjects: number): Promise<HrDatabase> {
  const database = await createPostgresDatabase();
  const url = database.config.kind === 'postgres' ? database.config.url : '';
  await generateDemoDatabase({ engine: 'postgres', target: url, subjects, hashMyNumber: TEST_KEY, ...SETTINGS });
  const annotations = loadAnnotations(join(DEMO_DIR, 'hr-database.annotations.yaml'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const connectors: { close(): Promise<void> }[] = [];
  return {
    binding() {
      const connector = openConnector('postgres', url);
      connectors.push(connector);
      return { annotations, connector, keyedHash: TEST_KEY };
    },
    async query(sql, params = []) {
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    },
    async close() {
      for (const c of connectors) await c.close();
      await client.end();
      await database.drop();
    },
  };
}
