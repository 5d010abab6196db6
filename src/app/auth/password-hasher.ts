import argon2 from 'argon2';
import { normalizePassword } from '../../core/auth/password-policy.ts';

/** Hashes and checks passwords; the whole (NFKC-normalised) password is hashed, never truncated. */
export interface PasswordHasher {
  /** The parameters new hashes use, for reports. */
  readonly params: Argon2Params;
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** True when the hash was made with other parameters and should be redone at the next login. */
  needsRehash(hash: string): boolean;
}

export interface Argon2Params {
  /** KiB. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * argon2id with 46 MiB, 2 passes, 1 lane: about 80 ms per hash on the development machine (bench/auth.ts reports
 * it), above OWASP's minimum (19 MiB x 2 or 46 MiB x 1).
 */
export const ARGON2_PARAMS: Argon2Params = { memoryCost: 47_104, timeCost: 2, parallelism: 1 };

/** Cheap parameters for tests only: the same algorithm, a fraction of the cost. */
export const TEST_ARGON2_PARAMS: Argon2Params = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export function argon2Hasher(params: Argon2Params = ARGON2_PARAMS): PasswordHasher {
  const options: argon2.HashOptions = { type: argon2.argon2id, ...params };
  return {
    params,
    hash: (password) => argon2.hash(normalizePassword(password), options),
    async verify(hash, password) {
      try {
        return await argon2.verify(hash, normalizePassword(password));
      } catch {
        // A damaged or foreign hash verifies nothing.
        return false;
      }
    },
    needsRehash: (hash) => argon2.needsRehash(hash, params),
  };
}
