import { AppError } from '../../core/app-error.ts';
import type { Principal } from '../../core/auth/principal.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';

/** Ends a session: your own, or (administrators) anyone's. Unknown and foreign sessions look the same: 404. */
export async function revokeSession(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>,
  input: { principal: Principal; sessionId: string; actor: string },
): Promise<void> {
  const { principal } = input;
  const session = await deps.store.sessions.get(input.sessionId);
  const mayRevoke =
    principal.kind === 'user' && (session?.userId === principal.id || principal.roles.includes('administrator'));
  if (!session || !mayRevoke) throw new AppError('NOT_FOUND', 'no such session');
  const at = deps.clock.now();
  if (await deps.store.sessions.revoke(session.id, at, 'revoked')) {
    await recordAuthEvent(deps.evidence, {
      actor: input.actor,
      at,
      action: 'session-revoked',
      payload: { session: session.id, user: session.userId },
    });
  }
}
