import type { Context } from 'hono';
import type { Session, User } from '../../app/auth/auth-ports.ts';
import { AppError } from '../../core/app-error.ts';
import type { LoginStage } from '../../core/auth/login-stage.ts';
import type { HttpEnv } from '../http-env.ts';

/** The console session behind a request: complete, or still in the middle of logging in (see `stage`). */
export interface LiveSession {
  readonly session: Session;
  readonly user: User;
  readonly stage: LoginStage;
  readonly expiresAt: Date;
}

const vars = (c: Context) => c as unknown as Context<HttpEnv>;

export function liveSessionOf(c: Context): LiveSession | undefined {
  return vars(c).get('session');
}

export function setLiveSession(c: Context, session: LiveSession): void {
  vars(c).set('session', session);
}

/** The auth routes' own check: a session exists (any stage), else 401. */
export function requireLiveSession(c: Context): LiveSession {
  const live = liveSessionOf(c);
  if (!live) throw new AppError('UNAUTHENTICATED', 'log in first (POST /api/v1/auth/login)');
  return live;
}
