import type { RoutePermission } from './permissions.ts';
import type { Principal } from './principal.ts';

export type AccessDenial = {
  readonly allowed: false;
  readonly status: 401 | 403;
  readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'MFA_REQUIRED';
  readonly message: string;
};
export type AccessOutcome = { readonly allowed: true } | AccessDenial;

const ALLOWED: AccessOutcome = { allowed: true };

/**
 * May this principal call the route with this rule? No rule means nobody may (fail closed); anonymous callers
 * get 401 wherever a login would help, 403 means the login does not.
 */
export function checkAccess(permission: RoutePermission | undefined, principal: Principal): AccessOutcome {
  if (permission?.public) return ALLOWED;
  if (principal.kind === 'anonymous') {
    return { allowed: false, status: 401, code: 'UNAUTHENTICATED', message: 'log in or present an API token' };
  }
  if (permission === undefined) {
    return { allowed: false, status: 403, code: 'FORBIDDEN', message: 'this route has no permission rule' };
  }
  if (!principal.roles.some((role) => permission.roles.includes(role))) {
    return {
      allowed: false,
      status: 403,
      code: 'FORBIDDEN',
      message: `${permission.method} ${permission.path} needs one of the roles ${permission.roles.join(', ')}`,
    };
  }
  if (permission.mfa && principal.kind === 'user' && !principal.mfa) {
    return {
      allowed: false,
      status: 403,
      code: 'MFA_REQUIRED',
      message: 'verify your second factor (TOTP) to use this route',
    };
  }
  return ALLOWED;
}
