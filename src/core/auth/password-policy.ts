import type { FieldIssue } from '../app-error.ts';
import type { PasswordPolicySettings } from '../ledger/operator.ts';

/** What a new password must satisfy, once an operator's settings are merged with the default. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requireUppercase: boolean;
  readonly requireLowercase: boolean;
  readonly requireDigit: boolean;
  readonly requireSymbol: boolean;
  readonly rejectCommon: boolean;
}

/**
 * H&R: "The weakest password format allowed is 15 random characters: including uppercase, lowercase, numbers, and
 * special characters." Common passwords are refused whatever their length.
 */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 15,
  requireUppercase: true,
  requireLowercase: true,
  requireDigit: true,
  requireSymbol: true,
  rejectCommon: true,
};

/** Longer passwords are refused, never truncated (the whole string is hashed). Bounds the hashing work. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * The policy for an account scoped to these operators' settings: each operator's settings over the default, then
 * the strictest of them (a person working for two operators meets both). No settings at all: the default.
 */
export function resolvePasswordPolicy(settings: readonly (PasswordPolicySettings | undefined)[]): PasswordPolicy {
  const d = DEFAULT_PASSWORD_POLICY;
  const policies: PasswordPolicy[] = settings.map((s) => ({
    minLength: s?.minLength ?? d.minLength,
    requireUppercase: s?.requireUppercase ?? d.requireUppercase,
    requireLowercase: s?.requireLowercase ?? d.requireLowercase,
    requireDigit: s?.requireDigit ?? d.requireDigit,
    requireSymbol: s?.requireSymbol ?? d.requireSymbol,
    rejectCommon: s?.rejectCommon ?? d.rejectCommon,
  }));
  if (policies.length === 0) return DEFAULT_PASSWORD_POLICY;
  return {
    minLength: Math.max(...policies.map((p) => p.minLength)),
    requireUppercase: policies.some((p) => p.requireUppercase),
    requireLowercase: policies.some((p) => p.requireLowercase),
    requireDigit: policies.some((p) => p.requireDigit),
    requireSymbol: policies.some((p) => p.requireSymbol),
    rejectCommon: policies.some((p) => p.rejectCommon),
  };
}

/** Passwords are compared as NFKC: a full-width "Ａ" typed on a Japanese keyboard is the same "A" at every login. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export interface PasswordCheckOptions {
  readonly isCommon: (password: string) => boolean;
  /** Words the password must not contain: the account's e-mail local part, the product name. */
  readonly context?: readonly string[];
}

const CLASSES = [
  { flag: 'requireUppercase', pattern: /\p{Lu}/u, code: 'missing-uppercase', what: 'an uppercase letter' },
  { flag: 'requireLowercase', pattern: /\p{Ll}/u, code: 'missing-lowercase', what: 'a lowercase letter' },
  { flag: 'requireDigit', pattern: /\p{Nd}/u, code: 'missing-digit', what: 'a digit' },
  { flag: 'requireSymbol', pattern: /[^\p{L}\p{N}]/u, code: 'missing-symbol', what: 'a symbol' },
] as const;

/** Every reason the password falls short of the policy (empty when it is acceptable). Lengths count characters. */
export function checkPassword(password: string, policy: PasswordPolicy, options: PasswordCheckOptions): FieldIssue[] {
  const normal = normalizePassword(password);
  const length = [...normal].length;
  const issues: FieldIssue[] = [];
  const issue = (code: string, message: string) => issues.push({ path: 'password', code, message });
  if (length < policy.minLength) issue('too-short', `use at least ${policy.minLength} characters (this has ${length})`);
  if (length > MAX_PASSWORD_LENGTH) issue('too-long', `use at most ${MAX_PASSWORD_LENGTH} characters`);
  for (const c of CLASSES) {
    if (policy[c.flag] && !c.pattern.test(normal)) issue(c.code, `include ${c.what}`);
  }
  if (policy.rejectCommon && options.isCommon(normal)) {
    issue('common-password', 'this password, or the word it is built on, is on the list of common passwords');
  }
  const lower = normal.toLowerCase();
  for (const word of options.context ?? []) {
    if (word.length >= 4 && lower.includes(word.toLowerCase())) {
      issue('contains-account-name', 'do not build the password on your account name');
      break;
    }
  }
  return issues;
}
