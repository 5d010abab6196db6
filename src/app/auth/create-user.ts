import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { SystemRole } from '../../core/auth/principal.ts';
import type { AuthDeps } from './auth-deps.ts';
import { recordAuthEvent } from './auth-evidence.ts';
import type { User } from './auth-ports.ts';
import { generatePassword } from './generate-password.ts';
import { assertPasswordAllowed, passwordPolicyFor } from './password-policy-for.ts';
import { normalizeEmail } from './secret-token.ts';

export interface NewAccount {
  readonly email: string;
  readonly displayName?: string;
  readonly roles: readonly SystemRole[];
  readonly operators: readonly string[] | 'all';
  /** Checked against the policy; without one a random password is generated (and returned once). */
  readonly password?: string;
  /** Generated passwords must always be changed at first login. */
  readonly mustChangePassword?: boolean;
  readonly actor: string;
}

/** Creates an individual account. A generated password is returned once and must be changed at first login. */
export async function createUser(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'evidence' | 'hasher'>,
  input: NewAccount,
): Promise<{ user: User; password?: string }> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new AppError('VALIDATION', 'not an e-mail address', {
      issues: [{ path: 'email', message: 'not an e-mail address' }],
    });
  }
  if (input.roles.length === 0) {
    throw new AppError('VALIDATION', 'an account needs a role', {
      issues: [{ path: 'roles', message: 'at least one' }],
    });
  }
  if (input.roles.includes('application')) {
    throw new AppError('VALIDATION', 'applications use API tokens, not accounts', {
      issues: [{ path: 'roles', message: 'application is the role of API tokens' }],
    });
  }
  if (input.operators !== 'all' && input.operators.length === 0) {
    throw new AppError('VALIDATION', 'an account sees at least one operator', {
      issues: [{ path: 'operators', message: 'name operators or all' }],
    });
  }
  const account = { email, operators: input.operators };
  let password = input.password;
  if (password === undefined) {
    password = generatePassword(Math.max(24, (await passwordPolicyFor(deps.store, input.operators)).minLength));
  } else {
    await assertPasswordAllowed(deps.store, account, password);
  }
  const at = deps.clock.now();
  const user = await deps.store.users.create({
    id: randomUUID(),
    email,
    ...(input.displayName ? { displayName: input.displayName } : {}),
    roles: input.roles,
    operators: input.operators,
    passwordHash: await deps.hasher.hash(password),
    mustChangePassword: input.password === undefined || (input.mustChangePassword ?? false),
    createdAt: at,
    createdBy: input.actor,
  });
  await recordAuthEvent(deps.evidence, {
    actor: input.actor,
    at,
    action: 'user-created',
    payload: {
      user: user.id,
      roles: [...user.roles],
      operators: user.operators === 'all' ? 'all' : [...user.operators],
    },
  });
  return input.password === undefined ? { user, password } : { user };
}
