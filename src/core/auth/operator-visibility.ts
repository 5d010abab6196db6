import type { ConsentRecord, Suspension } from '../consent/consent-record.ts';
import type { CompiledPolicy } from '../policy/compiled-policy.ts';
import { maySeeOperator, type Principal } from './principal.ts';

/**
 * The operators a principal sees: 'all' for a group-wide principal, else its list (empty for anonymous).
 * Stores filter lists with it so totals and pages stay right.
 */
export function visibleOperators(principal: Principal): readonly string[] | 'all' {
  return principal.kind === 'anonymous' ? [] : principal.operators;
}

/**
 * A purpose concerns the operators the ledger names for it; a purpose without `operators` is used by the whole
 * group, so every operator's staff may see it. Unknown purposes concern nobody but group-wide principals.
 */
export function purposeVisible(principal: Principal, policy: CompiledPolicy, purpose: string): boolean {
  if (visibleOperators(principal) === 'all') return principal.kind !== 'anonymous';
  const compiled = policy.purposes.get(purpose);
  if (compiled === undefined) return false;
  if (compiled.operators === undefined) return principal.kind !== 'anonymous';
  return [...compiled.operators].some((operator) => maySeeOperator(principal, operator));
}

/**
 * Consents and suspensions carry no operator: one person's choice applies wherever the group uses the purpose.
 * They are visible to the operators of the purpose they name; records naming no purpose (a recipient, a
 * country, or everything) concern the whole group and are visible to every operator's staff.
 */
export function consentVisible(
  principal: Principal,
  policy: CompiledPolicy,
  record: Pick<ConsentRecord, 'scope'> | Pick<Suspension, 'purpose'>,
): boolean {
  if (principal.kind === 'anonymous') return false;
  const purpose = 'scope' in record ? record.scope.purpose : record.purpose;
  return purpose === undefined || purposeVisible(principal, policy, purpose);
}
