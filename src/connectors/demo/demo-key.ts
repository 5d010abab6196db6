import { hashKeyBytes, type KeyedHash, keyedHash } from '../keyed-hash.ts';

/** The environment variable the demo annotations name for the hash key (hashKeyRef). */
export const DEMO_HASH_KEY_ENV = 'DEMO_HR_HASH_KEY';

/**
 * A published key for the synthetic demo only, used when DEMO_HR_HASH_KEY is not set, so the demo works out of
 * the box. Real datasets must configure their own key (and never store it in the database).
 */
export const BUILT_IN_DEMO_KEY = 'd3m0'.repeat(16);

export function demoKeyedHash(env: NodeJS.ProcessEnv = process.env): { hash: KeyedHash; builtIn: boolean } {
  const configured = env[DEMO_HASH_KEY_ENV]?.trim();
  return { hash: keyedHash(hashKeyBytes(configured || BUILT_IN_DEMO_KEY)), builtIn: !configured };
}
