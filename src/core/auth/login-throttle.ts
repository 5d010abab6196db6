/** How many failed logins one key may have before it is locked, and how the lock grows. */
export interface ThrottleRule {
  /** Failures allowed before the first lock. */
  readonly threshold: number;
  /** Length of the first lock; each further failure doubles it. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Failures older than this are forgotten. */
  readonly windowMs: number;
}

/**
 * Failures are counted per source address (any account), per account (any address; a success resets it) and per
 * account from one address. The last is the tightest, so one address hammering an account exhausts its own budget
 * long before the account's, and the owner logging in from elsewhere is not locked out by it.
 */
export const THROTTLE_KEYS = ['ip', 'account', 'accountIp'] as const;
export type ThrottleKey = (typeof THROTTLE_KEYS)[number];
export type ThrottleRules = Readonly<Record<ThrottleKey, ThrottleRule>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  ip: { threshold: 20, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, windowMs: HOUR },
  account: { threshold: 10, baseDelayMs: MINUTE, maxDelayMs: HOUR, windowMs: 24 * HOUR },
  accountIp: { threshold: 5, baseDelayMs: 5000, maxDelayMs: 30 * MINUTE, windowMs: 24 * HOUR },
};

/** Failures counted for one key: how many, and when the newest was. */
export interface FailureStats {
  readonly failures: number;
  readonly lastFailureAt?: Date;
}

export type ThrottleVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly key: ThrottleKey; readonly retryAt: Date };

/** Lock length after `failures` failures: none below the threshold, then base x 2^(failures - threshold), capped. */
export function lockoutDelayMs(rule: ThrottleRule, failures: number): number {
  if (failures < rule.threshold) return 0;
  const doublings = failures - rule.threshold;
  // 2^31 ms is already 24 days; beyond that the cap applies anyway and the power would lose precision.
  return doublings > 30 ? rule.maxDelayMs : Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** doublings);
}

/** Locked until, for one key, or undefined when it may try now. */
export function lockedUntil(rule: ThrottleRule, stats: FailureStats, now: Date): Date | undefined {
  const delay = lockoutDelayMs(rule, stats.failures);
  if (delay === 0 || stats.lastFailureAt === undefined) return undefined;
  const until = stats.lastFailureAt.getTime() + delay;
  return until > now.getTime() ? new Date(until) : undefined;
}

/** May a login be tried now? When several keys are locked, the answer names the one that stays locked longest. */
export function throttleVerdict(
  rules: ThrottleRules,
  stats: Readonly<Record<ThrottleKey, FailureStats>>,
  now: Date,
): ThrottleVerdict {
  let verdict: ThrottleVerdict = { allowed: true };
  for (const key of THROTTLE_KEYS) {
    const until = lockedUntil(rules[key], stats[key], now);
    if (until !== undefined && (verdict.allowed || until > verdict.retryAt)) {
      verdict = { allowed: false, key, retryAt: until };
    }
  }
  return verdict;
}
