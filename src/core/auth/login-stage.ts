import type { SystemRole } from './principal.ts';

/**
 * Which Mamori roles need a second factor: those that can read personal data (consent and provision records name
 * people; the evidence and access logs do too) or change the ledger. Applications use API tokens instead.
 */
export const MFA_REQUIRED: Readonly<Record<SystemRole, boolean>> = {
  administrator: true,
  'privacy-staff': true,
  'request-handler': true,
  auditor: true,
  application: false,
};

export function needsMfa(roles: readonly SystemRole[]): boolean {
  return roles.some((role) => MFA_REQUIRED[role]);
}

/**
 * Where a login stands after the password: the second factor first (when enrolled), then a forced password change,
 * then enrolment for roles that need a second factor. Only a `complete` login acts as the user.
 */
export type LoginStage = 'totp-required' | 'password-change-required' | 'totp-enrolment-required' | 'complete';

export function loginStage(
  user: { readonly roles: readonly SystemRole[]; readonly mustChangePassword: boolean; readonly totpEnabled: boolean },
  session: { readonly mfaVerified: boolean },
): LoginStage {
  if (user.totpEnabled && !session.mfaVerified) return 'totp-required';
  if (user.mustChangePassword) return 'password-change-required';
  if (!user.totpEnabled && needsMfa(user.roles)) return 'totp-enrolment-required';
  return 'complete';
}
