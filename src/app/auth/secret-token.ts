import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new high-entropy secret (256 bits), URL-safe; `prefix` tells the kind apart in logs and secret scanners. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 (hex) of a secret: enough for random 256-bit values, which no dictionary contains. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Lower case and trimmed: the form an account name is stored, compared and throttled under. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase().slice(0, 320);
}
