// Evidence log benchmark: durable appends/s, chained (group commit) against plain inserts of the same rows, on
// SQLite and PostgreSQL; then verification speed over 1,000,000 entries on PostgreSQL.
// One command: node --import tsx bench/evidence.ts [--verify-entries N]
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { EvidenceEvent } from '../src/app/evidence-log.ts';
import { verifyEvidence } from '../src/app/verify-evidence.ts';
import { publicKeyOf } from '../src/core/evidence/checkpoint.ts';
import { createKysely } from '../src/store/create-kysely.ts';
import type { StoreKind } from '../src/store/database.ts';
import { openStore } from '../src/store/open-store.ts';
import type { StoreConfig } from '../src/store/store-config.ts';
import { createPostgresDatabase } from '../test/support/test-databases.ts';
import { benchEvents } from './evidence/bench-events.ts';
import { openPlainTarget } from './evidence/plain-inserts.ts';

export interface EvidenceBenchRow {
  readonly store: StoreKind;
  readonly scenario: string;
  readonly entries: number;
  /** Chained, durable entries per second (for `verify`, entries verified per second). */
  readonly chainedPerSecond: number;
  /** Plain inserts of the same rows per second; NaN where there is no baseline. */
  readonly plainPerSecond: number;
  readonly ratio: number;
  readonly note: string;
}

export interface EvidenceBenchOptions {
  readonly singles?: number;
  readonly callers?: number;
  readonly perCaller?: number;
  readonly batches?: number;
  readonly rounds?: number;
  readonly verifyEntries?: number;
  readonly log?: (line: string) => void;
}

// A throwaway signing key: the benchmark's checkpoints are signed like real ones.
const { privateKey } = generateKeyPairSync('ed25519');
const key = { privateKey, publicKey: publicKeyOf(privateKey) };
const keys = { current: key.publicKey, trusted: [key.publicKey] };

export async function runEvidenceBench(options: EvidenceBenchOptions = {}): Promise<EvidenceBenchRow[]> {
  const log = options.log ?? (() => {});
  const rows: EvidenceBenchRow[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const target = await createTarget(kind);
    try {
      log(`${kind}: ${target.note}`);
      rows.push(...(await appendScenarios(kind, target.config, options, target.note, log)));
    } finally {
      await target.drop();
    }
  }
  const pg = await createTarget('postgres');
  try {
    rows.push(await verifyScenario(pg.config, options.verifyEntries ?? 1_000_000, pg.note, log));
  } finally {
    await pg.drop();
  }
  return rows;
}

async function appendScenarios(
  kind: StoreKind,
  config: StoreConfig,
  options: EvidenceBenchOptions,
  note: string,
  log: (line: string) => void,
): Promise<EvidenceBenchRow[]> {
  const store = await openStore(config, { evidence: { signingKey: key } });
  const plain = await openPlainTarget(config);
  let next = 1;
  const take = (count: number) => {
    const events = benchEvents(next, count);
    next += count;
    return events;
  };
  const row = (scenario: string, entries: number, chained: number, plainRate: number): EvidenceBenchRow => {
    log(`  ${scenario}: chained ${Math.round(chained)}/s, plain ${Math.round(plainRate)}/s`);
    return {
      store: kind,
      scenario,
      entries,
      chainedPerSecond: chained,
      plainPerSecond: plainRate,
      ratio: chained / plainRate,
      note,
    };
  };
  try {
    const rounds = options.rounds ?? 3;
    const perRound = <T>(make: () => T) => Array.from({ length: rounds }, make);
    const singles = options.singles ?? 200;
    const singleSets = perRound(() => take(singles));
    const [singleChained, singlePlain] = await compare(
      rounds,
      singles,
      async (r) => {
        for (const event of singleSets[r] as EvidenceEvent[]) await store.evidence.append(event);
      },
      async (r) => {
        for (const event of singleSets[r] as EvidenceEvent[]) await plain.insert([event]);
      },
    );
    const callers = options.callers ?? 64;
    const perCaller = options.perCaller ?? 30;
    const total = callers * perCaller;
    const concurrentSets = perRound(() => take(total));
    const byCaller = (r: number, c: number) =>
      (concurrentSets[r] as EvidenceEvent[]).slice(c * perCaller, (c + 1) * perCaller);
    const [concurrentChained, concurrentPlain] = await compare(
      rounds,
      total,
      (r) =>
        inParallel(callers, async (c) => {
          for (const event of byCaller(r, c)) await store.evidence.append(event);
        }),
      (r) =>
        inParallel(callers, async (c) => {
          for (const event of byCaller(r, c)) await plain.insert([event]);
        }),
    );
    const batches = options.batches ?? 10;
    const batchSets = perRound(() => Array.from({ length: batches }, () => take(1000)));
    const [batchChained, batchPlain] = await compare(
      rounds,
      batches * 1000,
      async (r) => {
        for (const batch of batchSets[r] as EvidenceEvent[][]) await store.evidence.appendMany(batch);
      },
      async (r) => {
        for (const batch of batchSets[r] as EvidenceEvent[][]) await plain.insert(batch);
      },
    );
    const check = await verifyEvidence({ store, keys: keys });
    if (!check.ok) throw new Error(`the benchmark's own chain does not verify: ${check.problem?.message}`);
    return [
      row('single: one append awaited at a time', singles, singleChained, singlePlain),
      row(`${callers} concurrent callers (group commit)`, total, concurrentChained, concurrentPlain),
      row('1,000-row batches', batches * 1000, batchChained, batchPlain),
    ];
  } finally {
    await store.close();
    await plain.close();
  }
}

