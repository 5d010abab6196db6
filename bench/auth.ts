// Authentication benchmark: the argon2id cost Mamori pays per password (against OWASP's minimum settings), and a
// burst of 1,000 bad logins in-process (app.request) while a good user logs in from another address: bad logins
// refused per second, how many were hashed at all, and the good user's success and latency against a quiet server.
// One command: node --import tsx bench/auth.ts [--postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARGON2_PARAMS, type Argon2Params, argon2Hasher } from '../src/app/auth/password-hasher.ts';
import { silentLogger } from '../src/app/logger.ts';
import { PolicyHolder } from '../src/app/policy-holder.ts';
import { createApp } from '../src/http/create-app.ts';
import type { StoreKind } from '../src/store/database.ts';
import { openStore } from '../src/store/open-store.ts';
import type { StoreConfig } from '../src/store/store-config.ts';
import { TEST_EVIDENCE_KEYS } from '../test/support/evidence-keys.ts';
import { createUserAndLogin, fromIp } from '../test/support/http-auth.ts';
import { createPostgresDatabase } from '../test/support/test-databases.ts';
import { percentile } from './requests/percentiles.ts';

export interface HashRow {
  readonly name: string;
  readonly params: Argon2Params;
  readonly msPerHash: number;
  readonly msPerVerify: number;
}

export interface BurstResult {
  readonly store: StoreKind;
  readonly badLogins: number;
  readonly hashed: number;
  readonly refused: number;
  readonly accepted: number;
  readonly burstMs: number;
  readonly refusedPerSecond: number;
  readonly goodLogins: number;
  readonly goodSucceeded: number;
  readonly goodP50Ms: number;
  readonly goodMaxMs: number;
  readonly quietP50Ms: number;
}

export interface AuthBenchResult {
  readonly hashing: readonly HashRow[];
  readonly bursts: readonly BurstResult[];
}

// OWASP Password Storage Cheat Sheet: argon2id with 19 MiB x 2 iterations, or 46 MiB x 1, is the minimum.
const PEERS: readonly { name: string; params: Argon2Params }[] = [
  { name: 'Mamori (ARGON2_PARAMS)', params: ARGON2_PARAMS },
  { name: 'OWASP minimum, 19 MiB x 2', params: { memoryCost: 19_456, timeCost: 2, parallelism: 1 } },
  { name: 'OWASP minimum, 46 MiB x 1', params: { memoryCost: 47_104, timeCost: 1, parallelism: 1 } },
];

export async function runAuthBench(
  options: { rounds?: number; postgres?: boolean; log?: (line: string) => void } = {},
): Promise<AuthBenchResult> {
  const log = options.log ?? (() => {});
  const hashing: HashRow[] = [];
  for (const peer of PEERS) {
    const row = await measureHashing(peer.name, peer.params, options.rounds ?? 20);
    log(`${row.name}: ${row.msPerHash.toFixed(1)} ms per hash, ${row.msPerVerify.toFixed(1)} ms per verify`);
    hashing.push(row);
  }
  const bursts = [await burst('sqlite', log)];
  if (options.postgres) bursts.push(await burst('postgres', log));
  return { hashing, bursts };
}

async function measureHashing(name: string, params: Argon2Params, rounds: number): Promise<HashRow> {
  const hasher = argon2Hasher(params);
  const hash = await hasher.hash('warm-up: the first hash allocates');
  let started = performance.now();
  for (let i = 0; i < rounds; i++) await hasher.hash(`correct horse battery staple ${i}`);
  const msPerHash = (performance.now() - started) / rounds;
  started = performance.now();
  for (let i = 0; i < rounds; i++) await hasher.verify(hash, `wrong ${i}`);
  return { name, params, msPerHash, msPerVerify: (performance.now() - started) / rounds };
}

