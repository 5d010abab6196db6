import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

// Over TLS the __Host- prefix pins the cookie to this host and path /, Secure, no Domain (browsers enforce it).
const NAMES = {
  plain: { session: 'mamori_session', csrf: 'mamori_csrf' },
  secure: { session: '__Host-mamori_session', csrf: '__Host-mamori_csrf' },
} as const;

/** The session cookie's value, under either name. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, NAMES.secure.session) ?? getCookie(c, NAMES.plain.session);
}

/**
 * Sets the session cookie (HttpOnly: scripts never see it) and the CSRF cookie (readable by the console's script,
 * which echoes it in x-csrf-token). Both SameSite=Strict, path /, Secure when the request came over TLS; no
 * Max-Age, so closing the browser ends them (the server enforces idle and absolute limits anyway).
 */
export function setSessionCookies(c: Context, values: { session: string; csrf: string }, secure: boolean): void {
  const names = secure ? NAMES.secure : NAMES.plain;
  const common = { path: '/', sameSite: 'Strict', secure } as const;
  setCookie(c, names.session, values.session, { ...common, httpOnly: true });
  setCookie(c, names.csrf, values.csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(c: Context, secure: boolean): void {
  const names = secure ? NAMES.secure : NAMES.plain;
  for (const name of [names.session, names.csrf]) {
    if (getCookie(c, name) !== undefined) deleteCookie(c, name, { path: '/', secure });
  }
}
