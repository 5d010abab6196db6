import type { FieldContext } from '../../core/crypto/field-envelope.ts';
import type { FieldCipher } from '../field-cipher.ts';

type Column = 'totp_secret' | 'pending_totp_secret';

const place = (userId: string, column: Column): FieldContext => ({
  purpose: 'totp-secret',
  table: 'users',
  column,
  row: userId,
});

/** A TOTP secret as stored: encrypted and bound to its account and column. */
export function sealTotpSecret(cipher: FieldCipher, userId: string, column: Column, secret: string): Promise<string> {
  return cipher.encrypt(secret, place(userId, column));
}

export function openTotpSecret(cipher: FieldCipher, userId: string, column: Column, stored: string): Promise<string> {
  return cipher.decrypt(stored, place(userId, column));
}
