// PS-1: pseudonymised extracts take a key of their own, never the matching key (pseudonymKeyRef).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashKeyBytes, keyedHash, pseudonymKeyedHash } from '../../src/connectors/keyed-hash.ts';
import { AppError } from '../../src/core/app-error.ts';

const MATCHING = 'm'.repeat(40);
const PSEUDONYM = 'p'.repeat(40);
const refs = { system: 'hr-database', hashKeyRef: 'HR_HASH_KEY', pseudonymKeyRef: 'HR_PSEUDONYM_KEY' } as const;

test('the pseudonym hash is keyed with the pseudonym key, not the matching key', () => {
  const { pseudonymHash } = pseudonymKeyedHash(refs, { HR_HASH_KEY: MATCHING, HR_PSEUDONYM_KEY: PSEUDONYM });
  assert.ok(pseudonymHash);
  assert.equal(pseudonymHash('x'), keyedHash(hashKeyBytes(PSEUDONYM))('x'));
  assert.notEqual(pseudonymHash('x'), keyedHash(hashKeyBytes(MATCHING))('x'));
});

test('no pseudonymKeyRef: no pseudonym hash at all', () => {
  assert.deepEqual(pseudonymKeyedHash({ system: 'hr-database', hashKeyRef: 'HR_HASH_KEY' }, {}), {});
});

test('the same variable, or another variable holding the same key, is refused', () => {
  const sameKey = (e: unknown) => e instanceof AppError && e.code === 'VALIDATION' && /pseudonymKeyRef/.test(e.message);
  assert.throws(() => pseudonymKeyedHash({ ...refs, pseudonymKeyRef: 'HR_HASH_KEY' }, {}), sameKey);
  const { pseudonymHash } = pseudonymKeyedHash(refs, { HR_HASH_KEY: MATCHING, HR_PSEUDONYM_KEY: MATCHING });
  assert.throws(() => pseudonymHash?.('x'), sameKey);
});

test('an unset key is named when a pseudonym is first needed, never its value', () => {
  const { pseudonymHash } = pseudonymKeyedHash(refs, { HR_HASH_KEY: MATCHING });
  assert.throws(
    () => pseudonymHash?.('x'),
    (e) => e instanceof AppError && e.code === 'UNPROCESSABLE' && e.message.includes('HR_PSEUDONYM_KEY'),
  );
});
