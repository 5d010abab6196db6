import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommonPassword } from './common-passwords.ts';
import {
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  MAX_PASSWORD_LENGTH,
  normalizePassword,
  type PasswordPolicy,
  resolvePasswordPolicy,
} from './password-policy.ts';

const codes = (password: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY, context?: string[]) =>
  checkPassword(password, policy, { isCommon: isCommonPassword, ...(context ? { context } : {}) }).map((i) => i.code);

// The default is H&R's: 15 characters with upper, lower, digits and symbols; never a common password.
const CASES: readonly [string, string, readonly string[]][] = [
  ['random 15 with all four classes', 'xK9#mQ2$vL7&pR4', []],
  ['14 characters', 'xK9#mQ2$vL7&pR', ['too-short']],
  ['no uppercase', 'xk9#mq2$vl7&pr4', ['missing-uppercase']],
  ['no lowercase', 'XK9#MQ2$VL7&PR4', ['missing-lowercase']],
  ['no digit', 'xKq#mQz$vLw&pRd', ['missing-digit']],
  ['no symbol', 'xK9pmQ2kvL7wpR4', ['missing-symbol']],
  [
    'letters only, short',
    'abcdefgh',
    ['too-short', 'missing-uppercase', 'missing-digit', 'missing-symbol', 'common-password'],
  ],
  ['decorated common word', 'Password123456!', ['common-password']],
  ['look-alikes undone', 'P@ssw0rd!2024#Xy', []],
  ['look-alikes around a word', '!!P@ssw0rd2024##', ['common-password']],
  ['two common words', 'Summer-Tokyo-2024!', ['common-password']],
  ['a name, decorated', 'Sakura!20240401', ['common-password']],
  ['a word repeated', 'Monkey1!Monkey1!', ['common-password']],
  ['keyboard walk', '1Qaz2wsx3edc4rfv!', ['common-password']],
  ['a short chunk repeated', 'Aa1!Aa1!Aa1!Aa1!', ['common-password']],
  ['four-word passphrase with classes', 'Correct-Horse-Battery-Staple-9', []],
  ['full-width digits count after NFKC', 'xK９#mQ２$vL７&pR４', []],
];

test('password policy table (default policy)', () => {
  for (const [name, password, expected] of CASES) {
    assert.deepEqual(codes(password), expected, name);
  }
});

test('length is counted in characters, and over-long passwords are refused, never truncated', () => {
  const kanji = '個人情報保護方針守秘義務Aa1!';
  assert.deepEqual(codes(kanji), [], '16 characters even though many are multi-byte');
  const long = 'xK9#mQ2$vL7&pR4'.repeat(Math.ceil(MAX_PASSWORD_LENGTH / 15) + 1);
  assert.deepEqual(codes(long), ['too-long']);
});

test('a password built on the account name is refused', () => {
  assert.deepEqual(codes('Hanabusa-9xK#q2Lm', DEFAULT_PASSWORD_POLICY, ['hanabusa']), ['contains-account-name']);
  assert.deepEqual(codes('xK9#mQ2$vL7&pR4', DEFAULT_PASSWORD_POLICY, ['hanabusa']), []);
});

test('operator settings merge with the default; several operators give the strictest', () => {
  assert.deepEqual(resolvePasswordPolicy([]), DEFAULT_PASSWORD_POLICY);
  assert.deepEqual(resolvePasswordPolicy([undefined]), DEFAULT_PASSWORD_POLICY);
  const relaxed = resolvePasswordPolicy([{ minLength: 12, requireSymbol: false }]);
  assert.equal(relaxed.minLength, 12);
  assert.equal(relaxed.requireSymbol, false);
  assert.equal(relaxed.requireUppercase, true, 'unstated settings take the default');
  assert.deepEqual(codes('xK9pmQ2kvL7w', relaxed), []);
  const both = resolvePasswordPolicy([{ minLength: 12, requireSymbol: false }, { minLength: 20 }]);
  assert.equal(both.minLength, 20);
  assert.equal(both.requireSymbol, true);
  const noList = resolvePasswordPolicy([{ rejectCommon: false }]);
  assert.deepEqual(codes('Password123456!', noList), []);
});

test('normalisation is NFKC', () => {
  assert.equal(normalizePassword('Ａｂｃ１２３！'), 'Abc123!');
});
