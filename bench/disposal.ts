// Disposal benchmark (issue 7): plan and run the disposal of N due rows in the demo HR database on PostgreSQL, against
// the bare statements (one DELETE ... WHERE per table, the same conditions, no batches, no bookkeeping) on an
// identical copy in the same run; p99 of concurrent reads (another process) during each.
// One command: npm run bench -- --only disposal [--rows 1000000]
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import pg from 'pg';
import type { Connector } from '../src/app/connector.ts';
import { importLedger } from '../src/app/import-ledger.ts';
import { planDisposal } from '../src/app/retention/plan-disposal.ts';
import type { RetentionDeps } from '../src/app/retention/retention-deps.ts';
import { runDisposalJob } from '../src/app/retention/run-disposal-job.ts';
import { startDisposalRun } from '../src/app/retention/start-disposal-run.ts';
import { readLedgerSources } from '../src/cli/ledger-files.ts';
import { hashKeyBytes, keyedHash } from '../src/connectors/keyed-hash.ts';
import { openConnector } from '../src/connectors/open-connector.ts';
import { loadAnnotations } from '../src/connectors/open-datasets.ts';
import { postgresDialect } from '../src/connectors/postgres/postgres-dialect.ts';
import { compileCondition } from '../src/connectors/sql/compile-condition.ts';
import { withHeldKeys } from '../src/core/retention/due-condition.ts';
import { renderDisposalCertificatePdf } from '../src/notice/render-disposal-certificate.ts';
import { openStore } from '../src/store/open-store.ts';
import { createPostgresDatabase } from '../test/support/test-databases.ts';
import { createBenchDatabases } from './disposal/bench-database.ts';

const DEMO = new URL('../examples/demo/', import.meta.url).pathname;
const KEY = keyedHash(hashKeyBytes('bench-only-hash-key-for-the-disposal-benchmark-01'));
const AS_OF = '2026-04-01';

export interface DisposalBenchResult {
  readonly rows: number;
  readonly subjects: number;
  readonly batchSize: number;
  readonly planSeconds: number;
  readonly runSeconds: number;
  readonly bareSeconds: number;
  readonly runRowsPerSecond: number;
  readonly bareRowsPerSecond: number;
  /** Mamori's rows/s over the bare statements' (goal: at least 0.5). */
  readonly ratio: number;
  readonly batches: number;
  readonly verified: boolean;
  readonly reads: Record<string, { reads: number; p50: number; p99: number; max: number }>;
}

