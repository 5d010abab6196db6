// The disposal benchmark's company database: the demo HR database on PostgreSQL, padded with applicants whose last
// activity is more than a year old (so `rows` rows are due), and an identical copy for the bare DELETE.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { generateDemoDatabase } from '../../src/connectors/demo/generate.ts';
import type { KeyedHash } from '../../src/connectors/keyed-hash.ts';
import { createPostgresDatabase, testPostgresServer } from '../../test/support/test-databases.ts';

const CANDIDATE_COLUMNS = [
  'email',
  'family_name',
  'given_name',
  'family_name_kana',
  'given_name_kana',
  'birth_date',
  'gender',
  'postal_code',
  'prefecture',
  'city',
  'address_line',
  'phone',
  'desired_job',
  'assessment_note',
];

export interface BenchDatabases {
  readonly url: string;
  readonly copyUrl: string;
  readonly candidates: number;
  drop(): Promise<void>;
}

/**
 * Generates the demo for `subjects` people, adds synthetic applicants (copies of generated ones, last active 13 to
 * 40 months before `asOf`) until `due()` reports `rows` due rows, vacuums, then copies the database (TEMPLATE).
 */
export async function createBenchDatabases(options: {
  readonly subjects: number;
  readonly rows: number;
  readonly asOf: string;
  readonly hashMyNumber: KeyedHash;
  readonly due: (url: string) => Promise<number>;
  readonly log: (line: string) => void;
}): Promise<BenchDatabases> {
  const database = await createPostgresDatabase();
  const url = database.config.kind === 'postgres' ? database.config.url : '';
  await generateDemoDatabase({
    engine: 'postgres',
    target: url,
    subjects: options.subjects,
    hashMyNumber: options.hashMyNumber,
    asOf: options.asOf,
  });
  const already = await options.due(url);
  const pad = Math.max(0, options.rows - already);
  options.log(`demo: ${options.subjects} people, ${already} rows due; adding ${pad} lapsed applicants`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; top: string }>(
      'SELECT count(*) AS n, max(id) AS top FROM candidates',
    );
    const count = Number(rows[0]!.n);
    const top = Number(rows[0]!.top);
    const cols = CANDIDATE_COLUMNS.join(', ');
    await client.query(
      `INSERT INTO candidates (id, ${cols}, applied_on, last_activity_on)
       SELECT $1::int + g, ${CANDIDATE_COLUMNS.map((c) => `c.${c}`).join(', ')},
              $3::date - (400 + g % 800) - 30, $3::date - (400 + g % 800)
       FROM generate_series(1, $2::int) AS g JOIN candidates c ON c.id = 1 + (g % $4::int)`,
      [top, pad, options.asOf, count],
    );
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  const total = await options.due(url);
  const server = await testPostgresServer();
  const copyName = `mamori_bench_copy_${process.pid}_${randomBytes(4).toString('hex')}`;
  const sourceName = new URL(url).pathname.slice(1);
  await admin(server.url, `CREATE DATABASE "${copyName}" TEMPLATE "${sourceName}"`);
  const copy = new URL(url);
  copy.pathname = `/${copyName}`;
  return {
    url,
    copyUrl: copy.toString(),
    candidates: total,
    async drop() {
      await admin(server.url, `DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`);
      await database.drop();
    },
  };
}

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
