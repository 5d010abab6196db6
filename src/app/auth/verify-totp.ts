import { AppError } from '../../core/app-error.ts';
import { type LoginStage, loginStage } from '../../core/auth/login-stage.ts';
import { checkTotp } from '../../core/auth/totp.ts';
import type { AuthDeps } from './auth-deps.ts';
import type { Session, User } from './auth-ports.ts';
import { rateLimited } from './login.ts';
import { recordLoginAttempt } from './record-login-attempt.ts';
import { sourceAddress } from './source-address.ts';
import { openTotpSecret } from './totp-secret.ts';

export interface SecondFactorInput {
  readonly session: Session;
  readonly user: User;
  readonly code: string;
  readonly sourceIp: string;
}

/**
 * The second step of a login: a TOTP code from the enrolled authenticator. Throttled and recorded like the
 * password step (the same account budget, so guessing codes locks the account); a code is accepted once.
 */
export async function verifyTotp(deps: AuthDeps, input: SecondFactorInput): Promise<LoginStage> {
  return secondFactor(deps, input, 'totp', async (at) => {
    const stored = input.user.totpSecret;
    if (stored === undefined) throw new AppError('CONFLICT', 'no authenticator is enrolled for this account');
    const secret = await openTotpSecret(deps.cipher, input.user.id, 'totp_secret', stored);
    const check = checkTotp(secret, input.code, at, input.user.totpLastStep);
    // The step is taken atomically, so the same code cannot be accepted twice, even on two nodes at once.
    return check.ok && (await deps.store.users.advanceTotpStep(input.user.id, check.step));
  });
}

/** Runs one second-factor check under the throttle, records it, and on success marks the session verified. */
export async function secondFactor(
  deps: AuthDeps,
  input: SecondFactorInput,
  step: 'totp' | 'recovery-code',
  check: (at: Date) => Promise<boolean>,
): Promise<LoginStage> {
  if (input.session.mfaVerifiedAt !== undefined) throw new AppError('CONFLICT', 'the second factor is verified');
  const account = input.user.email;
  const sourceIp = sourceAddress(input.sourceIp);
  const now = deps.clock.now();
  const admission = await deps.throttle.admit(account, sourceIp, now);
  const base = { account, sourceIp, userId: input.user.id, step } as const;
  if (!admission.allowed) {
    await recordLoginAttempt(deps, { ...base, at: now, outcome: 'throttled' });
    throw rateLimited(admission.retryAt, now);
  }
  try {
    const at = deps.clock.now();
    if (!(await check(at))) {
      await recordLoginAttempt(deps, { ...base, at, outcome: step === 'totp' ? 'bad-totp' : 'bad-recovery-code' });
      throw new AppError('UNAUTHENTICATED', step === 'totp' ? 'the code is wrong' : 'the recovery code is wrong');
    }
    await deps.store.sessions.markMfaVerified(input.session.id, at);
    await recordLoginAttempt(deps, { ...base, at, outcome: 'success' });
    return loginStage(
      { roles: input.user.roles, mustChangePassword: input.user.mustChangePassword, totpEnabled: true },
      { mfaVerified: true },
    );
  } finally {
    admission.release();
  }
}
