/**
 * A small in-memory token bucket per key (the client's address): `capacity` calls at once, refilled at one per
 * `refillMs`. Per process: behind several nodes each keeps its own (the limit is per node), which is enough to
 * slow a flood of public submissions; entries are dropped once full again, so memory stays bounded by active keys.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: { readonly capacity: number; readonly refillMs: number; readonly maxKeys?: number },
  ) {}

  /** Takes one token for `key`; false when none is left (answer 429). */
  take(key: string, nowMs: number): boolean {
    const { capacity, refillMs } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: nowMs };
    const refilled = Math.min(capacity, bucket.tokens + Math.max(0, nowMs - bucket.at) / refillMs);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: nowMs });
      return false;
    }
    this.buckets.set(key, { tokens: refilled - 1, at: nowMs });
    if (this.buckets.size > (this.options.maxKeys ?? 10_000)) this.sweep(nowMs);
    return true;
  }

  /** Seconds until `key` has a token again (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return 0;
    return Math.ceil(((1 - bucket.tokens) * this.options.refillMs) / 1000);
  }

  private sweep(nowMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (nowMs - bucket.at) / this.options.refillMs >= this.options.capacity)
        this.buckets.delete(key);
    }
  }
}
