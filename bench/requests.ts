// Requests benchmark on the demo HR database (PostgreSQL, MariaDB, SQLite): bulk load time of N generated people;
// find + export of one person across every annotated table (p50/p95 over random people) against a naive baseline
// that scans each annotated table; erasure of one person (plan, run, verify); a disclosure end to end.
// One command: node --import tsx bench/requests.ts [--subjects N] [--engines postgres,mysql,sqlite] [--samples N]
import { stringify } from 'csv-stringify/sync';
import type { ConnectorEngine } from '../src/app/connector.ts';
import type { DatasetBinding } from '../src/app/dataset-binding.ts';
import { erasePersonData } from '../src/app/erase-person-data.ts';
import { findPersonData } from '../src/app/find-person-data.ts';
import { DEFAULT_DEMO_SETTINGS, type DemoPerson, demoPerson } from '../src/connectors/demo/demo-person.ts';
import { generateDemoDatabase } from '../src/connectors/demo/generate.ts';
import { Prng } from '../src/connectors/demo/prng.ts';
import { hashKeyBytes, keyedHash } from '../src/connectors/keyed-hash.ts';
import { openConnector } from '../src/connectors/open-connector.ts';
import { loadAnnotations } from '../src/connectors/open-datasets.ts';
import { runWalk } from '../src/connectors/sql/run-walk.ts';
import { type FoundRows, keyString } from '../src/core/dataset/dataset-rows.ts';
import type { PersonIdentity } from '../src/core/dataset/person-identity.ts';
import { toMatchKey } from '../src/core/dataset/person-identity.ts';
import { walkPlan } from '../src/core/dataset/walk-plan.ts';
import { demoLedger } from '../test/connectors/demo-fixture.ts';
import { createBenchTarget } from './requests/bench-targets.ts';
import { naiveSession } from './requests/naive-session.ts';
import { percentile, timed } from './requests/percentiles.ts';

export interface RequestsBenchOptions {
  readonly subjects?: number;
  /** Per-engine size, where one engine is run smaller (MariaDB loads slower). */
  readonly subjectsByEngine?: Partial<Record<ConnectorEngine, number>>;
  readonly engines?: readonly ConnectorEngine[];
  readonly samples?: number;
  readonly naiveSamples?: number;
  readonly erasures?: number;
  readonly log?: (line: string) => void;
}

export interface RequestsBenchRow {
  readonly engine: ConnectorEngine;
  readonly subjects: number;
  readonly rows: number;
  readonly loadSeconds: number;
  readonly indexSeconds: number;
  readonly findP50Ms: number;
  readonly findP95Ms: number;
  readonly naiveP50Ms: number;
  readonly naiveP95Ms: number;
  /** naive p50 / find p50 */
  readonly ratio: number;
  readonly naiveSamples: number;
  /** People for whom the naive scan found other rows than the indexed walk (must be 0). */
  readonly mismatches: number;
  readonly eraseP50Ms: number;
  readonly eraseP95Ms: number;
  readonly disclosureP50Ms: number;
  readonly disclosureP95Ms: number;
}

const KEY = keyedHash(hashKeyBytes('bench-only-hash-key-for-the-requests-benchmark-01'));
const ANNOTATIONS = new URL('../examples/demo/hr-database.annotations.yaml', import.meta.url).pathname;
const NOW = new Date(`${DEFAULT_DEMO_SETTINGS.asOf}T00:00:00Z`);

/** Rotates identity kinds: e-mail, staff number, My Number, name + birth date in kana with a full-width space. */
function identityOf(person: DemoPerson, turn: number): PersonIdentity {
  const kind = turn % 4;
  if (kind === 1 && person.number) return { kind: 'staff-number', staffNumber: person.number };
  if (kind === 2 && person.myNumber) return { kind: 'my-number', myNumber: person.myNumber };
  if (kind === 3)
    return { kind: 'name-birth', name: `${person.family[1]}\u3000${person.given[1]}`, birthDate: person.birthDate };
  return { kind: 'email', email: person.email };
}

