// A separate process appending to a SQLite evidence log (SQLite's concurrency unit is the process: two
// connections in one process would block each other's event loop). Prints the receipts as JSON.
import { openStore } from '../../src/store/open-store.ts';
import { event } from './evidence-support.ts';

const [path, tag] = process.argv.slice(2) as [string, string];
const store = await openStore({ kind: 'sqlite', path });
const base = Number(tag) * 1000;
const callers = Array.from({ length: 8 }, async (_, caller) => {
  const receipts = [];
  for (let i = 0; i < 10; i++) receipts.push(await store.evidence.append(event(base + caller * 10 + i)));
  return receipts;
});
const receipts = (await Promise.all(callers)).flat();
await store.close();
process.stdout.write(JSON.stringify(receipts));
