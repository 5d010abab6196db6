import type { Context } from 'hono';
import type { PolicyHolder } from '../app/policy-holder.ts';
import { AppError } from '../core/app-error.ts';
import { purposeVisible, visibleOperators } from '../core/auth/operator-visibility.ts';
import { principalOf } from './request-context.ts';

/** For store filters: the caller's operators, or undefined for a group-wide caller (no filter). */
export function operatorFilter(c: Context): readonly string[] | undefined {
  const operators = visibleOperators(principalOf(c));
  return operators === 'all' ? undefined : operators;
}

/** For consent queries: the purposes of the caller's operators, or undefined for a group-wide caller. */
export async function purposeFilter(c: Context, policies: PolicyHolder): Promise<readonly string[] | undefined> {
  if (operatorFilter(c) === undefined) return undefined;
  const policy = await policies.current();
  const principal = principalOf(c);
  return [...policy.purposes.keys()].filter((purpose) => purposeVisible(principal, policy, purpose));
}

/** A purpose of another operator does not exist for the caller (404, like any object of another operator). */
export async function assertPurposeVisible(c: Context, policies: PolicyHolder, purpose: string | undefined) {
  if (purpose === undefined || operatorFilter(c) === undefined) return;
  const policy = await policies.current();
  if (!purposeVisible(principalOf(c), policy, purpose)) {
    throw new AppError('NOT_FOUND', `purpose "${purpose}" not found`);
  }
}
