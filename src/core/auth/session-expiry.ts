/** How long a console session lives: since its last request (idle) and since login (absolute). */
export interface SessionTimeouts {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export const DEFAULT_SESSION_TIMEOUTS: SessionTimeouts = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

export type SessionState = 'active' | 'revoked' | 'idle-expired' | 'expired';

/** The state of a session at `now`; revocation wins, then the absolute limit, then idleness. */
export function sessionState(
  session: { readonly createdAt: Date; readonly lastSeenAt: Date; readonly revokedAt?: Date },
  timeouts: SessionTimeouts,
  now: Date,
): SessionState {
  const t = now.getTime();
  if (session.revokedAt !== undefined && session.revokedAt.getTime() <= t) return 'revoked';
  if (t >= session.createdAt.getTime() + timeouts.absoluteMs) return 'expired';
  if (t >= session.lastSeenAt.getTime() + timeouts.idleMs) return 'idle-expired';
  return 'active';
}

/** When the session ends if it stays idle: the earlier of the idle and absolute limits. */
export function sessionExpiresAt(
  session: { readonly createdAt: Date; readonly lastSeenAt: Date },
  timeouts: SessionTimeouts,
): Date {
  return new Date(
    Math.min(session.createdAt.getTime() + timeouts.absoluteMs, session.lastSeenAt.getTime() + timeouts.idleMs),
  );
}
