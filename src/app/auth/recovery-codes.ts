import { randomBytes } from 'node:crypto';
import { hashSecret } from './secret-token.ts';

/** How many recovery codes an enrolment issues. */
export const RECOVERY_CODE_COUNT = 10;

// Crockford-style alphabet without look-alikes (no i, l, o, u): 80 bits in 16 characters.
const ALPHABET = 'abcdefghjkmnpqrstvwxyz0123456789';

/** New recovery codes, shown to the person once, e.g. `7k2m-9xq4-tz3b-8wcd`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** How a code is stored: hashed with the account id, after removing what people add or mistype (case, dashes). */
export function hashRecoveryCode(userId: string, code: string): string {
  return hashSecret(`${userId}:${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`);
}
