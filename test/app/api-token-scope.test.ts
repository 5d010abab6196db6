import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenWithin } from '../../src/app/auth/list-api-tokens.ts';

test('an administrator of some operators manages only tokens acting for none but those operators', () => {
  assert.equal(tokenWithin({ operators: ['a'] }, ['a', 'b']), true);
  assert.equal(tokenWithin({ operators: ['a', 'c'] }, ['a', 'b']), false);
  assert.equal(tokenWithin({ operators: 'all' }, ['a', 'b']), false, 'a group-wide token is beyond a scoped viewer');
  assert.equal(tokenWithin({ operators: 'all' }, 'all'), true);
  assert.equal(tokenWithin({ operators: ['z'] }, 'all'), true);
});
