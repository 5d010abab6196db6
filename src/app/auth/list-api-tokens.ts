import type { AuthDeps } from './auth-deps.ts';
import type { ApiToken } from './auth-ports.ts';

/** API tokens as listed: everything but the hash. */
export type ApiTokenSummary = Omit<ApiToken, 'tokenHash'> & { readonly status: 'active' | 'revoked' | 'expired' };

export async function listApiTokens(deps: Pick<AuthDeps, 'store' | 'clock'>): Promise<ApiTokenSummary[]> {
  const now = deps.clock.now();
  return (await deps.store.apiTokens.list()).map(({ tokenHash: _, ...token }) => ({
    ...token,
    status: token.revokedAt ? 'revoked' : token.expiresAt <= now ? 'expired' : 'active',
  }));
}
