import { type AuthDeps, type AuthSettings, DEFAULT_AUTH_SETTINGS } from '../../app/auth/auth-deps.ts';
import { FairQueue } from '../../app/auth/fair-queue.ts';
import { LoginAttemptLog } from '../../app/auth/login-attempt-log.ts';
import { LoginThrottle } from '../../app/auth/login-throttle-guard.ts';
import { argon2Hasher, type PasswordHasher } from '../../app/auth/password-hasher.ts';
import { FieldCipher } from '../../app/field-cipher.ts';
import { processKeyring } from '../../app/master-keyring.ts';
import type { HttpDeps } from '../http-deps.ts';
import { CachedApiTokens } from './cached-api-tokens.ts';

/** Authentication settings of the HTTP app; everything has a default. */
export interface HttpAuthOptions {
  /** Default: argon2id with ARGON2_PARAMS. */
  readonly hasher?: PasswordHasher;
  readonly settings?: Partial<AuthSettings>;
}

/** The authentication use cases' dependencies, built once per app (the throttle's in-flight counts live here). */
export function authDepsFor(deps: HttpDeps): AuthDeps {
  const settings = { ...DEFAULT_AUTH_SETTINGS, ...deps.auth?.settings };
  return {
    // Bearer tokens are looked up through a short-lived cache (bound and invalidation: cached-api-tokens.ts).
    store: { ...deps.store, apiTokens: new CachedApiTokens(deps.store.apiTokens, deps.clock) },
    clock: deps.clock,
    evidence: deps.evidence,
    hasher: deps.auth?.hasher ?? argon2Hasher(),
    settings,
    throttle: new LoginThrottle(settings.throttle, deps.store.loginAttempts),
    attempts: new LoginAttemptLog(deps.store.loginAttempts, deps.evidence),
    hashing: new FairQueue(settings.hashConcurrency),
    cipher:
      deps.cipher ?? new FieldCipher({ dataKeys: deps.store.dataKeys, masters: processKeyring(), clock: deps.clock }),
  };
}