export async function runRequestsBench(options: RequestsBenchOptions = {}): Promise<RequestsBenchRow[]> {
  const log = options.log ?? (() => {});
  const ledger = demoLedger();
  const annotations = loadAnnotations(ANNOTATIONS);
  const results: RequestsBenchRow[] = [];
  for (const engine of options.engines ?? (['postgres', 'mysql', 'sqlite'] as const)) {
    const subjects = options.subjectsByEngine?.[engine] ?? options.subjects ?? 1_000_000;
    const target = await createBenchTarget(engine);
    try {
      log(`${engine}: generating ${subjects} people`);
      const load = await generateDemoDatabase({ engine, target: target.target, subjects, hashMyNumber: KEY });
      const rows = Object.values(load.rows).reduce((a, b) => a + b, 0);
      log(
        `${engine}: ${rows} rows, load ${load.loadSeconds.toFixed(1)} s, keys and indexes ${load.indexSeconds.toFixed(1)} s`,
      );
      const connector = openConnector(engine, target.target);
      const binding: DatasetBinding = { annotations, connector, keyedHash: KEY };
      const prng = new Prng(4242);
      const pick = () => demoPerson(DEFAULT_DEMO_SETTINGS, prng.int(subjects));
      try {
        const samples = options.samples ?? 1000;
        for (let i = 0; i < 50; i++)
          await findPersonData({ ledger, datasets: [binding], identity: identityOf(pick(), i) });
        const find: number[] = [];
        const chosen: PersonIdentity[] = [];
        for (let i = 0; i < samples; i++) {
          const identity = identityOf(pick(), i);
          chosen.push(identity);
          find.push(
            (await timed(async () => JSON.stringify(await findPersonData({ ledger, datasets: [binding], identity }))))
              .ms,
          );
        }
        log(
          `${engine}: find + export p50 ${percentile(find, 50).toFixed(2)} ms, p95 ${percentile(find, 95).toFixed(2)} ms`,
        );
        const naive = await naiveRuns(
          engine,
          binding,
          chosen.slice(0, options.naiveSamples ?? 20),
          await target.session(),
        );
        log(
          `${engine}: naive scan p50 ${percentile(naive.ms, 50).toFixed(0)} ms over ${naive.ms.length} people, ${naive.mismatches} mismatches`,
        );
        const disclosure: number[] = [];
        for (let i = 0; i < Math.min(samples, 200); i++) {
          const identity = identityOf(pick(), i);
          disclosure.push((await timed(() => disclose(ledger, binding, identity))).ms);
        }
        const erase: number[] = [];
        for (let i = 0; i < (options.erasures ?? 20); i++) {
          const identity = identityOf(pick(), i);
          const { ms, value } = await timed(() =>
            erasePersonData({ ledger, datasets: [binding], identity, mode: 'execute', now: NOW }),
          );
          if (!value.ok) throw new Error(`${engine}: erasure verification failed`);
          erase.push(ms);
        }
        log(
          `${engine}: erasure p50 ${percentile(erase, 50).toFixed(1)} ms, disclosure p50 ${percentile(disclosure, 50).toFixed(1)} ms`,
        );
        results.push({
          engine,
          subjects,
          rows,
          loadSeconds: load.loadSeconds,
          indexSeconds: load.indexSeconds,
          findP50Ms: percentile(find, 50),
          findP95Ms: percentile(find, 95),
          naiveP50Ms: percentile(naive.ms, 50),
          naiveP95Ms: percentile(naive.ms, 95),
          ratio: percentile(naive.ms, 50) / percentile(find, 50),
          naiveSamples: naive.ms.length,
          mismatches: naive.mismatches,
          eraseP50Ms: percentile(erase, 50),
          eraseP95Ms: percentile(erase, 95),
          disclosureP50Ms: percentile(disclosure, 50),
          disclosureP95Ms: percentile(disclosure, 95),
        });
      } finally {
        await connector.close();
      }
    } finally {
      await target.drop();
    }
  }
  return results;
}

