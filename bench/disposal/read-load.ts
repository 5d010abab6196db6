// Concurrent reads against the company database while disposal runs, from a process of its own (so its latencies
// are the database's, not the disposal's event loop): point reads by key and e-mail lookups by index, closed loop
// with a short pause. Lines on stdin switch the phase ("phase NAME") or end it ("stop": prints JSON percentiles).
import { createInterface } from 'node:readline';
import pg from 'pg';
import { percentile } from '../requests/percentiles.ts';

const url = process.env.READ_URL!;
const clients = Number(process.env.READ_CLIENTS ?? 4);
const pauseMs = Number(process.env.READ_PAUSE_MS ?? 2);
const maxId = Number(process.env.READ_MAX_ID ?? 1000);
const emails = JSON.parse(process.env.READ_EMAILS ?? '[]') as string[];

const samples = new Map<string, number[]>();
let phase = process.env.READ_PHASE ?? 'idle';
let running = true;

const QUERIES: ((id: number) => { text: string; values: unknown[] })[] = [
  (id: number) => ({ text: 'SELECT * FROM employees WHERE id = $1', values: [id % 1000] }),
  (id: number) => ({ text: 'SELECT * FROM staff WHERE id = $1', values: [id % 5000] }),
  (id: number) => ({ text: 'SELECT * FROM candidates WHERE id = $1', values: [id] }),
  (id: number) => ({
    text: 'SELECT id FROM candidates WHERE lower(email) = $1',
    values: [emails[id % emails.length] ?? ''],
  }),
];

async function reader(n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let i = n;
  while (running) {
    const id = 1 + Math.floor(Math.random() * maxId);
    const query = QUERIES[i++ % QUERIES.length]!(id);
    const start = performance.now();
    await client.query(query.text, query.values);
    const list = samples.get(phase) ?? [];
    list.push(performance.now() - start);
    samples.set(phase, list);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  await client.end();
}

const readers = Array.from({ length: clients }, (_, n) => reader(n));
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.startsWith('phase ')) phase = line.slice(6);
  if (line === 'stop') break;
}
running = false;
await Promise.all(readers);
const out = Object.fromEntries(
  [...samples].map(([name, values]) => [
    name,
    { reads: values.length, p50: percentile(values, 50), p99: percentile(values, 99), max: Math.max(...values) },
  ]),
);
process.stdout.write(`${JSON.stringify(out)}\n`, () => process.exit(0));
