// Mamori as a library: applications that embed it decide in process, against the same store, ledger and evidence
// log as the server (several processes may share one PostgreSQL database).

import { DecisionQueue } from './app/decision-queue.ts';
import { loadEvidenceKey } from './app/evidence-key.ts';
import type { RecordedDecision } from './app/make-decisions.ts';
import { PolicyHolder } from './app/policy-holder.ts';
import type { Clock } from './app/ports.ts';
import { type NewConsent, recordConsent } from './app/record-consent.ts';
import { type NewSuspension, suspendUse } from './app/suspend-use.ts';
import { systemClock } from './app/system-clock.ts';
import type { ConsentRecord } from './core/consent/consent-record.ts';
import type { DecisionRequest } from './core/policy/decision.ts';
import { openStore } from './store/open-store.ts';
import { type StoreConfig, storeConfigFromEnv } from './store/store-config.ts';

export type { RecordedDecision } from './app/make-decisions.ts';
export type { Decision, DecisionRequest, Obligation, Reason } from './core/policy/decision.ts';

export interface MamoriOptions {
  /** Default: DATABASE_URL, else SQLite in MAMORI_DATA (./data), as the server does. */
  readonly store?: StoreConfig;
  /** Where the evidence checkpoint key lives (default: MAMORI_DATA or ./data). */
  readonly dataDir?: string;
  readonly clock?: Clock;
  /** How long a compiled ledger version is trusted before the store is asked for a newer one (ms). */
  readonly ledgerRefreshMs?: number;
}

export interface Mamori {
  /** Decides and records each request; resolves once the evidence is durable. */
  decide(request: DecisionRequest): Promise<RecordedDecision>;
  decideMany(requests: readonly DecisionRequest[]): Promise<RecordedDecision[]>;
  recordConsent(consent: NewConsent): Promise<ConsentRecord>;
  suspend(suspension: NewSuspension): Promise<void>;
  close(): Promise<void>;
}

/** Opens Mamori in this process. */
export async function openMamori(options: MamoriOptions = {}): Promise<Mamori> {
  const dataDir = options.dataDir ?? (process.env.MAMORI_DATA?.trim() || './data');
  const key = loadEvidenceKey(process.env, dataDir);
  const store = await openStore(options.store ?? storeConfigFromEnv(process.env, dataDir), {
    evidence: { signingKey: key.signing },
  });
  const deps = {
    store,
    clock: options.clock ?? systemClock,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: options.ledgerRefreshMs ?? 1000 }),
  };
  // An application's parallel calls share one state read and one decideBatch.
  const queue = new DecisionQueue(deps);
  return {
    async decide(request) {
      const [recorded] = await queue.decide([request]);
      return recorded as RecordedDecision;
    },
    decideMany: (requests) => queue.decide(requests),
    async recordConsent(consent) {
      return (await recordConsent(deps, consent)).consent;
    },
    async suspend(suspension) {
      await suspendUse(deps, suspension);
    },
    close: () => store.close(),
  };
}
