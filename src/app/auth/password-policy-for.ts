import { AppError } from '../../core/app-error.ts';
import { isCommonPassword } from '../../core/auth/common-passwords.ts';
import { checkPassword, type PasswordPolicy, resolvePasswordPolicy } from '../../core/auth/password-policy.ts';
import type { Store } from '../ports.ts';

/**
 * The password policy for an account scoped to `operators`, from the current ledger's operators (their
 * `passwordPolicy`); the default when there is no ledger or no operator states one. 'all': every operator's.
 */
export async function passwordPolicyFor(store: Store, operators: readonly string[] | 'all'): Promise<PasswordPolicy> {
  const ledger = (await store.ledgerVersions.latest())?.ledger;
  if (!ledger) return resolvePasswordPolicy([]);
  const chosen = operators === 'all' ? ledger.operators : ledger.operators.filter((o) => operators.includes(o.id));
  return resolvePasswordPolicy(chosen.map((o) => o.passwordPolicy).filter((p) => p !== undefined));
}

/** Refuses a new password that falls short of the account's policy, listing every reason. */
export async function assertPasswordAllowed(
  store: Store,
  account: { readonly email: string; readonly operators: readonly string[] | 'all' },
  password: string,
): Promise<void> {
  const policy = await passwordPolicyFor(store, account.operators);
  const local = account.email.split('@')[0] ?? '';
  const issues = checkPassword(password, policy, { isCommon: isCommonPassword, context: [local, 'mamori'] });
  if (issues.length > 0) throw new AppError('VALIDATION', 'the password does not meet the password policy', { issues });
}
