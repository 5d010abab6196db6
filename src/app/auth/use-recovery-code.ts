import type { LoginStage } from '../../core/auth/login-stage.ts';
import type { AuthDeps } from './auth-deps.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { type SecondFactorInput, secondFactor } from './verify-totp.ts';

/** The second step with a recovery code instead of a TOTP code: each code works once. */
export async function useRecoveryCode(
  deps: AuthDeps,
  input: SecondFactorInput,
): Promise<{ stage: LoginStage; codesLeft: number }> {
  const stage = await secondFactor(deps, input, 'recovery-code', (at) =>
    deps.store.users.useRecoveryCode(input.user.id, hashRecoveryCode(input.user.id, input.code), at),
  );
  return { stage, codesLeft: await deps.store.users.countRecoveryCodes(input.user.id) };
}
