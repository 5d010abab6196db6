import { createHash } from 'node:crypto';
import { normalizeEmail } from '../../core/dataset/normalize-identity.ts';

/**
 * How the privacy center finds a person again: SHA-256 of the normalised address under a fixed label. Stored
 * only in the preference tables; consents and the evidence log name the person by a random subject id.
 */
export function emailDigest(email: string): string {
  return createHash('sha256')
    .update(`mamori-preferences-v1:${normalizeEmail(email)}`)
    .digest('hex');
}
