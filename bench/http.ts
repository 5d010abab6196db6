// HTTP benchmark (issue 4): the decision endpoint and one authenticated list endpoint under load from a second
// process (autocannon, loopback), against a bare Hono hello-world route served by the same server process, and a
// bare POST of the decision's body (read, parse, answer: the framework's own floor for such a call).
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

interface Target {
  readonly port: number;
  readonly barePort: number;
  readonly token: string;
  readonly store: string;
}

interface Row {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
}

const DECISION = {
  action: 'use',
  actor: { kind: 'application', id: 'matching-app', roles: ['coordinator'] },
  operator: 'sakura-staffing',
  subject: { id: 'staff-000123', category: 'registered-staff' },
  items: ['name', 'qualifications', 'desired-conditions'],
  purpose: 'staff-matching',
};

export async function runHttpBench(
  options: { durationSeconds?: number; connections?: number; log?: (line: string) => void } = {},
): Promise<string> {
  const log = options.log ?? (() => {});
  const { child, target } = await startServer();
  try {
    const duration = options.durationSeconds ?? 10;
    const connections = options.connections ?? 50;
    const auth = { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' };
    const run = async (name: string, opts: autocannon.Options): Promise<Row> => {
      log(`${name}: ${duration}s, ${connections} connections`);
      const result = await autocannon({ duration, connections, ...opts });
      return {
        name,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
      };
    };
    // Warm-up: JIT, the compiled policy, SQLite page cache.
    await autocannon({
      url: `http://127.0.0.1:${target.port}/api/v1/decisions`,
      method: 'POST',
      headers: auth,
      body: JSON.stringify(DECISION),
      duration: 2,
      connections,
    });
    const bare = await run('bare Hono route (baseline)', { url: `http://127.0.0.1:${target.barePort}/hello` });
    const echo = await run('bare Hono POST of the same body (parse and answer only)', {
      url: `http://127.0.0.1:${target.barePort}/echo`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DECISION),
    });
    const decision = await run('POST /api/v1/decisions (token, decision + evidence)', {
      url: `http://127.0.0.1:${target.port}/api/v1/decisions`,
      method: 'POST',
      headers: auth,
      body: JSON.stringify(DECISION),
    });
    const list = await run('GET /api/v1/subjects/{id}/consent-state (token, list + access evidence)', {
      url: `http://127.0.0.1:${target.port}/api/v1/subjects/staff-000123/consent-state`,
      headers: auth,
    });
    return formatTable([bare, echo, decision, list], { bare, echo }, target.store);
  } finally {
    child.kill('SIGTERM');
  }
}

async function startServer(): Promise<{ child: ChildProcess; target: Target }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./http-server.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
  return { child, target: JSON.parse(first) as Target };
}

/** Each row against the bare GET (the baseline) and against the bare POST of the same body. */
function formatTable(rows: readonly Row[], baselines: { bare: Row; echo: Row }, store: string): string {
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'vs bare GET', 'vs bare POST', 'non-2xx'];
  const ratio = (r: Row, base: Row) => `${((r.requestsPerSecond / base.requestsPerSecond) * 100).toFixed(0)}%`;
  const cells = rows.map((r) => [
    r.name,
    Math.round(r.requestsPerSecond).toLocaleString('en'),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    ratio(r, baselines.bare),
    r === baselines.bare ? '' : ratio(r, baselines.echo),
    String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const fmt = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  return [
    `store: ${store}; load from a separate process on loopback`,
    fmt(header),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...cells.map(fmt),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runHttpBench({ log: (line) => console.error(line) }));
}