async function verifyScenario(
  config: StoreConfig,
  entries: number,
  note: string,
  log: (line: string) => void,
): Promise<EvidenceBenchRow> {
  const store = await openStore(config, { evidence: { signingKey: key } });
  try {
    const fillStarted = performance.now();
    for (let n = 1; n <= entries; n += 20_000) {
      await store.evidence.appendMany(benchEvents(n, Math.min(20_000, entries - n + 1)));
    }
    log(
      `  filled ${entries.toLocaleString('en')} entries in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`,
    );
    // Fresh statistics and visibility map, as a database that has been running a while would have.
    const admin = createKysely(config);
    await sql`vacuum analyze evidence_entries`.execute(admin);
    await admin.destroy();
    let result: Awaited<ReturnType<typeof verifyEvidence>> | undefined;
    const perSecond = await rate(entries, async () => {
      result = await verifyEvidence({ store, keys: keys });
    });
    if (!result?.ok || result.entries !== entries) throw new Error(`verification failed: ${result?.problem?.message}`);
    log(`  verified ${entries.toLocaleString('en')} entries: ${Math.round(perSecond)}/s`);
    return {
      store: 'postgres',
      scenario: `verify ${entries.toLocaleString('en')} entries (chain + ${result.checkpoints} checkpoints)`,
      entries,
      chainedPerSecond: perSecond,
      plainPerSecond: Number.NaN,
      ratio: Number.NaN,
      note,
    };
  } finally {
    await store.close();
  }
}

async function rate(count: number, work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return count / ((performance.now() - started) / 1000);
}

/**
 * Chained and plain measured in alternating rounds on fresh rows, best round of each kept: the machine is shared
 * and noisy, and alternating keeps both sides exposed to the same noise.
 */
async function compare(
  rounds: number,
  count: number,
  chained: (round: number) => Promise<void>,
  plain: (round: number) => Promise<void>,
): Promise<[number, number]> {
  let bestChained = 0;
  let bestPlain = 0;
  for (let round = 0; round < rounds; round++) {
    bestChained = Math.max(bestChained, await rate(count, () => chained(round)));
    bestPlain = Math.max(bestPlain, await rate(count, () => plain(round)));
  }
  return [bestChained, bestPlain];
}

async function inParallel(count: number, work: (index: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, i) => work(i)));
}

interface Target {
  readonly config: StoreConfig;
  readonly note: string;
  drop(): Promise<void>;
}

async function createTarget(kind: StoreKind): Promise<Target> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-bench-'));
    return {
      config: { kind, path: join(dir, 'mamori.sqlite') },
      note: 'WAL, synchronous=FULL (fsync per commit)',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createPostgresDatabase();
  const db = createKysely(database.config);
  const settings = await sql<{ name: string; setting: string }>`select name, setting from pg_settings
    where name in ('fsync', 'synchronous_commit', 'server_version')`.execute(db);
  await db.destroy();
  const s = Object.fromEntries(settings.rows.map((r) => [r.name, r.setting]));
  return {
    config: database.config,
    note: `PostgreSQL ${s.server_version}, fsync=${s.fsync}, synchronous_commit=${s.synchronous_commit}`,
    drop: () => database.drop(),
  };
}

export function formatEvidenceTable(rows: readonly EvidenceBenchRow[]): string {
  const head = ['store', 'scenario', 'entries', 'chained/s', 'plain/s', 'chained/plain'];
  const body = rows.map((r) => [
    r.store,
    r.scenario,
    r.entries.toLocaleString('en'),
    Math.round(r.chainedPerSecond).toLocaleString('en'),
    Number.isNaN(r.plainPerSecond) ? '-' : Math.round(r.plainPerSecond).toLocaleString('en'),
    Number.isNaN(r.ratio) ? '-' : `${(r.ratio * 100).toFixed(0)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  const notes = [...new Set(rows.map((r) => `${r.store}: ${r.note}`))];
  return [line(head), ...body.map(line), '', ...notes].join('\n');
}

if (process.argv[1]?.endsWith('evidence.ts')) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { 'verify-entries': { type: 'string' } } });
  const started = Date.now();
  const rows = await runEvidenceBench({
    ...(values['verify-entries'] ? { verifyEntries: Number(values['verify-entries']) } : {}),
    log: (line) => console.log(line),
  });
  console.log(`\n${formatEvidenceTable(rows)}\n\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
