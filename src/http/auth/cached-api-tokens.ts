import type { ApiToken, ApiTokenRepository } from '../../app/auth/auth-ports.ts';
import type { Clock } from '../../app/ports.ts';

/**
 * How long a looked-up token is trusted without asking the database again. The bound on revocation seen from
 * elsewhere: a token revoked by another API node or by `mamori token revoke` stops working here within this
 * time. Revoked through this node it stops at once, and expiry is exact (checked against the cached row).
 */
export const API_TOKEN_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  token: ApiToken;
  readonly until: number;
}

/**
 * The API token repository with bearer-token lookups remembered for API_TOKEN_CACHE_MS: every application
 * request looked its token up (and parsed its JSON columns) before. Only found tokens are kept; a revocation or
 * last-use update through this object updates the cache too.
 */
export class CachedApiTokens implements ApiTokenRepository {
  readonly #inner: ApiTokenRepository;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #entries = new Map<string, Entry>();
  // Bumped by every revocation: a lookup that started before it must not put the unrevoked row back.
  #revocations = 0;

  constructor(inner: ApiTokenRepository, clock: Clock, ttlMs = API_TOKEN_CACHE_MS) {
    this.#inner = inner;
    this.#clock = clock;
    this.#ttlMs = ttlMs;
  }

  async findByTokenHash(tokenHash: string): Promise<ApiToken | undefined> {
    const now = this.#clock.now().getTime();
    const entry = this.#entries.get(tokenHash);
    if (entry !== undefined && entry.until > now) return entry.token;
    this.#entries.delete(tokenHash);
    const revocations = this.#revocations;
    const token = await this.#inner.findByTokenHash(tokenHash);
    if (token !== undefined && revocations === this.#revocations) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
      this.#entries.set(tokenHash, { token, until: now + this.#ttlMs });
    }
    return token;
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    this.#revocations++;
    try {
      return await this.#inner.revoke(id, at);
    } finally {
      // Again once written: a lookup that read the row while the revocation was being written is not cached.
      this.#revocations++;
      for (const [hash, entry] of this.#entries) if (entry.token.id === id) this.#entries.delete(hash);
    }
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.#inner.touch(id, at);
    // Otherwise the cached row's old last-use time would ask for a touch on every request.
    for (const entry of this.#entries.values()) {
      if (entry.token.id === id) entry.token = { ...entry.token, lastUsedAt: at };
    }
  }

  create(token: ApiToken): Promise<void> {
    return this.#inner.create(token);
  }

  get(id: string): Promise<ApiToken | undefined> {
    return this.#inner.get(id);
  }

  list(): Promise<readonly ApiToken[]> {
    return this.#inner.list();
  }
}
