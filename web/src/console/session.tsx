import { createContext, useContext } from 'react';

export type SystemRole = 'administrator' | 'privacy-staff' | 'request-handler' | 'auditor';
export type LoginStage = 'totp-required' | 'password-change-required' | 'totp-enrolment-required' | 'complete';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly SystemRole[];
  readonly operators: 'all' | readonly string[];
  readonly mfaEnrolled: boolean;
}

export interface Me {
  readonly kind: 'user';
  readonly account: Account;
  readonly stage: LoginStage;
  readonly session: { readonly id: string; readonly expiresAt: string; readonly mfaVerified: boolean };
}

export interface Session {
  readonly me: Me;
  readonly signOut: () => Promise<void>;
  /** Re-reads the session (after a login step, or when the API says the session ended). */
  readonly refresh: () => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

/** The signed-in user of the console; only rendered inside the signed-in layout. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession outside a signed-in console');
  return session;
}

export function hasRole(me: Me, ...roles: readonly SystemRole[]): boolean {
  return me.account.roles.some((role) => roles.includes(role));
}
