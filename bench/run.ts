// One command for every benchmark: `npm run bench` (all), or `npm run bench -- --only decisions,evidence`.
// Each suite compares against a named peer or baseline in the same run and prints ratios.
import { parseArgs } from 'node:util';
import { formatAuthBench, runAuthBench } from './auth.ts';
import { formatDecisionTable, runDecisionBench } from './decisions/run-decisions.ts';
import { formatDisposalTable, runDisposalBench } from './disposal.ts';
import { formatEvidenceTable, runEvidenceBench } from './evidence.ts';
import { runHttpBench } from './http.ts';
import { type RequestsBenchRow, runRequestsBench } from './requests.ts';
import { formatRequestFlowTable, runRequestFlowBench } from './requests-flow.ts';

const SUITES = ['decisions', 'evidence', 'http', 'auth', 'requests', 'request-flow', 'disposal'] as const;
type Suite = (typeof SUITES)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    // Each suite has its own default size (requests 100,000 people, request-flow 20,000).
    subjects: { type: 'string' },
    // Due rows for the disposal suite (default 200,000; the size is 1,000,000).
    rows: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const only = values.only ? values.only.split(',') : [...SUITES];
const unknown = only.filter((name) => !SUITES.includes(name as Suite));
if (unknown.length > 0) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; choose from ${SUITES.join(', ')}`);
  process.exit(64);
}
const log = values.verbose ? (line: string) => console.error(`  ${line}`) : () => {};
const run = (suite: Suite) => only.includes(suite);
let failed = false;

if (run('decisions')) {
  console.log('\n== Decisions in process (100,000 requests over the demo ledger) ==');
  const rows = await runDecisionBench({ log });
  console.log(formatDecisionTable(rows));
  if (rows.some((row) => row.mismatches > 0)) failed = true;
}
if (run('evidence')) {
  console.log('\n== Evidence log: durable appends and verification ==');
  console.log(formatEvidenceTable(await runEvidenceBench({ log })));
}
if (run('http')) {
  console.log('\n== HTTP: decision endpoint and an authenticated list vs a bare route ==');
  console.log(await runHttpBench({ log }));
}
if (run('auth')) {
  console.log('\n== Password hashing and login throttling ==');
  console.log(formatAuthBench(await runAuthBench({ postgres: true, log })));
}
if (run('requests')) {
  const subjects = Number(values.subjects ?? 100_000);
  console.log(
    `\n== Requests: find + export one person across the demo HR schema (${subjects.toLocaleString('en')} people) ==`,
  );
  console.log(formatRequestsTable(await runRequestsBench({ subjects, log })));
}
if (run('request-flow')) {
  const subjects = Number(values.subjects ?? 20_000);
  console.log(
    `\n== Requests end to end over HTTP: disclosure (intake to response sent) and erasure (${subjects.toLocaleString('en')} people) ==`,
  );
  const rows = await runRequestFlowBench({ subjects, log });
  console.log(formatRequestFlowTable(rows));
  if (rows.some((row) => row.failures > 0)) failed = true;
}
if (run('disposal')) {
  const rows = Number(values.rows ?? 200_000);
  console.log(
    `\n== Disposal: plan and run ${rows.toLocaleString('en')} due rows (PostgreSQL) vs bare DELETE ... WHERE ==`,
  );
  const result = await runDisposalBench({ rows, log });
  console.log(formatDisposalTable(result));
  if (!result.verified) failed = true;
}
process.exit(failed ? 1 : 0);

function formatRequestsTable(rows: readonly RequestsBenchRow[]): string {
  const header = [
    'engine',
    'people',
    'rows',
    'load s',
    'find p50/p95 ms',
    'naive scan p50 ms',
    'ratio',
    'erase p50/p95 ms',
    'disclosure p50/p95 ms',
    'mismatches',
  ];
  const lines = rows.map((r) => [
    r.engine,
    r.subjects.toLocaleString('en'),
    r.rows.toLocaleString('en'),
    (r.loadSeconds + r.indexSeconds).toFixed(1),
    `${r.findP50Ms.toFixed(2)} / ${r.findP95Ms.toFixed(2)}`,
    r.naiveP50Ms.toFixed(1),
    `${r.ratio.toFixed(0)}x`,
    `${r.eraseP50Ms.toFixed(2)} / ${r.eraseP95Ms.toFixed(2)}`,
    `${r.disclosureP50Ms.toFixed(2)} / ${r.disclosureP95Ms.toFixed(2)}`,
    String(r.mismatches),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
