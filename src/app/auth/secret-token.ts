import * as crypto from 'node:crypto';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A new high-entropy secret (256 bits), URL-safe; `prefix` tells the kind apart in logs and secret scanners. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 (hex) of a secret: enough for random 256-bit values, which no dictionary contains. */
export function hashSecret(secret: string): string {
  return sha256Hex(secret);
}

// crypto.hash (Node 20.12+) is the one-shot form, about twice as fast as createHash for short inputs; every API
// call hashes its token.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = oneShot
  ? (text: string) => oneShot('sha256', text, 'hex')
  : (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Lower case and trimmed: the form an account name is stored, compared and throttled under. */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase().slice(0, 320);
}
