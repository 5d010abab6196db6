// The request workflow over HTTP for the suites in this folder: an app (in process, `app.request`) over a Mamori
// store of either dialect, the demo ledger (or a variant), the demo HR database as the company's database, and a
// caller chosen per call by the `x-test-user` header, so concurrent calls from different people do not race.
import type { MiddlewareHandler } from 'hono';
import type { DatasetBinding } from '../../src/app/dataset-binding.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Clock, Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { LedgerSource } from '../../src/core/ledger/parse-ledger.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { HttpDeps } from '../../src/http/http-deps.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { StoreConfig } from '../../src/store/store-config.ts';
import { DEMO_LEDGER, user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS, TEST_SIGNING_KEY } from '../support/evidence-keys.ts';

export const PEOPLE: Readonly<Record<string, Principal>> = {
  anonymous: { kind: 'anonymous' },
  hana: user('hana', ['request-handler'], ['sakura-staffing']),
  ken: user('ken', ['privacy-staff'], ['sakura-staffing']),
  aki: user('aki', ['auditor']),
};
export type Who = keyof typeof PEOPLE & string;

export interface RequestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly mail: { readonly to: string; readonly text: string }[];
  call(who: Who, method: string, path: string, body?: unknown, ip?: string): Promise<Response>;
  close(): Promise<void>;
}

/** A synthetic identity document: the PNG signature, then bytes that are not a real image. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('synthetic-licence'),
]).toString('base64');

export async function requestApp(options: {
  readonly config: StoreConfig;
  readonly datasets: readonly DatasetBinding[];
  readonly clock?: Clock;
  readonly ledger?: readonly LedgerSource[];
}): Promise<RequestApp> {
  const store = await openStore(options.config, { evidence: { signingKey: TEST_SIGNING_KEY } });
  const clock = options.clock ?? { now: () => new Date() };
  const sources = options.ledger ?? readLedgerSources(DEMO_LEDGER);
  // Idempotent: a second node over the same database stores nothing new.
  await importLedger({ store, clock }, { sources, author: 'test', comment: 'request suites' });
  const authenticate: MiddlewareHandler = async (c, next) => {
    const who = c.req.header('x-test-user') ?? 'anonymous';
    c.set('principal' as never, (PEOPLE[who] ?? PEOPLE.anonymous) as never);
    await next();
  };
  const mail: { to: string; text: string }[] = [];
  const deps: HttpDeps = {
    store,
    clock,
    logger: silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    authenticate,
    requests: {
      mailer: { send: async (m) => void mail.push({ to: m.to, text: m.text }) },
      datasets: options.datasets,
      publicUrl: 'https://privacy.example/',
      submitLimit: { capacity: 1000, refillMs: 1000 },
    },
  };
  const app = createApp(deps);
  return {
    app,
    store,
    mail,
    async call(who, method, path, body, ip = '192.0.2.10') {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-test-user': who };
      const init: RequestInit = { method, headers };
      if (body !== undefined) init.body = JSON.stringify(body);
      return app.request(path, init, { incoming: { socket: { remoteAddress: ip } } } as never);
    },
    close: () => store.close(),
  };
}

export const json = async (res: Response): Promise<any> => res.json();

/** Runs one staff step and insists it worked, naming the step and the error body when it did not. */
export async function step(ra: RequestApp, who: Who, id: string, name: string, body?: unknown) {
  const res = await ra.call(who, 'POST', `/api/v1/requests/${id}/${name}`, body);
  const payload = await json(res);
  if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(payload)}`);
  return payload as { request: Record<string, any>; result?: Record<string, any> };
}
