import type { FailureStats } from '../../core/auth/login-throttle.ts';
import type { SystemRole } from '../../core/auth/principal.ts';

/** A person's account in Mamori. Passwords and TOTP codes never leave the use cases; only hashes are stored. */
export interface User {
  readonly id: string;
  /** Lower case; the login name. */
  readonly email: string;
  readonly displayName?: string;
  readonly roles: readonly SystemRole[];
  readonly operators: readonly string[] | 'all';
  /** argon2id, PHC string (parameters and salt inside). */
  readonly passwordHash: string;
  readonly passwordChangedAt: Date;
  readonly mustChangePassword: boolean;
  /** Base32 TOTP secret once enrolment is confirmed. */
  readonly totpSecret?: string;
  readonly totpEnabledAt?: Date;
  /** The last accepted TOTP time step: each code is good once. */
  readonly totpLastStep?: number;
  /** Secret offered at enrolment, until a code from it confirms it. */
  readonly pendingTotpSecret?: string;
  readonly disabledAt?: Date;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export type NewUser = Pick<
  User,
  'id' | 'email' | 'roles' | 'operators' | 'passwordHash' | 'mustChangePassword' | 'createdAt' | 'createdBy'
> & { readonly displayName?: string };

export interface UserRepository {
  /** Fails with CONFLICT when the e-mail address is taken. */
  create(user: NewUser): Promise<User>;
  get(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  list(): Promise<readonly User[]>;
  count(): Promise<number>;
  setPassword(id: string, change: { hash: string; at: Date; mustChange: boolean }): Promise<void>;
  setPendingTotp(id: string, secret: string | undefined): Promise<void>;
  /** Confirms enrolment: the pending secret becomes the secret, `step` the last used one. */
  enableTotp(id: string, change: { secret: string; at: Date; step: number }): Promise<void>;
  /** Accepts a TOTP step only if it is newer than the last one (atomic, so two nodes cannot both accept a code). */
  advanceTotpStep(id: string, step: number): Promise<boolean>;
  /** Removes the second factor and every recovery code (reset-mfa). */
  clearTotp(id: string): Promise<void>;
  disable(id: string, at: Date): Promise<boolean>;
  /** Replaces the account's recovery codes with these hashes. */
  replaceRecoveryCodes(id: string, hashes: readonly string[], at: Date): Promise<void>;
  /** Marks an unused code used; false when there is no such unused code (single use, atomic). */
  useRecoveryCode(id: string, hash: string, at: Date): Promise<boolean>;
  countRecoveryCodes(id: string): Promise<number>;
}

/** A console session. Only the hash of its cookie value is stored. */
export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly tokenHash: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly mfaVerifiedAt?: Date;
  readonly revokedAt?: Date;
  readonly revokedReason?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | undefined>;
  get(id: string): Promise<Session | undefined>;
  listForUser(userId: string): Promise<readonly Session[]>;
  touch(id: string, at: Date): Promise<void>;
  markMfaVerified(id: string, at: Date): Promise<void>;
  revoke(id: string, at: Date, reason: string): Promise<boolean>;
  /** Revokes every live session of the account but `exceptId`; returns how many. */
  revokeForUser(userId: string, at: Date, reason: string, exceptId?: string): Promise<number>;
}

/** A token an application presents (Authorization: Bearer ...), scoped to operators, ledger roles and purposes. */
export interface ApiToken {
  readonly id: string;
  /** The application's name; its principal id. */
  readonly name: string;
  readonly tokenHash: string;
  readonly operators: readonly string[] | 'all';
  readonly ledgerRoles: readonly string[];
  readonly purposes: readonly string[] | 'all';
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly expiresAt: Date;
  readonly revokedAt?: Date;
  readonly lastUsedAt?: Date;
}

export interface ApiTokenRepository {
  create(token: ApiToken): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<ApiToken | undefined>;
  get(id: string): Promise<ApiToken | undefined>;
  /** Newest first. */
  list(): Promise<readonly ApiToken[]>;
  revoke(id: string, at: Date): Promise<boolean>;
  touch(id: string, at: Date): Promise<void>;
}

export const LOGIN_STEPS = ['password', 'totp', 'recovery-code'] as const;
export type LoginStep = (typeof LOGIN_STEPS)[number];

/** `password-ok`: the password was right and a second step is pending; not a failure, and not a reset either. */
export const LOGIN_OUTCOMES = [
  'success',
  'password-ok',
  'bad-password',
  'unknown-user',
  'disabled',
  'bad-totp',
  'bad-recovery-code',
  'throttled',
] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

/** Outcomes that count towards lockout. Throttled attempts do not (they were never tried). */
export const FAILED_OUTCOMES: ReadonlySet<LoginOutcome> = new Set([
  'bad-password',
  'unknown-user',
  'disabled',
  'bad-totp',
  'bad-recovery-code',
]);

/** One login attempt, successful or not: the security log behind throttling. No password or code. */
export interface LoginAttempt {
  readonly id: string;
  readonly at: Date;
  /** The account as typed, normalised (lower case), known or not. */
  readonly account: string;
  readonly userId?: string;
  readonly sourceIp: string;
  readonly step: LoginStep;
  readonly outcome: LoginOutcome;
}

export interface FailureQuery {
  readonly account: string;
  readonly sourceIp: string;
  /** Failures from the address since then count (any account). */
  readonly ipSince: Date;
  /** Failures for the account since then count, unless a success came later. */
  readonly accountSince: Date;
}

export interface LoginAttemptRepository {
  record(attempt: LoginAttempt): Promise<void>;
  /** Several attempts in one statement (group commit); in the order given. */
  recordMany(attempts: readonly LoginAttempt[]): Promise<void>;
  failureStats(query: FailureQuery): Promise<{ ip: FailureStats; account: FailureStats; accountIp: FailureStats }>;
  /** Newest first. */
  list(filter: {
    readonly account?: string;
    readonly sourceIp?: string;
    readonly limit: number;
  }): Promise<readonly LoginAttempt[]>;
}
