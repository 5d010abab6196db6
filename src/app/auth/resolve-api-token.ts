import type { Principal } from '../../core/auth/principal.ts';
import type { AuthDeps } from './auth-deps.ts';
import { hashSecret } from './secret-token.ts';

export type ResolvedApiToken =
  | { readonly ok: true; readonly principal: Extract<Principal, { kind: 'application' }> }
  | { readonly ok: false; readonly reason: 'unknown' | 'revoked' | 'expired' };

/** Last use is recorded at most this often. */
const TOUCH_EVERY_MS = 60_000;

/** The application behind a bearer token, if the token is known, unrevoked and unexpired. */
export async function resolveApiToken(
  deps: Pick<AuthDeps, 'store' | 'clock'>,
  presented: string,
): Promise<ResolvedApiToken> {
  const token = await deps.store.apiTokens.findByTokenHash(hashSecret(presented));
  if (!token) return { ok: false, reason: 'unknown' };
  const now = deps.clock.now();
  if (token.revokedAt && token.revokedAt <= now) return { ok: false, reason: 'revoked' };
  if (token.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await deps.store.apiTokens.touch(token.id, now);
  }
  return {
    ok: true,
    principal: {
      kind: 'application',
      id: token.name,
      roles: ['application'],
      operators: token.operators,
      tokenId: token.id,
      ledgerRoles: token.ledgerRoles,
      purposes: token.purposes,
    },
  };
}
