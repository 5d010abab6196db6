import { AppError } from '../../core/app-error.ts';
import { checkTotp } from '../../core/auth/totp.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent, userActor } from './auth-evidence.ts';
import type { Session, User } from './auth-ports.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { openTotpSecret, sealTotpSecret } from './totp-secret.ts';

/**
 * Confirms enrolment with a code from the new authenticator: the secret becomes the account's, this session counts
 * as verified, and recovery codes are issued (returned once; only their hashes are kept).
 */
export async function confirmTotp(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence' | 'cipher'>,
  input: { user: User; session: Session; code: string },
): Promise<{ recoveryCodes: string[] }> {
  const stored = input.user.pendingTotpSecret;
  if (input.user.totpSecret !== undefined) throw new AppError('CONFLICT', 'an authenticator is already enrolled');
  if (stored === undefined) throw new AppError('CONFLICT', 'start enrolment first (POST /api/v1/auth/totp/enroll)');
  const pending = await openTotpSecret(deps.cipher, input.user.id, 'pending_totp_secret', stored);
  const at = deps.clock.now();
  const check = checkTotp(pending, input.code, at);
  if (!check.ok) {
    throw new AppError('VALIDATION', 'the code does not match the new authenticator', {
      issues: [{ path: 'code', message: 'enter the code the authenticator app shows now' }],
    });
  }
  const secret = await sealTotpSecret(deps.cipher, input.user.id, 'totp_secret', pending);
  await deps.store.users.enableTotp(input.user.id, { secret, at, step: check.step });
  await deps.store.sessions.markMfaVerified(input.session.id, at);
  const recoveryCodes = newRecoveryCodes();
  await deps.store.users.replaceRecoveryCodes(
    input.user.id,
    recoveryCodes.map((code) => hashRecoveryCode(input.user.id, code)),
    at,
  );
  await recordAuthEvent(deps.evidence, {
    actor: userActor(input.user.id),
    at,
    action: 'totp-enrolled',
    payload: { user: input.user.id, recoveryCodes: recoveryCodes.length },
  });
  return { recoveryCodes };
}
