import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FieldIssue } from '../app-error.ts';
import { canonicalJson } from '../canonical-json.ts';
import { canonicalPayload } from './canonical-payload.ts';

const VALUES: readonly Record<string, unknown>[] = [
  {},
  { b: 1, a: 2, c: { z: [1, 'two', null, true, false], y: {} } },
  { items: ['name', 'department'], skipped: undefined, list: [undefined, 1] },
  { é: 1, e: 2, E: 3, _: 4, '10': 5, '9': 6, '': 7, ｚ: 8 },
  { text: 'quote " backslash \\ newline \n tab \t unicode 同意 \u2028', n: -0.5, big: 1e21, small: 1e-7 },
  { when: new Date('2026-04-01T09:00:00.123Z'), nested: { deeper: { deepest: [[[]]] } } },
  Object.assign(Object.create(null), { b: 1, a: 2 }),
  // Objects of one shape, whose sorted and quoted keys are kept (plainShape): undefined anywhere, first key too.
  {
    rows: [
      { a: undefined, b: 1 },
      { a: 1, b: undefined },
      { a: undefined, b: undefined },
      { b: 2, a: 3 },
    ],
  },
  { rows: [{ x: 1, y: 2 }, { x: 1, z: 3 }, { x: 1 }, { x: 1, y: 2, z: 3 }] },
  { '2': 'a', '10': 'b', x: 1, 'needs "quoting"': true, 'ops@example': undefined },
  { n: [999_999_999, -999_999_999, 1e9, -1e9, 0, -0, 1.5, 2 ** 53, -(2 ** 31)] },
];

for (const [index, value] of VALUES.entries()) {
  test(`canonicalPayload writes exactly what canonicalJson writes (#${index})`, () => {
    // Twice: the second time, shapes and plain strings come from the caches.
    for (let round = 0; round < 2; round++) {
      const issues: FieldIssue[] = [];
      assert.equal(canonicalPayload(value, 'payload', issues), canonicalJson(value));
      assert.deepEqual(issues, []);
    }
  });
}

test('canonicalPayload reports every problem with its path', () => {
  const issues: FieldIssue[] = [];
  canonicalPayload(
    {
      ok: 'p-1',
      mail: 'a@example.jp',
      list: [1, Number.POSITIVE_INFINITY, () => 1],
      deep: { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } },
    },
    'payload',
    issues,
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['payload.deep.a.b.c.d.e.f.g', 'payload.list.1', 'payload.list.2', 'payload.mail'],
  );
});

// Strings on either side of the fast path (plain text written as is): the output and the refusals must be the
// same as the careful path's, as keys and as values.
const EDGES: readonly (readonly [string, string | undefined])[] = [
  ['emp-123456789', undefined],
  ['0312345678', 'personal-data'],
  ['１２３４ ５６７８ ９０１２', 'personal-data'],
  ['a＠example.jp', 'personal-data'],
  ['ops@example.jp', 'personal-data'],
  // Characters NFKC folds into '@' or digits must not slip past the fast path.
  ['ops\ufe6bexample.jp', 'personal-data'],
  ['\u2070\u2079\u2070-\u00b9\u00b2\u00b3\u2074-\u2075\u2076\u2077\u2078', 'personal-data'],
  ['\u2460\u2461\u2462\u2463 \u2464\u2465\u2466\u2467 \u2468\u2460\u2461\u2462', 'personal-data'],
  ['quote " and \\ and \n', undefined],
  ['line\u2028separator 同意', undefined],
  ['lone \ud800 surrogate', 'invalid-text'],
  ['nul \u0000 inside', 'invalid-text'],
];

for (const [text, code] of EDGES) {
  test(`canonicalPayload on ${JSON.stringify(text)}: ${code ?? 'written as canonicalJson writes it'}`, () => {
    // Keys are refused for personal data only: JSON escaping keeps a NUL or lone surrogate in a key storable.
    for (const [value, expected] of [
      [{ v: text }, code],
      [{ [text]: 1 }, code === 'personal-data' ? code : undefined],
    ] as const) {
      const issues: FieldIssue[] = [];
      const written = canonicalPayload(value, 'payload', issues);
      if (expected === undefined) {
        assert.equal(written, canonicalJson(value));
        assert.deepEqual(issues, []);
      } else {
        assert.deepEqual(
          issues.map((i) => i.code),
          [expected],
        );
      }
    }
  });
}
