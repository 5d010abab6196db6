import { type LoginStage, loginStage } from '../../core/auth/login-stage.ts';
import { sessionExpiresAt, sessionState } from '../../core/auth/session-expiry.ts';
import type { AuthDeps } from './auth-deps.ts';
import type { Session, User } from './auth-ports.ts';
import { hashSecret } from './secret-token.ts';

export type ResolvedSession =
  | {
      readonly ok: true;
      readonly session: Session;
      readonly user: User;
      readonly stage: LoginStage;
      readonly expiresAt: Date;
    }
  | { readonly ok: false; readonly reason: 'unknown' | 'revoked' | 'expired' | 'idle-expired' | 'disabled' };

/** Idle time is recorded at most this often: a write per request would cost more than the precision is worth. */
const TOUCH_EVERY_MS = 60_000;

/** The session behind a cookie value, if it is live: not revoked, not past its idle or absolute limit. */
export async function resolveSession(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'settings'>,
  token: string,
): Promise<ResolvedSession> {
  const found = await deps.store.sessions.findByTokenHash(hashSecret(token));
  if (!found) return { ok: false, reason: 'unknown' };
  const now = deps.clock.now();
  const state = sessionState(found, deps.settings.sessions, now);
  if (state !== 'active') return { ok: false, reason: state };
  const user = await deps.store.users.get(found.userId);
  if (!user || user.disabledAt) return { ok: false, reason: 'disabled' };
  let session = found;
  if (now.getTime() - found.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await deps.store.sessions.touch(found.id, now);
    session = { ...found, lastSeenAt: now };
  }
  const stage = loginStage(
    { roles: user.roles, mustChangePassword: user.mustChangePassword, totpEnabled: user.totpSecret !== undefined },
    { mfaVerified: session.mfaVerifiedAt !== undefined },
  );
  return { ok: true, session, user, stage, expiresAt: sessionExpiresAt(session, deps.settings.sessions) };
}
