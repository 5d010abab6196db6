// A request from an individual end to end over HTTP, on SQLite and PostgreSQL (Mamori's store and the demo HR
// database on the same engine): a disclosure submitted at the privacy center (with an identity document), identity
// check, fee, search, review, approval by a second person, reply letter (PDF) and package prepared, response sent;
// and an erasure of one person (the same steps plus the execution, verified). Each is compared in the same run with
// a named baseline: the find + export of the same person alone (disclosure) and the erasure use case alone.
// One command: node --import tsx bench/requests-flow.ts [--subjects N] [--engines sqlite,postgres] [--samples N]
import type { DatasetBinding } from '../src/app/dataset-binding.ts';
import { erasePersonData } from '../src/app/erase-person-data.ts';
import { findPersonData } from '../src/app/find-person-data.ts';
import { DEFAULT_DEMO_SETTINGS, demoPerson } from '../src/connectors/demo/demo-person.ts';
import { generateDemoDatabase } from '../src/connectors/demo/generate.ts';
import { Prng } from '../src/connectors/demo/prng.ts';
import { hashKeyBytes, keyedHash } from '../src/connectors/keyed-hash.ts';
import { openConnector } from '../src/connectors/open-connector.ts';
import { loadAnnotations } from '../src/connectors/open-datasets.ts';
import { demoLedger } from '../test/connectors/demo-fixture.ts';
import { createBenchTarget } from './requests/bench-targets.ts';
import { type FlowServer, startFlowServer } from './requests/flow-server.ts';
import { percentile, timed } from './requests/percentiles.ts';

type Engine = 'sqlite' | 'postgres';

export interface RequestFlowOptions {
  readonly subjects?: number;
  readonly engines?: readonly Engine[];
  /** Disclosures end to end (and as many baseline finds); erasures are a fifth of it, at least 5. */
  readonly samples?: number;
  readonly log?: (line: string) => void;
}

export interface RequestFlowRow {
  readonly engine: Engine;
  readonly subjects: number;
  readonly flow: 'disclosure' | 'erasure';
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly baseline: string;
  readonly baselineP50Ms: number;
  readonly baselineP95Ms: number;
  /** p50 of each HTTP step, in order. */
  readonly steps: readonly { readonly name: string; readonly p50Ms: number }[];
  /** Flows that did not end in `response-sent`, or found nothing for a person who exists (must be 0). */
  readonly failures: number;
}

const KEY = keyedHash(hashKeyBytes('bench-only-hash-key-for-the-requests-benchmark-01'));
const ANNOTATIONS = new URL('../examples/demo/hr-database.annotations.yaml', import.meta.url).pathname;
// A PNG signature and a few KiB, like a phone photo's header and more: the upload path is sealed and stored.
const DOCUMENT = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(4096, 7),
]).toString('base64');

export async function runRequestFlowBench(options: RequestFlowOptions = {}): Promise<RequestFlowRow[]> {
  const log = options.log ?? (() => {});
  const subjects = options.subjects ?? 20_000;
  const samples = options.samples ?? 50;
  const ledger = demoLedger();
  const annotations = loadAnnotations(ANNOTATIONS);
  const rows: RequestFlowRow[] = [];
  for (const engine of options.engines ?? (['sqlite', 'postgres'] as const)) {
    const target = await createBenchTarget(engine);
    try {
      log(`${engine}: generating ${subjects} people`);
      const load = await generateDemoDatabase({ engine, target: target.target, subjects, hashMyNumber: KEY });
      log(`${engine}: loaded in ${(load.loadSeconds + load.indexSeconds).toFixed(1)} s`);
      const connector = openConnector(engine, target.target);
      const binding: DatasetBinding = { annotations, connector, keyedHash: KEY };
      const server = await startFlowServer(engine, binding);
      try {
        const prng = new Prng(2026);
        // Each person once: an erased person found again would be an empty answer, not a measurement.
        const used = new Set<number>();
        const pick = () => {
          let index = prng.int(subjects);
          while (used.has(index)) index = prng.int(subjects);
          used.add(index);
          return demoPerson(DEFAULT_DEMO_SETTINGS, index).email;
        };
        for (let i = 0; i < 5; i++) await flow(server, 'disclosure', pick());
        const baseline: number[] = [];
        const runs: Run[] = [];
        for (let i = 0; i < samples; i++) {
          const email = pick();
          const identity = { kind: 'email' as const, email };
          baseline.push(
            (await timed(async () => JSON.stringify(await findPersonData({ ledger, datasets: [binding], identity }))))
              .ms,
          );
          runs.push(await flow(server, 'disclosure', email));
        }
        rows.push(row(engine, subjects, 'disclosure', runs, 'find + export alone', baseline));
        log(`${engine}: disclosure e2e p50 ${percentile(totals(runs), 50).toFixed(1)} ms`);
        const erasures = Math.max(5, Math.round(samples / 5));
        const erase: number[] = [];
        const eraseRuns: Run[] = [];
        for (let i = 0; i < erasures; i++) {
          const identity = { kind: 'email' as const, email: pick() };
          const { ms, value } = await timed(() =>
            erasePersonData({ ledger, datasets: [binding], identity, mode: 'execute', now: new Date() }),
          );
          if (!value.ok) throw new Error(`${engine}: erasure verification failed`);
          erase.push(ms);
          eraseRuns.push(await flow(server, 'erasure', pick()));
        }
        rows.push(row(engine, subjects, 'erasure', eraseRuns, 'erasure use case alone', erase));
        log(`${engine}: erasure e2e p50 ${percentile(totals(eraseRuns), 50).toFixed(1)} ms`);
      } finally {
        await server.close();
        await connector.close();
      }
    } finally {
      await target.drop();
    }
  }
  return rows;
}