/** The naive scan for each identity, checked against the indexed walk's answer. */
async function naiveRuns(
  engine: ConnectorEngine,
  binding: DatasetBinding,
  identities: readonly PersonIdentity[],
  session: Awaited<ReturnType<Awaited<ReturnType<typeof createBenchTarget>>['session']>>,
): Promise<{ ms: number[]; mismatches: number }> {
  const slow = naiveSession(engine, session);
  const ms: number[] = [];
  let mismatches = 0;
  for (const identity of identities) {
    const match = toMatchKey(identity, binding.keyedHash);
    if (!match.ok) continue;
    const plan = walkPlan(binding.annotations, match.key);
    const { ms: took, value } = await timed(() => runWalk(slow, plan));
    ms.push(took);
    if (fingerprint(value) !== fingerprint(await binding.connector.findRows(plan))) mismatches++;
  }
  return { ms, mismatches };
}

function fingerprint(found: FoundRows): string {
  return [...found]
    .filter(([, rows]) => rows.size > 0)
    .map(
      ([table, rows]) =>
        `${table}:${[...rows.keys()]
          .map((k) => keyString(k))
          .sort()
          .join(',')}`,
    )
    .sort()
    .join('|');
}

/** A disclosure answer end to end: find, group by item with the ledger's names, JSON plus one CSV per table. */
async function disclose(
  ledger: ReturnType<typeof demoLedger>,
  binding: DatasetBinding,
  identity: PersonIdentity,
): Promise<number> {
  const report = await findPersonData({ ledger, datasets: [binding], identity });
  let bytes = JSON.stringify(report).length;
  for (const system of report.systems) {
    for (const table of system.tables) {
      const header = table.items.flatMap((item) => item.columns.map((c) => `${item.name.ja} (${c})`));
      const keys = table.items[0]?.rows.map((r) => r.key) ?? [];
      const body = keys.map((_, i) =>
        table.items.flatMap((item) => item.columns.map((c) => item.rows[i]?.values[c] ?? '')),
      );
      bytes += stringify([header, ...body]).length;
    }
  }
  return bytes;
}

function printTable(rows: readonly RequestsBenchRow[]): void {
  const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(
    'engine    people     rows      load s  index s  find p50/p95 ms  naive p50 ms  ratio    erase p50/p95 ms  disclosure p50/p95 ms',
  );
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(9)} ${String(r.subjects).padStart(8)} ${String(r.rows).padStart(9)} ${f(r.loadSeconds, 1).padStart(8)} ${f(r.indexSeconds, 1).padStart(8)}` +
        `  ${`${f(r.findP50Ms)}/${f(r.findP95Ms)}`.padStart(15)} ${f(r.naiveP50Ms, 0).padStart(13)} ${`${f(r.ratio, 0)}x`.padStart(7)}` +
        `  ${`${f(r.eraseP50Ms, 1)}/${f(r.eraseP95Ms, 1)}`.padStart(16)}  ${`${f(r.disclosureP50Ms)}/${f(r.disclosureP95Ms)}`.padStart(21)}` +
        (r.mismatches > 0 ? `  ${r.mismatches} MISMATCHES` : ''),
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const number = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
  const subjectsByEngine: Partial<Record<ConnectorEngine, number>> = {};
  for (const engine of ['postgres', 'mysql', 'sqlite'] as const) {
    const n = number(`subjects-${engine}`);
    if (n !== undefined) subjectsByEngine[engine] = n;
  }
  const options: { -readonly [K in keyof RequestsBenchOptions]: RequestsBenchOptions[K] } = {
    subjectsByEngine,
    log: (line) => console.error(line),
  };
  const subjects = number('subjects');
  if (subjects !== undefined) options.subjects = subjects;
  const samples = number('samples');
  if (samples !== undefined) options.samples = samples;
  const naiveSamples = number('naive-samples');
  if (naiveSamples !== undefined) options.naiveSamples = naiveSamples;
  const erasures = number('erasures');
  if (erasures !== undefined) options.erasures = erasures;
  const engines = arg('engines');
  if (engines !== undefined) options.engines = engines.split(',') as ConnectorEngine[];
  const rows = await runRequestsBench(options);
  printTable(rows);
}
