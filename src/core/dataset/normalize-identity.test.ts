import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  myNumberCheckDigit,
  normalizeBirthDate,
  normalizeEmail,
  normalizeMyNumber,
  normalizeName,
  normalizeStaffNumber,
} from './normalize-identity.ts';

const SAME_NAME: readonly (readonly [string, string, string])[] = [
  // [what the request says, what the database holds, why they match]
  ['山田 太郎', '山田太郎', 'ASCII space between family and given name'],
  ['山田　太郎', '山田太郎', 'full-width space U+3000'],
  ['ヤマダ タロウ', 'ﾔﾏﾀﾞﾀﾛｳ', 'half-width kana with a separate voiced mark'],
  ['やまだ　たろう', 'ヤマダタロウ', 'hiragana reading against katakana'],
  ['ｻｲﾄｳ ﾕｳｺ', 'さいとうゆうこ', 'half-width kana against hiragana'],
  ['髙橋 花子', '高橋花子', 'old form 髙 of 高'],
  ['山﨑　陽菜', '山崎陽菜', '﨑 (U+FA11, untouched by NFKC) as 崎'],
  ['渡邊 翔', '渡辺翔', '邊 as 辺'],
  ['齋藤 愛', '斎藤愛', '齋 as 斎'],
  ['Ｔａｒｏ　Ｙａｍａｄａ', 'taro yamada', 'full-width Latin letters, any case'],
  ['オオノ　ケーコ', 'ｵｵﾉｹｰｺ', 'half-width long vowel mark'],
  ['オオノ ケ－コ', 'オオノケーコ', 'full-width hyphen written for the long vowel mark'],
  ['ヰノウエ', 'イノウエ', 'old kana ヰ'],
  ['ジョン・スミス', 'ジョンスミス', 'middle dot between names'],
];

for (const [request, stored, why] of SAME_NAME) {
  test(`name: ${why}`, () => assert.equal(normalizeName(request), normalizeName(stored)));
}

const DIFFERENT_NAME: readonly (readonly [string, string])[] = [
  ['山田太郎', '山田次郎'],
  ['ハタ', 'ハダ'],
  ['サトウ', 'サトー'],
];
for (const [a, b] of DIFFERENT_NAME)
  test(`name: ${a} is not ${b}`, () => assert.notEqual(normalizeName(a), normalizeName(b)));

test('e-mail: NFKC, trimmed, lower-case', () => {
  assert.equal(normalizeEmail('  Taro.Yamada@Example.JP '), 'taro.yamada@example.jp');
  assert.equal(normalizeEmail('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ'), 'taro@example.jp');
});

test('staff number: full-width digits, spaces, case', () => {
  assert.equal(normalizeStaffNumber('ｓ０００ ０１２３'), 'S0000123');
});

const DATES: readonly (readonly [string, string | undefined])[] = [
  ['1985-04-01', '1985-04-01'],
  ['1985/4/1', '1985-04-01'],
  ['１９８５年４月１日', '1985-04-01'],
  ['昭和60年4月1日', '1985-04-01'],
  ['S60.4.1', '1985-04-01'],
  ['平成元年1月8日', '1989-01-08'],
  ['H1.1.8', '1989-01-08'],
  ['令和2年2月29日', '2020-02-29'],
  ['1985-02-30', undefined],
  ['昭和', undefined],
];
for (const [input, expected] of DATES) {
  test(`birth date: ${input}`, () => assert.equal(normalizeBirthDate(input), expected));
}

test('My Number: check digit, separators, full-width digits', () => {
  const first11 = '12345678901';
  const valid = `${first11}${myNumberCheckDigit(first11)}`;
  assert.equal(myNumberCheckDigit(first11), 8);
  assert.equal(normalizeMyNumber(valid), valid);
  assert.equal(normalizeMyNumber('１２３４ ５６７８ ９０１８'), valid);
  assert.equal(normalizeMyNumber('1234-5678-9018'), valid);
  assert.equal(normalizeMyNumber('123456789019'), undefined, 'wrong check digit');
  assert.equal(normalizeMyNumber('12345678901'), undefined, 'eleven digits');
});
