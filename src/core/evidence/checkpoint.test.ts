import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import { type Checkpoint, parsePublicKey, publicKeyOf, signCheckpoint, verifyCheckpoint } from './checkpoint.ts';

const newKey = () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyOf(privateKey) };
};
const key = newKey();
const other = newKey();
const content = { seq: 1000, hash: 'c'.repeat(64), at: '2026-04-01T09:00:00.000Z' };

test('a signed checkpoint verifies with its public key; the key id is the SHA-256 of the DER key', () => {
  const checkpoint = signCheckpoint(key, content);
  assert.equal(checkpoint.keyId, key.publicKey.keyId);
  assert.match(checkpoint.keyId, /^[0-9a-f]{64}$/);
  assert.deepEqual(parsePublicKey(key.publicKey.pem), key.publicKey);
  assert.deepEqual(verifyCheckpoint(checkpoint, [other.publicKey, key.publicKey]), { ok: true });
});

const FORGERIES: readonly (readonly [string, (c: Checkpoint) => Checkpoint])[] = [
  ['another hash', (c) => ({ ...c, hash: 'd'.repeat(64) })],
  ['another seq', (c) => ({ ...c, seq: c.seq + 1 })],
  ['another time', (c) => ({ ...c, at: '2027-01-01T00:00:00.000Z' })],
  ['a garbled signature', (c) => ({ ...c, signature: Buffer.alloc(64, 7).toString('base64') })],
  ['a signature that is not base64 of 64 bytes', (c) => ({ ...c, signature: 'nope' })],
  ['signed by another key under the right key id', (c) => ({ ...signCheckpoint(other, content), keyId: c.keyId })],
];

for (const [name, forge] of FORGERIES) {
  test(`a checkpoint with ${name} fails`, () => {
    const check = verifyCheckpoint(forge(signCheckpoint(key, content)), [key.publicKey]);
    assert.equal(check.ok, false);
  });
}

test('a checkpoint by an untrusted key fails even if its signature is sound', () => {
  const check = verifyCheckpoint(signCheckpoint(other, content), [key.publicKey]);
  assert.equal(check.ok, false);
  assert.match(check.ok ? '' : check.reason, /not a trusted key/);
});
