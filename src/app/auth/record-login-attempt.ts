import type { AuthDeps } from './auth-deps.ts';
import type { LoginAttempt } from './auth-ports.ts';

/** Records one login attempt, successful or not (login_attempts and the evidence log); resolves once durable. */
export function recordLoginAttempt(
  deps: Pick<AuthDeps, 'attempts'>,
  attempt: Omit<LoginAttempt, 'id'>,
): Promise<LoginAttempt> {
  return deps.attempts.record(attempt);
}
