import type { SystemRole } from '../../core/auth/principal.ts';
import type { AuthDeps } from './auth-deps.ts';

/** An account as listed: no hash, no secret. */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly SystemRole[];
  readonly operators: readonly string[] | 'all';
  readonly mfaEnrolled: boolean;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: Date;
}

export async function listUsers(deps: Pick<AuthDeps, 'store'>): Promise<UserSummary[]> {
  return (await deps.store.users.list()).map((u) => ({
    id: u.id,
    email: u.email,
    roles: u.roles,
    operators: u.operators,
    mfaEnrolled: u.totpSecret !== undefined,
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabledAt !== undefined,
    createdAt: u.createdAt,
  }));
}
