import { AppError } from '../../core/app-error.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';

/** Revokes an API token now, on every node (the next request with it is anonymous). */
export async function revokeApiToken(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>,
  input: { id: string; actor: string },
): Promise<void> {
  const token = await deps.store.apiTokens.get(input.id);
  if (!token) throw new AppError('NOT_FOUND', 'no such API token');
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
