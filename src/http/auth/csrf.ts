import { createHmac } from 'node:crypto';
import { sameSecret } from '../../app/auth/secret-token.ts';

/**
 * The CSRF token of a session: derived from the session's secret, so it is bound to that session, needs no
 * storage, and a page on another site can neither read nor compute it. The console sends it back in x-csrf-token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('mamori csrf v1').digest('base64url');
}

export function csrfMatches(sessionToken: string, presented: string | undefined): boolean {
  return presented !== undefined && sameSecret(csrfTokenFor(sessionToken), presented);
}

/** Methods that change something: the ones a cookie-authenticated request must prove it means. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
