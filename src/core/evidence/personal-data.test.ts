import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPersonalData, type PersonalDataKind } from './personal-data.ts';

const CASES: readonly (readonly [string, PersonalDataKind | undefined])[] = [
  // e-mail addresses
  ['taro.yamada@example.co.jp', 'email'],
  ['contact: hr+ops@example.com please', 'email'],
  ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'email'],
  // phone numbers
  ['090-1234-5678', 'phone'],
  ['09012345678', 'phone'],
  ['03-1234-5678', 'phone'],
  ['(03) 1234-5678', 'phone'],
  ['0120-123-456', 'phone'],
  ['０９０－１２３４－５６７８', 'phone'],
  ['090ー1234ー5678', 'phone'],
  ['tel:090-1234-5678', 'phone'],
  ['+81 90-1234-5678', 'phone'],
  ['+81-3-1234-5678', 'phone'],
  // My Numbers
  ['123456789012', 'my-number'],
  ['1234 5678 9012', 'my-number'],
  ['1234-5678-9012', 'my-number'],
  ['１２３４５６７８９０１２', 'my-number'],
  ['my number 123456789018 given', 'my-number'],
  ['emp_123456789012', 'my-number'],
  // forms NFKC folds into '@' and digits (small commercial at, superscript digits)
  ['ops\ufe6bexample.jp', 'email'],
  ['\u2070\u2079\u2070-\u00b9\u00b2\u00b3\u2074-\u2075\u2076\u2077\u2078', 'phone'],
  // ids, item names, hashes, times: allowed
  ['p-1', undefined],
  ['staff-1', undefined],
  ['my-number', undefined],
  ['home-phone', undefined],
  ['email', undefined],
  ['550e8400-e29b-41d4-a716-446655440000', undefined],
  ['a3f1c9e2b7d04455123456789012aa77c2e9f0b1d3a5c7e9f1b3d5a7c9e1f3a5', undefined],
  ['ab0901234567800c', undefined],
  ['2026-04-01T09:00:00.000Z', undefined],
  ['2026-04-01 2026-05-01', undefined],
  ['1775000000000', undefined],
  ['1234567890', undefined],
  ['12345678901', undefined],
  ['1234567890123', undefined],
  ['ot1-2026-01', undefined],
  ['req-2026-000123', undefined],
  ['v1.2.3', undefined],
];

for (const [text, expected] of CASES) {
  test(`findPersonalData(${JSON.stringify(text)}) is ${expected ?? 'nothing'}`, () => {
    assert.equal(findPersonalData(text), expected);
  });
}
