import { AppError } from '../../core/app-error.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';
import { tokenWithin } from './list-api-tokens.ts';

/** Revokes an API token now, on every node (the next request with it is anonymous). */
export async function revokeApiToken(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>,
  input: { id: string; actor: string; viewer?: readonly string[] | 'all' },
): Promise<void> {
  const token = await deps.store.apiTokens.get(input.id);
  // A token of another operator does not exist for the caller (404, like any object of another operator).
  if (!token || !tokenWithin(token, input.viewer ?? 'all')) throw new AppError('NOT_FOUND', 'no such API token');
  const at = deps.clock.now();
  if (await deps.store.apiTokens.revoke(token.id, at)) {
    await recordAuthEvent(deps.evidence, {
      actor: input.actor,
      at,
      action: 'api-token-revoked',
      payload: { token: token.id, name: token.name },
    });
  }
}