async function burst(kind: StoreKind, log: (line: string) => void): Promise<BurstResult> {
  const target = await createTarget(kind);
  const store = await openStore(target.config);
  try {
    const app = createApp({
      store,
      clock: { now: () => new Date() },
      logger: silentLogger,
      evidence: store.evidence,
      policies: new PolicyHolder(store, { refreshMs: 0 }),
      evidenceKeys: TEST_EVIDENCE_KEYS,
      auth: { hasher: argon2Hasher() },
    });
    const good = await createUserAndLogin(app, store, { roles: ['auditor'] });
    const goodLogin = async () => {
      const started = performance.now();
      const res = await app.request(
        '/api/v1/auth/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: good.email, password: good.password }),
        },
        fromIp('198.51.100.42'),
      );
      await res.arrayBuffer();
      return { ok: res.status === 200, ms: performance.now() - started };
    };
    const quiet: number[] = [];
    for (let i = 0; i < 10; i++) quiet.push((await goodLogin()).ms);

    const statuses: number[] = [];
    const goods: { ok: boolean; ms: number }[] = [];
    let attacking = true;
    const started = performance.now();
    const attack = (async () => {
      for (let wave = 0; wave < 10; wave++) {
        const requests = Array.from({ length: 100 }, (_, i) =>
          app.request(
            '/api/v1/auth/login',
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                email: i % 2 === 0 ? good.email : `victim-${i}@example.test`,
                password: `guess-${wave}-${i}`,
              }),
            },
            fromIp('203.0.113.250'),
          ),
        );
        statuses.push(...(await Promise.all(requests)).map((r) => r.status));
      }
      attacking = false;
    })();
    const defend = (async () => {
      while (attacking) goods.push(await goodLogin());
    })();
    await Promise.all([attack, defend]);
    const burstMs = performance.now() - started;
    const refused = statuses.filter((s) => s === 429).length;
    const result: BurstResult = {
      store: kind,
      badLogins: statuses.length,
      hashed: statuses.filter((s) => s === 401).length,
      refused,
      accepted: statuses.filter((s) => s === 200).length,
      burstMs,
      refusedPerSecond: refused / (burstMs / 1000),
      goodLogins: goods.length,
      goodSucceeded: goods.filter((g) => g.ok).length,
      goodP50Ms: percentile(
        goods.map((g) => g.ms),
        50,
      ),
      goodMaxMs: Math.max(...goods.map((g) => g.ms)),
      quietP50Ms: percentile(quiet, 50),
    };
    log(
      `${kind} burst: ${result.badLogins} bad logins in ${burstMs.toFixed(0)} ms, ${result.hashed} hashed, ` +
        `${refused} refused (${result.refusedPerSecond.toFixed(0)}/s); good ${result.goodSucceeded}/${result.goodLogins}`,
    );
    return result;
  } finally {
    await store.close();
    await target.drop();
  }
}

async function createTarget(kind: StoreKind): Promise<{ config: StoreConfig; drop(): Promise<void> }> {
  if (kind === 'postgres') return createPostgresDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'mamori-auth-bench-'));
  return {
    config: { kind: 'sqlite', path: join(dir, 'mamori.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function formatAuthBench(result: AuthBenchResult): string {
  const base = result.hashing[0] as HashRow;
  const lines = [
    `argon2id (${availableParallelism()} cores)                 params (KiB, t, p)   ms/hash  ms/verify  x Mamori`,
    ...result.hashing.map((r) => {
      const p = `${r.params.memoryCost}, ${r.params.timeCost}, ${r.params.parallelism}`;
      const ratio = (base.msPerHash / r.msPerHash).toFixed(2);
      return `  ${r.name.padEnd(36)} ${p.padEnd(20)} ${r.msPerHash.toFixed(1).padStart(7)}  ${r.msPerVerify.toFixed(1).padStart(9)}  ${ratio.padStart(8)}`;
    }),
    '',
    'burst of bad logins (one address) while a good user logs in from another',
  ];
  for (const b of result.bursts) {
    lines.push(
      `  ${b.store}: ${b.badLogins} bad in ${(b.burstMs / 1000).toFixed(2)} s: ${b.hashed} hashed, ${b.refused} refused ` +
        `(${b.refusedPerSecond.toFixed(0)}/s before hashing), ${b.accepted} accepted`,
      `  ${b.store}: good logins ${b.goodSucceeded}/${b.goodLogins} succeeded; p50 ${b.goodP50Ms.toFixed(0)} ms, ` +
        `max ${b.goodMaxMs.toFixed(0)} ms during the burst vs p50 ${b.quietP50Ms.toFixed(0)} ms quiet ` +
        `(x${(b.goodP50Ms / b.quietP50Ms).toFixed(2)})`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runAuthBench({ postgres: process.argv.includes('--postgres'), log: (l) => console.error(l) });
  console.log(formatAuthBench(result));
}
