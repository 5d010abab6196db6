// The request workflow served over real HTTP on loopback for the end-to-end benchmark: Mamori's app over its own
// store (SQLite file or PostgreSQL database), the demo ledger, the generated HR database as the company database.
// Staff callers are chosen by a header (the session check is measured by the auth and http suites, not here).
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { DatasetBinding } from '../../src/app/dataset-binding.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { publicKeyOf } from '../../src/core/evidence/checkpoint.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { StoreKind } from '../../src/store/database.ts';
import { openStore } from '../../src/store/open-store.ts';
import { user } from '../../test/support/authorized-app.ts';
import { createPostgresDatabase } from '../../test/support/test-databases.ts';

const DEMO = new URL('../../examples/demo', import.meta.url).pathname;
const PEOPLE = {
  hana: user('hana', ['request-handler'], ['sakura-staffing']),
  ken: user('ken', ['privacy-staff'], ['sakura-staffing']),
} as const;

export interface FlowServer {
  readonly store: Store;
  /** JSON over HTTP as `who` (anonymous without); the parsed body and the status. */
  call(who: keyof typeof PEOPLE | undefined, method: string, path: string, body?: unknown): Promise<FlowAnswer>;
  close(): Promise<void>;
}

export interface FlowAnswer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of each answer
  readonly body: any;
}

export async function startFlowServer(kind: StoreKind, dataset: DatasetBinding): Promise<FlowServer> {
  const cleanup: (() => Promise<void>)[] = [];
  let config: Parameters<typeof openStore>[0];
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-flow-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    config = { kind: 'sqlite', path: join(dir, 'mamori.sqlite') };
  } else {
    const database = await createPostgresDatabase();
    cleanup.push(() => database.drop());
    config = database.config;
  }
  // Checkpoints signed as in production.
  const { privateKey } = generateKeyPairSync('ed25519');
  const signingKey = { privateKey, publicKey: publicKeyOf(privateKey) };
  const store = await openStore(config, { evidence: { signingKey } });
  const clock = { now: () => new Date() };
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO), author: 'bench', comment: 'demo' });
  const authenticate: MiddlewareHandler = async (c, next) => {
    const who = c.req.header('x-bench-user') as keyof typeof PEOPLE | undefined;
    c.set('principal' as never, (who ? PEOPLE[who] : { kind: 'anonymous' }) as never);
    await next();
  };
  const app = createApp({
    store,
    clock,
    logger: silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store),
    evidenceKeys: { current: signingKey.publicKey, trusted: [signingKey.publicKey] },
    authenticate,
    requests: {
      datasets: [dataset],
      // The mail goes nowhere: SMTP is not what is measured.
      mailer: { send: async () => {} },
      publicUrl: 'http://127.0.0.1/',
      submitLimit: { capacity: 1_000_000, refillMs: 1 },
    },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store,
    async call(who, method, path, body) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (who) headers['x-bench-user'] = who;
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      for (const step of cleanup) await step();
    },
  };
}
