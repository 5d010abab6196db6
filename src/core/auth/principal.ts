/** Mamori's own roles (who may do what in Mamori), distinct from the ledger's business roles. */
export const SYSTEM_ROLES = ['administrator', 'privacy-staff', 'request-handler', 'auditor', 'application'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

/**
 * Who is calling, once authenticated: a person with a console session, an application with an API token, or
 * nobody. Every principal is scoped to operators of the group: it sees nothing of the others.
 */
export type Principal =
  | {
      readonly kind: 'user';
      readonly id: string;
      readonly roles: readonly SystemRole[];
      readonly operators: readonly string[] | 'all';
      /** The second factor was verified in this session. */
      readonly mfa: boolean;
      readonly sessionId: string;
    }
  | {
      readonly kind: 'application';
      readonly id: string;
      readonly roles: readonly ['application'];
      readonly operators: readonly string[] | 'all';
      readonly tokenId: string;
      /** Ledger roles and purposes the token may decide for. */
      readonly ledgerRoles: readonly string[];
      readonly purposes: readonly string[] | 'all';
    }
  | { readonly kind: 'anonymous' };

export function maySeeOperator(principal: Principal, operator: string): boolean {
  if (principal.kind === 'anonymous') return false;
  return principal.operators === 'all' || principal.operators.includes(operator);
}
