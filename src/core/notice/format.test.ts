import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../ledger/localized-text.ts';
import { formatDate, formatYen, joinList } from './format.ts';

const YEN: readonly [number, Lang, string][] = [
  [0, 'ja', '0円'],
  [500, 'ja', '500円'],
  [1000, 'ja', '1,000円'],
  [1234567, 'ja', '1,234,567円'],
  [500, 'en', 'JPY 500'],
  [1000, 'en', 'JPY 1,000'],
  [1234567, 'en', 'JPY 1,234,567'],
];
for (const [amount, lang, expected] of YEN) {
  test(`formatYen(${amount}, ${lang}) is ${expected}`, () => assert.equal(formatYen(amount, lang), expected));
}

const DATES: readonly [string, Lang, string][] = [
  ['2006-10-02', 'ja', '2006年10月2日'],
  ['2006-10-02', 'en', 'October 2, 2006'],
  ['2024-12-31T23:59:00Z', 'en', 'December 31, 2024'],
  ['soon', 'en', 'soon'],
];
for (const [date, lang, expected] of DATES) {
  test(`formatDate(${date}, ${lang}) is ${expected}`, () => assert.equal(formatDate(date, lang), expected));
}

test('lists join with the language’s separator', () => {
  assert.equal(joinList(['氏名', '住所'], 'ja'), '氏名、住所');
  assert.equal(joinList(['Name', 'Address'], 'en'), 'Name, Address');
});
