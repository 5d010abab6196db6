import { AppError } from '../../core/app-error.ts';
import { type LoginStage, loginStage } from '../../core/auth/login-stage.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent, userActor } from './auth-evidence.ts';
import type { Session, User } from './auth-ports.ts';
import { rateLimited } from './login.ts';
import { assertPasswordAllowed } from './password-policy-for.ts';
import { recordLoginAttempt } from './record-login-attempt.ts';
import { sourceAddress } from './source-address.ts';

/**
 * Changes the password of the session's account: the current one is checked (throttled like a login, so a stolen
 * session cannot guess it), the new one against the operators' policy. Every other session of the account ends.
 */
export async function changePassword(
  deps: AuthDeps,
  input: { user: User; session: Session; currentPassword: string; newPassword: string; sourceIp: string },
): Promise<LoginStage> {
  const { user } = input;
  const sourceIp = sourceAddress(input.sourceIp);
  const now = deps.clock.now();
  const admission = await deps.throttle.admit(user.email, sourceIp, now);
  const base = { account: user.email, sourceIp, userId: user.id, step: 'password' } as const;
  if (!admission.allowed) {
    await recordLoginAttempt(deps, { ...base, at: now, outcome: 'throttled' });
    throw rateLimited(admission.retryAt, now);
  }
  try {
    const ok = await deps.hashing.run(sourceIp, () => deps.hasher.verify(user.passwordHash, input.currentPassword));
    if (!ok) {
      await recordLoginAttempt(deps, { ...base, at: deps.clock.now(), outcome: 'bad-password' });
      throw new AppError('UNAUTHENTICATED', 'the current password is wrong');
    }
  } finally {
    admission.release();
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', 'choose a password different from the current one', {
      issues: [{ path: 'newPassword', message: 'same as the current password', code: 'unchanged' }],
    });
  }
  await assertPasswordAllowed(deps.store, user, input.newPassword);
  const at = deps.clock.now();
  await deps.store.users.setPassword(user.id, {
    hash: await deps.hasher.hash(input.newPassword),
    at,
    mustChange: false,
  });
  const ended = await deps.store.sessions.revokeForUser(user.id, at, 'password-changed', input.session.id);
  await recordAuthEvent(deps.evidence, {
    actor: userActor(user.id),
    at,
    action: 'password-changed',
    payload: { user: user.id, sessionsEnded: ended },
  });
  return loginStage(
    { roles: user.roles, mustChangePassword: false, totpEnabled: user.totpSecret !== undefined },
    { mfaVerified: input.session.mfaVerifiedAt !== undefined },
  );
}
