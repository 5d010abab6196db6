import { AppError } from '../../core/app-error.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';
import type { User } from './auth-ports.ts';
import { normalizeEmail } from './secret-token.ts';

/** The account named by id or e-mail address, or NOT_FOUND. */
export async function findUser(deps: Pick<AuthDeps, 'store'>, idOrEmail: string): Promise<User> {
  const user = idOrEmail.includes('@')
    ? await deps.store.users.findByEmail(normalizeEmail(idOrEmail))
    : await deps.store.users.get(idOrEmail);
  if (!user) throw new AppError('NOT_FOUND', 'no such account');
  return user;
}

/** Disables an account: it cannot log in, and its sessions end now. The record stays (accounts are not deleted). */
export async function disableUser(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence'>,
  input: { user: string; actor: string },
): Promise<{ user: User; sessionsEnded: number }> {
  const user = await findUser(deps, input.user);
  const at = deps.clock.now();
  const changed = await deps.store.users.disable(user.id, at);
  const sessionsEnded = await deps.store.sessions.revokeForUser(user.id, at, 'account-disabled');
  if (changed || sessionsEnded > 0) {
    await recordAuthEvent(deps.evidence, {
      actor: input.actor,
      at,
      action: 'user-disabled',
      payload: { user: user.id, sessionsEnded },
    });
  }
  return { user: (await deps.store.users.get(user.id)) as User, sessionsEnded };
}
