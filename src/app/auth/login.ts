import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { type LoginStage, loginStage } from '../../core/auth/login-stage.ts';
import type { AuthDeps } from './auth-deps.ts';
import type { Session, User } from './auth-ports.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { recordLoginAttempt } from './record-login-attempt.ts';
import { normalizeEmail } from './secret-token.ts';
import { sourceAddress } from './source-address.ts';
import { startSession } from './start-session.ts';

export interface LoginResult {
  /** The session cookie value: given to the browser once, stored only as a hash. */
  readonly token: string;
  readonly session: Session;
  readonly user: User;
  readonly stage: LoginStage;
}

const WRONG = 'the e-mail address or the password is wrong';

/**
 * The password step of a login. Throttled before any hashing; an unknown account costs the same hash as a known
 * one and gets the same answer. Every attempt is recorded. The session it opens acts as the user only once
 * `stage` is complete (second factor, forced password change, enrolment).
 */
export async function login(
  deps: AuthDeps,
  input: { email: string; password: string; sourceIp: string; userAgent?: string },
): Promise<LoginResult> {
  const account = normalizeEmail(input.email);
  const sourceIp = sourceAddress(input.sourceIp);
  const now = deps.clock.now();
  const admission = await deps.throttle.admit(account, sourceIp, now);
  if (!admission.allowed) {
    await recordLoginAttempt(deps, { at: now, account, sourceIp, step: 'password', outcome: 'throttled' });
    throw rateLimited(admission.retryAt, now);
  }
  try {
    const user = await deps.store.users.findByEmail(account);
    const hash = user?.passwordHash ?? (await dummyHash(deps.hasher));
    const ok = await deps.hashing.run(sourceIp, () => deps.hasher.verify(hash, input.password));
    const at = deps.clock.now();
    const failure = !user ? 'unknown-user' : !ok ? 'bad-password' : user.disabledAt ? 'disabled' : undefined;
    if (failure !== undefined || !user) {
      await recordLoginAttempt(deps, {
        at,
        account,
        sourceIp,
        step: 'password',
        outcome: failure ?? 'unknown-user',
        ...(user ? { userId: user.id } : {}),
      });
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    if (deps.hasher.needsRehash(user.passwordHash)) {
      const hash = await deps.hasher.hash(input.password);
      await deps.store.users.setPassword(user.id, {
        hash,
        at: user.passwordChangedAt,
        mustChange: user.mustChangePassword,
      });
    }
    const { session, token } = await startSession(deps, {
      userId: user.id,
      at,
      sourceIp,
      userAgent: input.userAgent,
    });
    const stage = loginStage(
      { roles: user.roles, mustChangePassword: user.mustChangePassword, totpEnabled: user.totpSecret !== undefined },
      { mfaVerified: false },
    );
    await recordLoginAttempt(deps, {
      at,
      account,
      sourceIp,
      userId: user.id,
      step: 'password',
      outcome: stage === 'totp-required' ? 'password-ok' : 'success',
    });
    return { token, session, user, stage };
  } finally {
    admission.release();
  }
}

export function rateLimited(retryAt: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', `too many failed logins: try again in ${seconds} s`, {
    details: { retryAfterSeconds: seconds },
  });
}

const dummies = new WeakMap<PasswordHasher, Promise<string>>();

// A hash of nothing anyone knows, made with the current parameters, so unknown accounts take as long as known ones.
function dummyHash(hasher: PasswordHasher): Promise<string> {
  let hash = dummies.get(hasher);
  if (!hash) {
    hash = hasher.hash(randomBytes(32).toString('base64url'));
    dummies.set(hasher, hash);
  }
  return hash;
}
