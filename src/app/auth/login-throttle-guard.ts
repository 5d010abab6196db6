import {
  type FailureStats,
  THROTTLE_KEYS,
  type ThrottleKey,
  type ThrottleRules,
  type ThrottleVerdict,
  throttleVerdict,
} from '../../core/auth/login-throttle.ts';
import type { LoginAttemptRepository } from './auth-ports.ts';

export type Admission = { readonly allowed: true; release(): void } | Exclude<ThrottleVerdict, { allowed: true }>;

/**
 * Decides whether a login may be tried, from the failures stored (shared by every node) plus the attempts this
 * process is still checking. Counting those in-flight attempts as failures is what keeps a burst of concurrent bad
 * logins from all passing the check before the first failure is stored: beyond the budget they are refused before
 * any password hashing. Locks found are remembered until they run out, so further attempts against a locked key
 * are refused without a query: a burst costs the database one batched insert per turn, not one query per request.
 */
export class LoginThrottle {
  readonly #rules: ThrottleRules;
  readonly #attempts: LoginAttemptRepository;
  readonly #inflight = new Map<string, number>();
  /** Known locks: key -> locked until (ms). A lock never ends early, so remembering one is always right. */
  readonly #locks = new Map<string, number>();

  constructor(rules: ThrottleRules, attempts: LoginAttemptRepository) {
    this.#rules = rules;
    this.#attempts = attempts;
  }

  /** Admits an attempt (call `release` once its outcome is recorded) or says until when it is refused. */
  async admit(account: string, sourceIp: string, now: Date): Promise<Admission> {
    const keys = keysOf(account, sourceIp);
    const known = this.#knownLock(keys, now);
    if (known) return known;
    const stored = await this.#attempts.failureStats({
      account,
      sourceIp,
      ipSince: new Date(now.getTime() - this.#rules.ip.windowMs),
      accountSince: new Date(now.getTime() - Math.max(this.#rules.account.windowMs, this.#rules.accountIp.windowMs)),
    });
    // From here to the increment nothing awaits: checks and counts of concurrent attempts cannot interleave.
    const stats = {} as Record<ThrottleKey, FailureStats>;
    for (const key of THROTTLE_KEYS) {
      const pending = this.#inflight.get(keys[key]) ?? 0;
      const base = stored[key];
      stats[key] =
        pending === 0 ? base : { failures: base.failures + pending, lastFailureAt: laterOf(base.lastFailureAt, now) };
    }
    const verdict = throttleVerdict(this.#rules, stats, now);
    if (!verdict.allowed) {
      this.#remember(keys[verdict.key], verdict.retryAt, now);
      return verdict;
    }
    for (const key of THROTTLE_KEYS) this.#inflight.set(keys[key], (this.#inflight.get(keys[key]) ?? 0) + 1);
    let released = false;
    return {
      allowed: true,
      release: () => {
        if (released) return;
        released = true;
        for (const key of THROTTLE_KEYS) {
          const left = (this.#inflight.get(keys[key]) ?? 1) - 1;
          if (left <= 0) this.#inflight.delete(keys[key]);
          else this.#inflight.set(keys[key], left);
        }
      },
    };
  }

  #knownLock(keys: Record<ThrottleKey, string>, now: Date): Admission | undefined {
    let found: { key: ThrottleKey; until: number } | undefined;
    for (const key of THROTTLE_KEYS) {
      const until = this.#locks.get(keys[key]);
      if (until !== undefined && until > now.getTime() && (!found || until > found.until)) found = { key, until };
    }
    return found && { allowed: false, key: found.key, retryAt: new Date(found.until) };
  }

  #remember(key: string, until: Date, now: Date): void {
    this.#locks.set(key, until.getTime());
    if (this.#locks.size <= MAX_KNOWN_LOCKS) return;
    for (const [k, t] of this.#locks) if (t <= now.getTime()) this.#locks.delete(k);
    // Still too many (a wide attack): forget the oldest; the store still knows them.
    for (const k of this.#locks.keys()) {
      if (this.#locks.size <= MAX_KNOWN_LOCKS * 0.9) break;
      this.#locks.delete(k);
    }
  }
}

const MAX_KNOWN_LOCKS = 10_000;

function keysOf(account: string, sourceIp: string): Record<ThrottleKey, string> {
  return { ip: `ip ${sourceIp}`, account: `account ${account}`, accountIp: `account ${account} ip ${sourceIp}` };
}

function laterOf(a: Date | undefined, b: Date): Date {
  return a !== undefined && a > b ? a : b;
}
