import { AppError } from '../../core/app-error.ts';
import type { AuthDeps } from './auth-deps.ts';
import { createUser } from './create-user.ts';

export const BOOTSTRAP_EMAIL = 'admin@mamori.local';

/**
 * First run: when no account exists, creates one administrator for every operator with a random password that
 * must be changed at first login (then a second factor is enrolled). Returns the credentials to print once;
 * undefined when accounts exist (including when another node created the administrator a moment ago).
 */
export async function bootstrapAdministrator(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence' | 'hasher'>,
  email: string = BOOTSTRAP_EMAIL,
): Promise<{ email: string; password: string } | undefined> {
  if ((await deps.store.users.count()) > 0) return undefined;
  try {
    const { user, password } = await createUser(deps, {
      email,
      roles: ['administrator'],
      operators: 'all',
      actor: 'mamori (first start)',
    });
    return password === undefined ? undefined : { email: user.email, password };
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return undefined;
    throw error;
  }
}
