// The server side of the HTTP benchmark, run as its own process so the load generator does not share its core.
// Serves Mamori (demo ledger, SQLite, real authentication and evidence) and a bare Hono hello-world route.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { DEFAULT_AUTH_SETTINGS } from '../src/app/auth/auth-deps.ts';
import { createApiToken } from '../src/app/auth/create-api-token.ts';
import { argon2Hasher } from '../src/app/auth/password-hasher.ts';
import { importLedger } from '../src/app/import-ledger.ts';
import { silentLogger } from '../src/app/logger.ts';
import { PolicyHolder } from '../src/app/policy-holder.ts';
import { systemClock } from '../src/app/system-clock.ts';
import { readLedgerSources } from '../src/cli/ledger-files.ts';
import { createApp } from '../src/http/create-app.ts';
import { openStore } from '../src/store/open-store.ts';
import { TEST_EVIDENCE_KEYS } from '../test/support/evidence-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-bench-http-'));
const store = await openStore(
  process.env.BENCH_DATABASE_URL
    ? { kind: 'postgres', url: process.env.BENCH_DATABASE_URL }
    : { kind: 'sqlite', path: join(dir, 'mamori.sqlite') },
);
const clock = systemClock;
const sources = readLedgerSources(fileURLToPath(new URL('../examples/demo', import.meta.url)));
const { version } = await importLedger({ store, clock }, { sources, author: 'bench', comment: 'demo' });
const evidence = store.evidence;
const hasher = argon2Hasher();
const { token } = await createApiToken(
  { store, clock, evidence, settings: DEFAULT_AUTH_SETTINGS },
  {
    name: 'bench-app',
    operators: 'all',
    ledgerRoles: version.ledger.roles.map((r) => r.id),
    purposes: 'all',
    creator: { kind: 'user', id: 'bench', roles: ['administrator'], operators: 'all', mfa: true, sessionId: 'bench' },
    actor: 'cli:bench',
  },
);
const app = createApp({
  store,
  clock,
  logger: silentLogger,
  evidence,
  policies: new PolicyHolder(store),
  evidenceKeys: TEST_EVIDENCE_KEYS,
  auth: { hasher },
  ledgerApprovals: 0,
});
const bare = new Hono();
bare.get('/hello', (c) => c.json({ hello: 'world' }));
// The framework's own cost of a POST with the decision's body: read it, parse it, answer (no checks, no work).
bare.post('/echo', async (c) => {
  const body = (await c.req.json()) as { action?: unknown };
  return c.json({ allowed: true, action: body.action });
});

const listen = (fetch: (request: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
const [port, barePort] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
process.stdout.write(`${JSON.stringify({ port, barePort, token, store: store.kind })}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => void store.close().then(() => process.exit(0)));
