import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPersonalData } from './personal-data.ts';
import { isPlain, quoteIfPlain } from './plain-text.ts';

const PLAIN = ['p-1', 'PURPOSE_PERMITTED', 'req-26-0123', '550e8400-e29b-41d4-a716-446655440000'];
const NOT_PLAIN = [
  'taro@example.jp',
  '123456789012',
  'a "quoted" id',
  'back\\slash',
  'tab\there',
  '氏名',
  // UUID-like but not a UUID: the careful path decides.
  '550e8400-e29b-41d4-a716-44665544000',
  '550e8400-e29b-41d4-a716-4466554400001',
  '550e8400e29b-41d4-a716-4466554400001',
  '550e8400-e29b-41d4-a716-44665544000g',
  '090-1234-5678-550e8400-e29b-41d4-a71',
];

test('plain text is written as itself between quotes, and can never be personal data', () => {
  for (const text of PLAIN) {
    assert.equal(isPlain(text), true, text);
    assert.equal(quoteIfPlain(text), JSON.stringify(text));
    assert.equal(findPersonalData(text), undefined, text);
  }
});

test('anything else takes the careful path', () => {
  for (const text of NOT_PLAIN) {
    assert.equal(isPlain(text), false, text);
    assert.equal(quoteIfPlain(text), undefined, text);
  }
});

test('a UUID in either case is plain (request and record ids have more than ten digits)', () => {
  assert.equal(isPlain('550E8400-E29B-41D4-A716-446655440000'), true);
  assert.equal(isPlain('12345678-1234-1234-1234-123456789012'), true);
  assert.equal(findPersonalData('12345678-1234-1234-1234-123456789012'), undefined);
});
