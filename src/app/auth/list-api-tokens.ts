import type { AuthDeps } from './auth-deps.ts';
import type { ApiToken } from './auth-ports.ts';

/** API tokens as listed: everything but the hash. */
export type ApiTokenSummary = Omit<ApiToken, 'tokenHash'> & { readonly status: 'active' | 'revoked' | 'expired' };

/**
 * Tokens the viewer may manage: all of them for a group-wide account, else only tokens acting for none but the
 * viewer's own operators (the same rule as issuing them).
 */
export async function listApiTokens(
  deps: Pick<AuthDeps, 'store' | 'clock'>,
  viewer: readonly string[] | 'all' = 'all',
): Promise<ApiTokenSummary[]> {
  const now = deps.clock.now();
  const tokens = (await deps.store.apiTokens.list()).filter((token) => tokenWithin(token, viewer));
  return tokens.map(({ tokenHash: _, ...token }) => ({
    ...token,
    status: token.revokedAt ? 'revoked' : token.expiresAt <= now ? 'expired' : 'active',
  }));
}

export function tokenWithin(token: Pick<ApiToken, 'operators'>, viewer: readonly string[] | 'all'): boolean {
  if (viewer === 'all') return true;
  return token.operators !== 'all' && token.operators.every((operator) => viewer.includes(operator));
}
