import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps expect it: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift. */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30, window: 1 } as const;

export interface TotpOptions {
  readonly algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
  readonly digits?: number;
}

/** The time step (counter) a moment falls in. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_SETTINGS.period);
}

/** The code for a base32 secret at a moment (what the person's app shows). */
export function totpCode(secretBase32: string, at: Date, options: TotpOptions = {}): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    algorithm: options.algorithm ?? TOTP_SETTINGS.algorithm,
    digits: options.digits ?? TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.period,
    timestamp: at.getTime(),
  });
}

export type TotpCheck =
  | { readonly ok: true; readonly step: number }
  | { readonly ok: false; readonly reason: 'malformed' | 'wrong' | 'replayed' };

/**
 * Checks a code at `at`, allowing one step of drift. A code is good once: a step at or before `lastStep` (the last
 * accepted one) is refused as a replay.
 */
export function checkTotp(secretBase32: string, code: string, at: Date, lastStep?: number): TotpCheck {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'malformed' };
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.period,
    timestamp: at.getTime(),
    window: TOTP_SETTINGS.window,
  });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(at) + delta;
  if (lastStep !== undefined && step <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}

/** The otpauth:// URI an authenticator app scans (as a QR code) to enrol. */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secretBase32),
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.period,
  }).toString();
}
