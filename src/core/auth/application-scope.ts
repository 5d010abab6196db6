import { AppError, type FieldIssue } from '../app-error.ts';
import type { DecisionRequest } from '../policy/decision.ts';
import type { Principal } from './principal.ts';

/**
 * An application token decides only for the ledger roles and purposes it was issued for: every role of the
 * request's actor must be among the token's `ledgerRoles`, and the purpose among its `purposes`. Users are not
 * limited here (their system role already allows or refuses the route). `path` prefixes issue paths.
 */
export function applicationScopeIssues(principal: Principal, request: DecisionRequest, path = ''): FieldIssue[] {
  if (principal.kind !== 'application') return [];
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  const issues: FieldIssue[] = [];
  request.actor.roles.forEach((role, index) => {
    if (!principal.ledgerRoles.includes(role)) {
      issues.push({ path: at(`actor.roles.${index}`), message: `this token may not decide for the role "${role}"` });
    }
  });
  if (principal.purposes !== 'all' && !principal.purposes.includes(request.purpose)) {
    issues.push({ path: at('purpose'), message: `this token may not decide for the purpose "${request.purpose}"` });
  }
  return issues;
}

/** Throws FORBIDDEN listing every role and purpose the token does not cover. */
export function assertApplicationMayDecide(principal: Principal, requests: readonly DecisionRequest[]): void {
  const issues = requests.flatMap((request, index) =>
    applicationScopeIssues(principal, request, requests.length === 1 ? '' : `requests.${index}`),
  );
  if (issues.length > 0) {
    throw new AppError('FORBIDDEN', 'the application token does not cover this request', { issues });
  }
}
