import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './canonical-json.ts';

test('key order and undefined fields do not change the canonical form', () => {
  assert.equal(canonicalJson({ b: 1, a: [1, { d: 'x', c: undefined }] }), '{"a":[1,{"d":"x"}],"b":1}');
  assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  assert.equal(canonicalJson('日本'), '"日本"');
});

test('non-finite numbers are refused rather than silently changed', () => {
  assert.throws(() => canonicalJson({ n: Number.NaN }));
});
