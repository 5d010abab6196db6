import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson } from '../canonical-json.ts';
import { entryHash, GENESIS_HASH, hashInput, hashInputByCanonicalJson } from './evidence-entry.ts';
import { linkEntries } from './link-entries.ts';
import { prepareEvidenceEvent } from './prepare-event.ts';

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

// Prepared events carry their ids quoted, and linking writes the hashed text without quoting again: for every
// kind of field, including text that JSON must escape, the rows must be the ones the general route gives.
const AWKWARD: readonly Record<string, unknown>[] = [
  { type: 'read', actor: 'staff-1', subject: 'p-1', payload: { items: ['name'] } },
  { type: 'read', actor: 'staff-1', payload: { items: ['name'] } },
  { type: 'consent', actor: '受付 "窓口"\\', subject: 'p\n\t\u2028-2', payload: { text: '同意 "quoted" \\ \u0001' } },
  { type: 'decision', actor: 'é', subject: '😀 emoji', payload: { nested: { z: [1, null, true], a: { deep: 'x' } } } },
  { type: 'notice', actor: '</script>', subject: 'p-3', payload: { 'key "q"': '\u00e9\u0301', n: -0.5, big: 1e21 } },
];

test('linking prepared events gives the rows the general route gives, and hashes verify', () => {
  const prepared = AWKWARD.map((input, i) => {
    const result = prepareEvidenceEvent({ ...input, at: new Date(Date.UTC(2026, 3, 1, 9, 0, i)) });
    assert.ok(result.ok, JSON.stringify(result));
    return result.event;
  });
  for (const head of [
    { seq: 0, hash: GENESIS_HASH },
    { seq: 41, hash: 'f'.repeat(64) },
    // Not 64 hex digits (only a damaged database would give such a head): quoted by the general route.
    { seq: 7, hash: 'not "hex"' },
  ]) {
    const fast = linkEntries(head, prepared);
    const general = linkEntries(
      head,
      prepared.map(({ quotedType, quotedActor, quotedSubject, ...fields }) => fields),
    );
    assert.deepEqual(fast, general);
    for (const row of fast) {
      assert.equal(row.hash, entryHash(row));
      assert.equal(row.hash, createHash('sha256').update(hashInputByCanonicalJson(row)).digest('hex'));
    }
  }
});
