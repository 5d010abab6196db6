import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { open, seal } from './aes-gcm.ts';
import { type FieldContext, fieldAad, formatEnvelope, parseEnvelope } from './field-envelope.ts';
import { unwrapDataKey, wrapDataKey } from './wrapped-key.ts';

const key = new Uint8Array(randomBytes(32));
const here: FieldContext = { purpose: 'my-number', table: 'employees', column: 'my_number', row: 'e1' };
const text = (s: string) => new TextEncoder().encode(s);

test('a sealed value round-trips through its envelope text', () => {
  const envelope = formatEnvelope({ dataKeyId: 'dk-1', ...seal(key, text('123456789018'), fieldAad('dk-1', here)) });
  assert.match(envelope, /^enc:v1:dk-1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
  const parsed = parseEnvelope(envelope);
  assert.equal(new TextDecoder().decode(open(key, parsed, fieldAad('dk-1', here))), '123456789018');
});

test('another row, column, table, purpose or data key id does not open the value', () => {
  const sealed = seal(key, text('secret'), fieldAad('dk-1', here));
  const elsewhere: FieldContext[] = [
    { ...here, row: 'e2' },
    { ...here, column: 'note' },
    { ...here, table: 'family' },
    { ...here, purpose: 'special-care' },
  ];
  for (const context of elsewhere)
    assert.throws(() => open(key, sealed, fieldAad('dk-1', context)), /failed authentication/);
  assert.throws(() => open(key, sealed, fieldAad('dk-2', here)), /failed authentication/);
});

test('any changed byte of nonce, ciphertext or tag, or another key, is refused', () => {
  const aad = fieldAad('dk-1', here);
  const sealed = seal(key, text('secret'), aad);
  const flip = (b: Uint8Array) => b.map((v, i) => (i === 0 ? v ^ 1 : v));
  for (const changed of [
    { ...sealed, nonce: flip(sealed.nonce) },
    { ...sealed, ciphertext: flip(sealed.ciphertext) },
    { ...sealed, tag: flip(sealed.tag) },
  ]) {
    assert.throws(() => open(key, changed, aad), /failed authentication/);
  }
  assert.throws(() => open(new Uint8Array(randomBytes(32)), sealed, aad), /failed authentication/);
});

test('plain text, other versions and broken envelopes are not envelopes', () => {
  for (const bad of ['JBSWY3DPEHPK3PXP', 'enc:v2:dk:a:b:c', 'enc:v1:dk:a:b', 'enc:v1:d k:a:b:c', 'enc:v1:dk:a+:b:c']) {
    assert.throws(() => parseEnvelope(bad), /not an encrypted value/);
  }
});

test('a wrapped data key opens only under its master key and for its own id', () => {
  const master = { id: 'mk-1', key };
  const dataKey = new Uint8Array(randomBytes(32));
  const wrapped = wrapDataKey(master, 'dk-1', dataKey);
  assert.deepEqual(unwrapDataKey(master, 'dk-1', wrapped), dataKey);
  assert.throws(() => unwrapDataKey(master, 'dk-2', wrapped), /failed authentication/);
  assert.throws(() => unwrapDataKey({ id: 'mk-2', key }, 'dk-1', wrapped), /failed authentication/);
  assert.throws(() => unwrapDataKey(master, 'dk-1', 'not-wrapped'), /not a wrapped key/);
});