export async function runDisposalBench(
  options: { rows?: number; subjects?: number; batchSize?: number; log?: (line: string) => void } = {},
): Promise<DisposalBenchResult> {
  const log = options.log ?? (() => {});
  const rows = options.rows ?? 200_000;
  const subjects = options.subjects ?? 20_000;
  const batchSize = options.batchSize ?? 10_000;
  const origin = Date.now();
  const clock = { now: () => new Date(Date.parse(`${AS_OF}T00:00:00Z`) + (Date.now() - origin)) };
  const annotations = loadAnnotations(join(DEMO, 'hr-database.annotations.yaml'));
  const storeDb = await createPostgresDatabase();
  const store = await openStore(storeDb.config);
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO), author: 'bench', comment: 'demo' });
  const timings: Record<string, number> = {};
  const depsFor = (url: string): RetentionDeps => ({
    store,
    clock,
    datasets: [{ annotations, connector: timed(openConnector('postgres', url), timings), keyedHash: KEY }],
    renderCertificate: renderDisposalCertificatePdf,
  });
  const due = async (url: string) => {
    const deps = depsFor(url);
    try {
      return (await planDisposal(deps)).plan.totals.due;
    } finally {
      await deps.datasets[0]!.connector.close();
    }
  };
  const t0 = performance.now();
  const dbs = await createBenchDatabases({ subjects, rows, asOf: AS_OF, hashMyNumber: KEY, due, log });
  log(`databases ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${dbs.candidates} rows due`);
  const reader = await startReader(dbs.url, dbs.copyUrl);
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));

    // The bare statements on the copy: the same conditions, one statement per table, children first.
    const deps = depsFor(dbs.url);
    const { plan, schedules } = await planDisposal(deps);
    const targets = [...schedules.values()].flatMap((s) => s.schedule.targets).filter((t) => t.action !== 'contractor');
    reader.phase('bare');
    const bare = new pg.Client({ connectionString: dbs.copyUrl });
    await bare.connect();
    const b0 = performance.now();
    let bareRows = 0;
    for (const target of targets) {
      const where = compileCondition(postgresDialect, withHeldKeys(target.due, new Map()), target.table);
      const sql =
        target.change.kind === 'update'
          ? `UPDATE "${target.table}" SET ${Object.keys(target.change.set)
              .map((c, i) => `"${c}" = $${where.params.length + i + 1}`)
              .join(', ')} WHERE ${where.sql}`
          : `DELETE FROM "${target.table}" WHERE ${where.sql}`;
      const params =
        target.change.kind === 'update' ? [...where.params, ...Object.values(target.change.set)] : where.params;
      bareRows += (await bare.query(sql, params)).rowCount ?? 0;
    }
    const bareSeconds = (performance.now() - b0) / 1000;
    await bare.end();
    reader.phase('between');
    log(`bare statements: ${bareRows} rows in ${bareSeconds.toFixed(2)} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    // Mamori: plan, then the durable job (batches, bookkeeping, holds re-checked, verification, certificate).
    const p0 = performance.now();
    await planDisposal(deps);
    const planSeconds = (performance.now() - p0) / 1000;
    reader.phase('mamori');
    const r0 = performance.now();
    const job = await startDisposalRun(deps, { actor: 'bench' });
    const r1 = performance.now();
    let lastBatch = r1;
    const done = await runDisposalJob(deps, job.id, {
      batchSize,
      onProgress: () => {
        lastBatch = performance.now();
      },
    });
    const r2 = performance.now();
    const runSeconds = (r2 - r0) / 1000;
    const phases = { start: (r1 - r0) / 1000, batches: (lastBatch - r1) / 1000, certify: (r2 - lastBatch) / 1000 };
    log(
      `connector time: ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))} ms`,
    );
    log(
      `mamori phases: start ${phases.start.toFixed(2)} s, batches ${phases.batches.toFixed(2)} s, verify + certificate ${phases.certify.toFixed(2)} s`,
    );
    reader.phase('after');
    const cert = (await store.retention.certificate(done.certificateId!))!;
    const disposed = cert.body.totals.disposed;
    log(
      `mamori: ${disposed} rows in ${runSeconds.toFixed(2)} s (${done.progress.reduce((n, p) => n + p.batches, 0)} batches)`,
    );
    if (disposed !== bareRows || disposed !== plan.totals.due) {
      throw new Error(`the runs disagree: plan ${plan.totals.due}, bare ${bareRows}, mamori ${disposed}`);
    }
    await deps.datasets[0]!.connector.close();
    const reads = await reader.stop();
    return {
      rows: disposed,
      subjects,
      batchSize,
      planSeconds,
      runSeconds,
      bareSeconds,
      runRowsPerSecond: disposed / runSeconds,
      bareRowsPerSecond: bareRows / bareSeconds,
      ratio: disposed / runSeconds / (bareRows / bareSeconds),
      batches: done.progress.reduce((n, p) => n + p.batches, 0),
      verified: cert.body.verification.ok,
      reads,
    };
  } finally {
    reader.kill();
    await store.close();
    await storeDb.drop();
    await dbs.drop();
  }
}

type Reader = ChildProcessByStdio<Writable, Readable, null>;

/** The reader process: reads the live database in the mamori phase, the copy in the bare phase. */
async function startReader(url: string, copyUrl: string) {
  const emails = await sampleEmails(url);
  const start = (readUrl: string, phase: string) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', new URL('./disposal/read-load.ts', import.meta.url).pathname],
      {
        env: {
          ...process.env,
          READ_URL: readUrl,
          READ_PHASE: phase,
          READ_EMAILS: JSON.stringify(emails),
          READ_MAX_ID: '200000',
        },
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    return child;
  };
  // One reader per database, so each phase reads the database being disposed of.
  const live = start(url, 'idle');
  const copy = start(copyUrl, 'copy-idle');
  await Promise.all([ready(live), ready(copy)]);
  const send = (child: Reader, line: string) => child.stdin.write(`${line}\n`);
  return {
    phase(name: string) {
      send(copy, `phase ${name === 'bare' ? 'bare' : `copy-${name}`}`);
      send(live, `phase ${name === 'mamori' ? 'mamori' : `live-${name}`}`);
    },
    async stop() {
      const results = await Promise.all([live, copy].map((child) => result(child, () => send(child, 'stop'))));
      return Object.fromEntries(
        results.flatMap((r) => Object.entries(r)).filter(([name]) => ['idle', 'bare', 'mamori'].includes(name)),
      ) as DisposalBenchResult['reads'];
    },
    kill() {
      live.kill();
      copy.kill();
    },
  };
}

function ready(child: Reader): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', () => reject(new Error('the reader process ended')));
  });
}

function result(child: Reader, stop: () => void): Promise<Record<string, never>> {
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', () => resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')));
    stop();
  });
}

/** The connector with the time spent in each disposal call added up (ms). */
function timed(connector: Connector, into: Record<string, number>): Connector {
  const disposal = connector.disposal!;
  const wrap =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await fn(...args);
      } finally {
        into[name] = (into[name] ?? 0) + performance.now() - start;
      }
    };
  return {
    ...connector,
    disposal: {
      count: wrap('count', disposal.count),
      keys: wrap('keys', disposal.keys),
      dispose: wrap('dispose', disposal.dispose),
    },
  };
}

async function sampleEmails(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ e: string }>(
      'SELECT lower(email) AS e FROM candidates ORDER BY id LIMIT 500',
    );
    return rows.map((r) => r.e);
  } finally {
    await client.end();
  }
}

export function formatDisposalTable(r: DisposalBenchResult): string {
  const ms = (phase: string) => {
    const p = r.reads[phase];
    return p ? `${p.p99.toFixed(1)} (${p.reads})` : '-';
  };
  return [
    `due rows ${r.rows.toLocaleString('en')} (demo of ${r.subjects.toLocaleString('en')} people + lapsed applicants), batches of ${r.batchSize.toLocaleString('en')}`,
    `plan                    ${r.planSeconds.toFixed(2)} s`,
    `Mamori run (durable)    ${r.runSeconds.toFixed(2)} s   ${Math.round(r.runRowsPerSecond).toLocaleString('en')} rows/s   ${r.batches} batches, verified: ${r.verified}`,
    `bare DELETE ... WHERE   ${r.bareSeconds.toFixed(2)} s   ${Math.round(r.bareRowsPerSecond).toLocaleString('en')} rows/s`,
    `ratio (Mamori / bare)   ${r.ratio.toFixed(2)}  (goal >= 0.5)`,
    `concurrent reads p99 ms (reads): idle ${ms('idle')}   during bare ${ms('bare')}   during Mamori ${ms('mamori')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[process.argv.indexOf('--rows') + 1] || 200_000);
  console.log(formatDisposalTable(await runDisposalBench({ rows, log: (l) => console.error(`  ${l}`) })));
  process.exit(0);
}
