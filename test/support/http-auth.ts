// Logging in the way a browser does, for HTTP tests: an account is created through the use case, then the real
// routes run (password, enrolment of an authenticator with a code computed at the test clock's time), and the
// caller gets the headers a console request carries: the session cookie and the CSRF token.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createUser } from '../../src/app/auth/create-user.ts';
import { generatePassword } from '../../src/app/auth/generate-password.ts';
import { argon2Hasher, TEST_ARGON2_PARAMS } from '../../src/app/auth/password-hasher.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { SystemRole } from '../../src/core/auth/principal.ts';
import { totpCode } from '../../src/core/auth/totp.ts';
import type { HttpAuthOptions } from '../../src/http/auth/http-auth.ts';
import { createApp } from '../../src/http/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import { TEST_EVIDENCE_KEYS } from './evidence-keys.ts';
import { MemoryEvidenceLog } from './memory-evidence-log.ts';

/** Cheap argon2id for tests (same algorithm; the production cost is measured in bench/auth.ts). */
export const TEST_HASHER = argon2Hasher(TEST_ARGON2_PARAMS);
export const TEST_AUTH: HttpAuthOptions = { hasher: TEST_HASHER };

/** The socket address app.request() pretends the request came from (there is no socket in-process). */
export const fromIp = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

export interface LoggedIn {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string | undefined;
  readonly csrfToken: string;
  /** Cookie and CSRF header, and JSON content type: spread into a request's headers. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoginOptions {
  readonly roles: readonly SystemRole[];
  readonly operators?: readonly string[] | 'all';
  readonly email?: string;
  /** The app's clock (TOTP codes are computed at its time). */
  readonly now?: () => Date;
  readonly ip?: string;
}

let counter = 0;

/** Creates an account and logs it in through the routes (enrolling an authenticator when its roles need one). */
export async function createUserAndLogin(app: OpenAPIHono, store: Store, options: LoginOptions): Promise<LoggedIn> {
  const now = options.now ?? (() => new Date());
  const email = options.email ?? `staff-${process.pid}-${++counter}@example.test`;
  const password = generatePassword();
  const { user } = await createUser(
    { store, clock: { now }, evidence: new MemoryEvidenceLog(), hasher: TEST_HASHER },
    { email, roles: options.roles, operators: options.operators ?? 'all', password, actor: 'test' },
  );
  const env = fromIp(options.ip ?? '192.0.2.10');
  const res = await app.request(
    '/api/v1/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) },
    env,
  );
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { stage: string; csrfToken: string };
  const headers = {
    'content-type': 'application/json',
    cookie: cookieHeader(res),
    'x-csrf-token': body.csrfToken,
  };
  let totpSecret: string | undefined;
  if (body.stage === 'totp-enrolment-required') {
    const enrol = await app.request('/api/v1/auth/totp/enroll', { method: 'POST', headers }, env);
    totpSecret = ((await enrol.json()) as { secret: string }).secret;
    const code = totpCode(totpSecret, now());
    const confirm = await app.request(
      '/api/v1/auth/totp/confirm',
      { method: 'POST', headers, body: JSON.stringify({ code }) },
      env,
    );
    if (confirm.status !== 200) throw new Error(`enrolment failed: ${confirm.status} ${await confirm.text()}`);
  }
  return { userId: user.id, email, password, totpSecret, csrfToken: body.csrfToken, headers };
}

/** The Cookie header a browser would send back after this response. */
export function cookieHeader(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] as string)
    .join('; ');
}

/** Issues an API token through POST /api/v1/tokens as `admin`; returns it and the headers that present it. */
export async function createApiToken(
  app: OpenAPIHono,
  admin: LoggedIn,
  input: {
    name: string;
    operators?: readonly string[] | 'all';
    ledgerRoles?: readonly string[];
    purposes?: readonly string[] | 'all';
    expiresInDays?: number;
  },
): Promise<{ id: string; token: string; headers: Readonly<Record<string, string>> }> {
  const res = await app.request(
    '/api/v1/tokens',
    {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({ operators: 'all', ledgerRoles: [], purposes: 'all', ...input }),
    },
    fromIp('192.0.2.10'),
  );
  if (res.status !== 201) throw new Error(`token not issued: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: string; token: string };
  return {
    id: body.id,
    token: body.token,
    headers: { authorization: `Bearer ${body.token}`, 'content-type': 'application/json' },
  };
}

export interface AuthTestApp {
  readonly app: OpenAPIHono;
  readonly store: Store;
  readonly evidence: MemoryEvidenceLog;
  /** The app's clock: `clock.set(...)` / `clock.advance(ms)`; real time when `realTime` was asked for. */
  readonly clock: { now(): Date; set(at: Date): void; advance(ms: number): void };
  /** A request from `ip` (default 192.0.2.10) with these headers and an optional JSON body. */
  call(
    method: string,
    path: string,
    options?: { headers?: Readonly<Record<string, string>>; body?: unknown; ip?: string; url?: string },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** An app over a fresh SQLite store holding the demo ledger, with a settable clock and an in-memory evidence log. */
export async function openAuthTestApp(
  options: { realTime?: boolean; auth?: HttpAuthOptions; ledger?: boolean } = {},
): Promise<AuthTestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-auth-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  let at = new Date('2026-04-01T09:00:00Z');
  const clock = {
    now: () => (options.realTime ? new Date() : at),
    set: (next: Date) => {
      at = next;
    },
    advance: (ms: number) => {
      at = new Date(at.getTime() + ms);
    },
  };
  if (options.ledger !== false) {
    const sources = readLedgerSources(new URL('../../examples/demo', import.meta.url).pathname);
    await importLedger({ store, clock }, { sources, author: 'setup', comment: 'demo ledger' });
  }
  const evidence = new MemoryEvidenceLog();
  const app = createApp({
    store,
    clock,
    logger: silentLogger,
    evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    auth: options.auth ?? TEST_AUTH,
  });
  return {
    app,
    store,
    evidence,
    clock,
    call(method, path, o = {}) {
      const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...o.headers } };
      if (o.body !== undefined) init.body = JSON.stringify(o.body);
      return Promise.resolve(app.request(o.url ?? path, init, fromIp(o.ip ?? '192.0.2.10')));
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
