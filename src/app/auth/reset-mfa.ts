import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';
import type { User } from './auth-ports.ts';
import { findUser } from './disable-user.ts';

/**
 * Removes an account's authenticator and recovery codes (a lost phone) and ends its sessions; the next login
 * enrols a new authenticator before anything else.
 */
export async function resetMfa(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>,
  input: { user: string; actor: string },
): Promise<{ user: User; sessionsEnded: number }> {
  const user = await findUser(deps, input.user);
  const at = deps.clock.now();
  await deps.store.users.clearTotp(user.id);
  const sessionsEnded = await deps.store.sessions.revokeForUser(user.id, at, 'mfa-reset');
  await recordAuthEvent(deps.evidence, {
    actor: input.actor,
    at,
    action: 'mfa-reset',
    payload: { user: user.id, sessionsEnded },
  });
  return { user: (await deps.store.users.get(user.id)) as User, sessionsEnded };
}
