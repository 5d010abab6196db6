import { Secret } from 'otpauth';
import { AppError } from '../../core/app-error.ts';
import type { LoginStage } from '../../core/auth/login-stage.ts';
import { totpUri } from '../../core/auth/totp.ts';
import type { AuthDeps } from './auth-deps.ts';
import type { User } from './auth-ports.ts';
import { sealTotpSecret } from './totp-secret.ts';

/**
 * Starts enrolling an authenticator: a new secret, kept pending until a code from it is confirmed. Shown to this
 * session only (as text and as an otpauth:// URI for a QR code). Enrolled accounts must reset MFA first.
 */
export async function enrollTotp(
  deps: Pick<AuthDeps, 'store' | 'settings' | 'cipher'>,
  input: { user: User; stage: LoginStage },
): Promise<{ secret: string; uri: string }> {
  if (input.user.totpSecret !== undefined) {
    throw new AppError(
      'CONFLICT',
      'an authenticator is enrolled; an administrator can reset it (mamori user reset-mfa)',
    );
  }
  if (input.stage !== 'totp-enrolment-required' && input.stage !== 'complete') {
    throw new AppError('FORBIDDEN', 'change the password first');
  }
  const secret = new Secret({ size: 20 }).base32;
  await deps.store.users.setPendingTotp(
    input.user.id,
    await sealTotpSecret(deps.cipher, input.user.id, 'pending_totp_secret', secret),
  );
  return { secret, uri: totpUri(secret, input.user.email, deps.settings.totpIssuer) };
}
