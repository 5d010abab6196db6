import { hashKeyBytes, type KeyedHash, keyedHash } from '../keyed-hash.ts';

/** The environment variable the demo annotations name for the hash key (hashKeyRef). */
export const DEMO_HASH_KEY_ENV = 'DEMO_HR_HASH_KEY';

/**
 * A published key for the synthetic demo only, used when DEMO_HR_HASH_KEY is not set, so the demo works out of
 * the box. Real datasets must configure their own key (and never store it in the database).
 */
export const BUILT_IN_DEMO_KEY = 'd3m0'.repeat(16);

/** The environment variable the demo annotations name for the PS-1 pseudonym key (pseudonymKeyRef). */
export const DEMO_PSEUDONYM_KEY_ENV = 'DEMO_HR_PSEUDONYM_KEY';

/** The demo's published pseudonym key, when DEMO_HR_PSEUDONYM_KEY is not set (synthetic data only). */
export const BUILT_IN_DEMO_PSEUDONYM_KEY = 'p53u'.repeat(16);

export function demoKeyedHash(env: NodeJS.ProcessEnv = process.env): { hash: KeyedHash; builtIn: boolean } {
  const configured = env[DEMO_HASH_KEY_ENV]?.trim();
  return { hash: keyedHash(hashKeyBytes(configured || BUILT_IN_DEMO_KEY)), builtIn: !configured };
}
