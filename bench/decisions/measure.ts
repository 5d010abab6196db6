import type { BenchEngine } from './engine.ts';

export interface Measurement {
  readonly answers: Uint8Array;
  readonly decisionsPerSecond: number;
  readonly p50Ns: number;
  readonly p99Ns: number;
  readonly rounds: number;
}

/** A spread-out sample of `n` positions in `indices`. */
export function sampleOf(indices: readonly number[], n: number): number[] {
  const step = Math.max(1, Math.floor(indices.length / n));
  const out: number[] = [];
  for (let i = 0; i < indices.length && out.length < n; i += step) out.push(indices[i] as number);
  return out;
}

/**
 * Throughput: after a warm-up, every request of `indices` in one timed loop, repeated `rounds` times (median kept;
 * wall time, or this process's CPU time with `cpuTime`);
 * answers of the last round kept for the cross-check. Latency: each call of a sample timed alone with
 * process.hrtime.bigint (the timer's own cost, some tens of ns, is included).
 */
export function measure(
  engine: BenchEngine,
  indices: readonly number[],
  options: { rounds: number; latencySample: number; cpuTime?: boolean },
): Measurement {
  const answers = new Uint8Array(indices.length);
  const warm = sampleOf(indices, Math.min(Math.ceil(indices.length / 10), 20_000));
  for (const i of warm) engine.decide(i);
  const rates: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    if (engine.decideMany) {
      const all = engine.decideMany(indices);
      for (let k = 0; k < all.length; k++) answers[k] = all[k] ? 1 : 0;
    } else {
      for (let k = 0; k < indices.length; k++) answers[k] = engine.decide(indices[k] as number) ? 1 : 0;
    }
    // CPU time (user + system of this process) instead of wall time on a shared machine: time spent waiting for a
    // core another process holds is not counted; cache misses caused by the neighbours still are.
    const cpu = process.cpuUsage(cpuStart);
    const seconds = options.cpuTime ? (cpu.user + cpu.system) / 1e6 : Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(indices.length / seconds);
  }
  const latencies = engine.decideMany
    ? batchLatencies(engine, indices)
    : singleLatencies(engine, sampleOf(indices, options.latencySample));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { answers, decisionsPerSecond: median(rates), p50Ns: at(0.5), p99Ns: at(0.99), rounds: options.rounds };
}

function singleLatencies(engine: BenchEngine, sample: readonly number[]): number[] {
  const out: number[] = [];
  for (const i of sample) {
    const start = process.hrtime.bigint();
    engine.decide(i);
    out.push(Number(process.hrtime.bigint() - start));
  }
  return out;
}

/** For a batch API, per-decision latency is each batch of 1,000 timed whole, divided by its size. */
function batchLatencies(engine: BenchEngine, indices: readonly number[]): number[] {
  const many = engine.decideMany as NonNullable<BenchEngine['decideMany']>;
  const batches: number[][] = [];
  for (let from = 0; from + 1000 <= indices.length && batches.length < 100; from += 1000) {
    batches.push(indices.slice(from, from + 1000));
  }
  for (const batch of batches) many(batch);
  return batches.map((batch) => {
    const start = process.hrtime.bigint();
    many(batch);
    return Number(process.hrtime.bigint() - start) / batch.length;
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
