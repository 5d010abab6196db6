import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson } from '../canonical-json.ts';
import { entryHash, GENESIS_HASH, hashInput, hashInputByCanonicalJson } from './evidence-entry.ts';

const FIELDS = [
  {
    type: 'consent',
    actor: 'privacy-center',
    subject: 'p-1',
    at: '2026-04-01T09:00:00.123Z',
    payloadJson: canonicalJson({ z: 1, a: ['name', 'email'], nested: { b: true, a: null }, text: '同意 "quoted"\n' }),
    prevHash: GENESIS_HASH,
  },
  {
    type: 'ledger-version',
    actor: 'admin',
    subject: null,
    at: '2026-04-01T09:00:00.000Z',
    payloadJson: '{}',
    prevHash: 'a'.repeat(64),
  },
];

for (const fields of FIELDS) {
  test(`the fast hash input equals canonicalJson of the entry (${fields.type})`, () => {
    assert.equal(hashInput(fields), hashInputByCanonicalJson(fields));
    assert.equal(entryHash(fields), createHash('sha256').update(hashInputByCanonicalJson(fields)).digest('hex'));
  });
}

test('the hash is pinned: changing the rule breaks every stored chain', () => {
  assert.equal(
    hashInput(FIELDS[1] as (typeof FIELDS)[1]),
    `{"actor":"admin","at":"2026-04-01T09:00:00.000Z","payload":{},"prev":"${'a'.repeat(64)}","type":"ledger-version","v":1}`,
  );
});
