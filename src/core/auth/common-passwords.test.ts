import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { test } from 'node:test';
import { generateCommonPasswords } from '../../../scripts/generate-common-passwords.ts';
import LIST from './common-passwords.json' with { type: 'json' };
import { COMMON_PASSWORD_COUNT, isCommonPassword } from './common-passwords.ts';

test('the shipped list is what the generator makes, a few thousand entries', () => {
  assert.deepEqual(LIST, generateCommonPasswords(), 'run scripts/generate-common-passwords.ts');
  assert.ok(COMMON_PASSWORD_COUNT > 3000, `${COMMON_PASSWORD_COUNT} entries`);
});

test('common passwords, as typed and dressed up', () => {
  const common = [
    'password',
    'Password1',
    'P@ssw0rd',
    'qwertyuiop',
    '123456789012345',
    'Iloveyou!2024',
    'Doraemon#1234567',
    'Tanaka2024!!!!!',
    'Yokohama-Marinos1',
    'Privacy!Mamori99',
    '!@#$%^&*()_+',
    'zaq12wsx',
    'aaaaaaaaaaaaaaaa',
  ];
  for (const password of common) assert.equal(isCommonPassword(password), true, password);
});

test('random passwords are not common', () => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*+-=?@^_';
  for (let n = 0; n < 500; n++) {
    const password = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
    assert.equal(isCommonPassword(password), false, password);
  }
  assert.equal(isCommonPassword('Correct-Horse-Battery-Staple-9'), false, 'four words are a passphrase');
});
