import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { createBitsetBaseline } from './baseline-bitset.ts';
import { createMapBaseline } from './baseline-map.ts';
import { loadBenchLedger } from './bench-ledger.ts';
import { createCasbinEngine } from './casbin-engine.ts';
import { createCedarEngine } from './cedar-engine.ts';
import type { BenchEngine } from './engine.ts';
import { generateRequests, type RequestSet } from './generate-requests.ts';
import { createMamoriBatchEngine, createMamoriEngine, createMamoriPreparedEngine } from './mamori-engine.ts';
import { measure } from './measure.ts';

export interface DecisionBenchOptions {
  readonly ledgerPath?: string;
  readonly count?: number;
  readonly seed?: number;
  /** Requests Cedar decides (it is slow): the first N of the set. */
  readonly cedarSubset?: number;
  readonly casbinSubset?: number;
  readonly rounds?: number;
  readonly latencySample?: number;
  /** Throughput from this process's CPU time rather than wall time (for a machine shared with other work). */
  readonly cpuTime?: boolean;
  /** Engines to run, by name prefix; all when absent. */
  readonly only?: readonly string[];
  readonly log?: (line: string) => void;
}

export interface DecisionBenchRow {
  readonly engine: string;
  readonly requests: number;
  readonly decisionsPerSecond: number;
  readonly p50Ns: number;
  readonly p99Ns: number;
  readonly vsMamori: number;
  readonly vsBitset: number;
  readonly mismatches: number;
  readonly excluded: number;
  readonly excludedWhy: readonly string[];
  readonly notes: readonly string[];
}

interface Plan {
  readonly make: (ledger: Ledger, set: RequestSet) => BenchEngine | Promise<BenchEngine>;
  readonly limit?: number;
  readonly rounds?: number;
}

/** Runs every engine over the same pre-generated requests; Mamori's answers are the reference. */
export async function runDecisionBench(options: DecisionBenchOptions = {}): Promise<DecisionBenchRow[]> {
  const log = options.log ?? (() => {});
  const loaded = loadBenchLedger(options.ledgerPath);
  const set = generateRequests({
    ledger: loaded.ledger,
    count: options.count ?? 100_000,
    seed: options.seed ?? 20260715,
  });
  log(
    `ledger ${loaded.path} (${loaded.note}); ${set.requests.length} requests over ${set.states.size} people; now ${set.now.toISOString()}; throughput by ${options.cpuTime ? 'CPU' : 'wall'} time`,
  );
  const rounds = options.rounds ?? 5;
  const plans: Plan[] = [
    { make: createMamoriEngine },
    { make: createMamoriBatchEngine },
    { make: createMamoriPreparedEngine },
    { make: createMapBaseline },
    { make: createBitsetBaseline },
    { make: (l, s) => createBitsetBaseline(l, s, true) },
    { make: createCasbinEngine, limit: options.casbinSubset ?? 20_000, rounds: 1 },
    { make: (l, s) => createCedarEngine(l, s, true), limit: options.cedarSubset ?? 5000, rounds: 1 },
    { make: (l, s) => createCedarEngine(l, s, false), limit: options.cedarSubset ?? 5000, rounds: 1 },
  ];
  const all = set.requests.map((_, i) => i);
  const mamori = createMamoriEngine(loaded.ledger, set);
  const reference = Uint8Array.from(all, (i) => (mamori.decide(i) ? 1 : 0));
  const measured: Omit<DecisionBenchRow, 'vsMamori' | 'vsBitset'>[] = [];
  for (const plan of plans) {
    const engine = await plan.make(loaded.ledger, set);
    if (options.only && !options.only.some((prefix) => engine.name.startsWith(prefix))) continue;
    const indices = plan.limit === undefined ? all : all.slice(0, plan.limit);
    const m = measure(engine, indices, {
      rounds: plan.rounds ?? rounds,
      latencySample: Math.min(options.latencySample ?? 20_000, indices.length / 5),
      cpuTime: options.cpuTime === true,
    });
    let mismatches = 0;
    let excluded = 0;
    const why = new Map<string, number>();
    indices.forEach((index, k) => {
      const reason = engine.excluded?.(index);
      if (reason !== undefined) {
        excluded++;
        why.set(reason, (why.get(reason) ?? 0) + 1);
      } else if (m.answers[k] !== reference[index]) mismatches++;
    });
    const row = {
      engine: engine.name,
      requests: indices.length,
      decisionsPerSecond: m.decisionsPerSecond,
      p50Ns: m.p50Ns,
      p99Ns: m.p99Ns,
      mismatches,
      excluded,
      excludedWhy: [...why].map(([reason, n]) => `${n}: ${reason}`),
      notes: engine.notes,
    };
    log(`${row.engine}: ${Math.round(row.decisionsPerSecond).toLocaleString('en')} decisions/s over ${row.requests}`);
    measured.push(row);
  }
  const mamoriRate = measured.find((r) => r.engine === 'mamori decide')?.decisionsPerSecond ?? Number.NaN;
  const bitsetRate = measured.find((r) => r.engine === 'baseline bitset')?.decisionsPerSecond ?? Number.NaN;
  return measured.map((r) => ({
    ...r,
    vsMamori: r.decisionsPerSecond / mamoriRate,
    vsBitset: r.decisionsPerSecond / bitsetRate,
  }));
}

export function formatDecisionTable(rows: readonly DecisionBenchRow[]): string {
  const head = ['engine', 'requests', 'decisions/s', 'p50', 'p99', 'vs mamori', 'vs bitset', 'mismatches', 'excluded'];
  const ns = (v: number) =>
    v >= 1e6 ? `${(v / 1e6).toFixed(2)} ms` : v >= 1e3 ? `${(v / 1e3).toFixed(2)} µs` : `${Math.round(v)} ns`;
  const body = rows.map((r) => [
    r.engine,
    r.requests.toLocaleString('en'),
    Math.round(r.decisionsPerSecond).toLocaleString('en'),
    ns(r.p50Ns),
    ns(r.p99Ns),
    `${r.vsMamori.toFixed(r.vsMamori < 0.1 ? 4 : 2)}x`,
    `${r.vsBitset.toFixed(r.vsBitset < 0.1 ? 4 : 2)}x`,
    String(r.mismatches),
    String(r.excluded),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  const notes = rows.flatMap((r) => [
    `${r.engine}:`,
    ...r.notes.map((n) => `  - ${n}`),
    ...r.excludedWhy.map((w) => `  - excluded ${w}`),
  ]);
  return [line(head), ...body.map(line), '', ...notes].join('\n');
}

if (process.argv[1]?.endsWith('run-decisions.ts')) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      ledger: { type: 'string' },
      count: { type: 'string' },
      'cedar-subset': { type: 'string' },
      only: { type: 'string', multiple: true },
      'cpu-time': { type: 'boolean' },
    },
  });
  const started = Date.now();
  const rows = await runDecisionBench({
    ...(values.ledger ? { ledgerPath: values.ledger } : {}),
    ...(values.count ? { count: Number(values.count) } : {}),
    ...(values['cedar-subset'] ? { cedarSubset: Number(values['cedar-subset']) } : {}),
    ...(values.only ? { only: values.only } : {}),
    ...(values['cpu-time'] ? { cpuTime: true } : {}),
    log: (line) => console.log(line),
  });
  console.log(`\n${formatDecisionTable(rows)}\n\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (rows.some((r) => r.mismatches > 0)) process.exitCode = 1;
}
