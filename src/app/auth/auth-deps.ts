import { availableParallelism } from 'node:os';
import { DEFAULT_THROTTLE_RULES, type ThrottleRules } from '../../core/auth/login-throttle.ts';
import { DEFAULT_SESSION_TIMEOUTS, type SessionTimeouts } from '../../core/auth/session-expiry.ts';
import type { EvidenceLog } from '../evidence-log.ts';
import type { FieldCipher } from '../field-cipher.ts';
import type { Clock, Store } from '../ports.ts';
import type { FairQueue } from './fair-queue.ts';
import type { LoginAttemptLog } from './login-attempt-log.ts';
import type { LoginThrottle } from './login-throttle-guard.ts';
import type { PasswordHasher } from './password-hasher.ts';

export interface AuthSettings {
  readonly sessions: SessionTimeouts;
  readonly throttle: ThrottleRules;
  /** API token lifetimes in days: when none is asked for, and the longest allowed. */
  readonly apiTokenDays: { readonly default: number; readonly max: number };
  /** The issuer authenticator apps show next to the code. */
  readonly totpIssuer: string;
  /** Password checks run at once (they are CPU-bound: one per core), shared fairly between source addresses. */
  readonly hashConcurrency: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessions: DEFAULT_SESSION_TIMEOUTS,
  throttle: DEFAULT_THROTTLE_RULES,
  apiTokenDays: { default: 90, max: 365 },
  totpIssuer: 'Mamori',
  hashConcurrency: availableParallelism(),
};

/**
 * What the authentication use cases need. `throttle` (in-flight attempts, known locks), `attempts` (the group
 * commit of attempt records) and `hashing` (fair turns at password checks) hold this process's state: one of each
 * per process.
 */
export interface AuthDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly evidence: EvidenceLog;
  readonly hasher: PasswordHasher;
  readonly settings: AuthSettings;
  readonly throttle: LoginThrottle;
  readonly attempts: LoginAttemptLog;
  readonly hashing: FairQueue;
  /** Encrypts TOTP secrets (field encryption, keys outside the database). */
  readonly cipher: FieldCipher;
}