interface Run {
  readonly steps: readonly { readonly name: string; readonly ms: number }[];
  readonly ok: boolean;
}

const totals = (runs: readonly Run[]) => runs.map((r) => r.steps.reduce((n, s) => n + s.ms, 0));

/** One request through every HTTP step; each step timed; ok when the response was sent and something was found. */
async function flow(server: FlowServer, type: 'disclosure' | 'erasure', email: string): Promise<Run> {
  const steps: { name: string; ms: number }[] = [];
  const go = async (name: string, who: 'hana' | 'ken' | undefined, method: string, path: string, body?: unknown) => {
    const { ms, value } = await timed(() => server.call(who, method, path, body));
    steps.push({ name, ms });
    if (value.status >= 300) throw new Error(`${type} ${name}: ${value.status} ${JSON.stringify(value.body)}`);
    return value.body;
  };
  const submitted = await go('submit', undefined, 'POST', '/privacy/requests', {
    operator: 'sakura-staffing',
    type,
    requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
    replyMethod: 'electronic',
    documents: [{ kind: 'identity', fileName: 'licence.png', mediaType: 'image/png', content: DOCUMENT }],
  });
  const id = (await server.store.requests.byTrackingCode(submitted.trackingCode))?.id ?? '';
  const at = (name: string) => `/api/v1/requests/${id}/${name}`;
  const verified = await go('verify-identity', 'hana', 'POST', at('verify-identity'), { documents: ['licence'] });
  if (verified.request.status === 'fee') {
    await go('record-payment', 'hana', 'POST', at('record-payment'), { method: 'bank-transfer' });
  }
  const searched = await go('search', 'hana', 'POST', at('search'));
  await go('review', 'hana', 'POST', at('review'));
  await go('approve', 'ken', 'POST', at('approve'));
  if (type === 'erasure') await go('execute', 'ken', 'POST', at('execute'));
  await go('prepare-response', 'ken', 'POST', at('prepare-response'), { lang: 'ja' });
  const sent = await go('deliver', 'ken', 'POST', at('deliver'), {});
  return { steps, ok: sent.request.status === 'response-sent' && searched.result.tables > 0 };
}

function row(
  engine: Engine,
  subjects: number,
  flow: RequestFlowRow['flow'],
  runs: readonly Run[],
  baseline: string,
  baselineMs: readonly number[],
): RequestFlowRow {
  const names = [...new Set(runs.flatMap((r) => r.steps.map((s) => s.name)))];
  return {
    engine,
    subjects,
    flow,
    samples: runs.length,
    p50Ms: percentile(totals(runs), 50),
    p95Ms: percentile(totals(runs), 95),
    baseline,
    baselineP50Ms: percentile(baselineMs, 50),
    baselineP95Ms: percentile(baselineMs, 95),
    steps: names.map((name) => ({
      name,
      p50Ms: percentile(
        runs.flatMap((r) => r.steps.filter((s) => s.name === name).map((s) => s.ms)),
        50,
      ),
    })),
    failures: runs.filter((r) => !r.ok).length,
  };
}

export function formatRequestFlowTable(rows: readonly RequestFlowRow[]): string {
  const header = ['engine', 'people', 'flow', 'n', 'e2e p50/p95 ms', 'baseline', 'p50/p95 ms', 'ratio', 'failures'];
  const lines = rows.map((r) => [
    r.engine,
    r.subjects.toLocaleString('en'),
    r.flow,
    String(r.samples),
    `${r.p50Ms.toFixed(1)} / ${r.p95Ms.toFixed(1)}`,
    r.baseline,
    `${r.baselineP50Ms.toFixed(2)} / ${r.baselineP95Ms.toFixed(2)}`,
    `${(r.p50Ms / r.baselineP50Ms).toFixed(0)}x`,
    String(r.failures),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const steps = rows.map(
    (r) =>
      `  ${r.engine} ${r.flow} steps (p50 ms): ${r.steps.map((s) => `${s.name} ${s.p50Ms.toFixed(1)}`).join(', ')}`,
  );
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt), '', ...steps].join('\n');
}

if (process.argv[1]?.endsWith('requests-flow.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const number = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
  const options: { -readonly [K in keyof RequestFlowOptions]: RequestFlowOptions[K] } = {
    log: (line) => console.error(line),
  };
  const subjects = number('subjects');
  if (subjects !== undefined) options.subjects = subjects;
  const samples = number('samples');
  if (samples !== undefined) options.samples = samples;
  const engines = arg('engines');
  if (engines !== undefined) options.engines = engines.split(',') as Engine[];
  console.log(formatRequestFlowTable(await runRequestFlowBench(options)));
}
