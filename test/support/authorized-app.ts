// An app over a fresh SQLite store with the demo ledger, whose caller is whatever `as(principal)` says: the
// authentication middleware replaced by a fixed principal, so authorization, scoping and access logging are
// tested on their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { importLedger } from '../../src/app/import-ledger.ts';
import type { Logger } from '../../src/app/logger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { IpAllowList } from '../../src/core/auth/ip-allow-list.ts';
import type { Principal, SystemRole } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import { TEST_EVIDENCE_KEYS } from './evidence-keys.ts';

export const DEMO_LEDGER = new URL('../../examples/demo', import.meta.url).pathname;

export interface AuthorizedApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  as(principal: Principal): void;
  /** JSON request as the current principal; optional extra env (e.g. a socket address). */
  call(method: string, path: string, body?: unknown, env?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function authorizedApp(
  options: {
    readonly logger?: Logger;
    readonly ipAllow?: IpAllowList;
    readonly ledgerApprovals?: 0 | 1;
    readonly demo?: boolean;
    readonly now?: () => Date;
  } = {},
): Promise<AuthorizedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-authz-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  const clock = { now: options.now ?? (() => new Date()) };
  if (options.demo !== false) {
    await importLedger(
      { store, clock },
      { sources: readLedgerSources(DEMO_LEDGER), author: 'setup', comment: 'demo ledger' },
    );
  }
  let principal: Principal = { kind: 'anonymous' };
  const authenticate: MiddlewareHandler = async (c, next) => {
    c.set('principal' as never, principal as never);
    await next();
  };
  const app = createApp({
    store,
    clock,
    logger: options.logger ?? silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    authenticate,
    ledgerApprovals: options.ledgerApprovals ?? 1,
    ...(options.ipAllow ? { ipAllow: options.ipAllow } : {}),
  });
  return {
    app,
    store,
    as(next) {
      principal = next;
    },
    call(method, path, body, env) {
      const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      return Promise.resolve(app.request(path, init, env as never));
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function user(id: string, roles: SystemRole[], operators: string[] | 'all' = 'all', mfa = true): Principal {
  return { kind: 'user', id, roles, operators, mfa, sessionId: `session-${id}` };
}

export function application(
  id: string,
  scope: { operators?: string[] | 'all'; ledgerRoles?: string[]; purposes?: string[] | 'all' } = {},
): Principal {
  return {
    kind: 'application',
    id,
    roles: ['application'],
    operators: scope.operators ?? 'all',
    tokenId: `token-${id}`,
    ledgerRoles: scope.ledgerRoles ?? [],
    purposes: scope.purposes ?? 'all',
  };
}
