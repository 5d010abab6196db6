import { randomInt } from 'node:crypto';
import { isCommonPassword } from '../../core/auth/common-passwords.ts';
import { checkPassword, DEFAULT_PASSWORD_POLICY } from '../../core/auth/password-policy.ts';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%&*+-=?@^_'];
const ALL = SETS.join('');

/** A random 24-character password with every character class: meets any policy an operator may state. */
export function generatePassword(length = 24): string {
  for (;;) {
    const chars = Array.from({ length }, () => ALL[randomInt(ALL.length)] as string);
    const password = chars.join('');
    const policy = { ...DEFAULT_PASSWORD_POLICY, minLength: Math.min(length, 128) };
    if (checkPassword(password, policy, { isCommon: isCommonPassword }).length === 0) return password;
  }
}
