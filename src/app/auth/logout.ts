import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent, userActor } from './auth-evidence.ts';
import type { Session } from './auth-ports.ts';

/** Ends the session (the cookie is worthless from now on, on every node). */
export async function logout(deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>, session: Session): Promise<void> {
  const at = deps.clock.now();
  if (await deps.store.sessions.revoke(session.id, at, 'logout')) {
    await recordAuthEvent(deps.evidence, {
      actor: userActor(session.userId),
      at,
      action: 'logout',
      payload: { session: session.id },
    });
  }
}
