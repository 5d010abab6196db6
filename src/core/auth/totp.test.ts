import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Secret } from 'otpauth';
import { checkTotp, totpCode, totpStep, totpUri } from './totp.ts';

const base32 = (ascii: string) => Secret.fromLatin1(ascii).base32;
const SEEDS = {
  SHA1: base32('12345678901234567890'),
  SHA256: base32('12345678901234567890123456789012'),
  SHA512: base32('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;

// RFC 6238, Appendix B: time (s) and the 8-digit codes for each algorithm.
const VECTORS: readonly [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

test('RFC 6238 test vectors through the library', () => {
  for (const [seconds, sha1, sha256, sha512] of VECTORS) {
    const at = new Date(seconds * 1000);
    assert.equal(totpCode(SEEDS.SHA1, at, { digits: 8, algorithm: 'SHA1' }), sha1, `SHA1 at ${seconds}`);
    assert.equal(totpCode(SEEDS.SHA256, at, { digits: 8, algorithm: 'SHA256' }), sha256, `SHA256 at ${seconds}`);
    assert.equal(totpCode(SEEDS.SHA512, at, { digits: 8, algorithm: 'SHA512' }), sha512, `SHA512 at ${seconds}`);
  }
});

test('a code is accepted in its step and one step either side, with a fixed clock', () => {
  const at = new Date('2026-04-01T09:00:10Z');
  const code = totpCode(SEEDS.SHA1, at);
  assert.deepEqual(checkTotp(SEEDS.SHA1, code, at), { ok: true, step: totpStep(at) });
  assert.equal(checkTotp(SEEDS.SHA1, code, new Date(at.getTime() + 30_000)).ok, true, 'one step late');
  assert.equal(checkTotp(SEEDS.SHA1, code, new Date(at.getTime() - 30_000)).ok, true, 'one step early');
  assert.deepEqual(checkTotp(SEEDS.SHA1, code, new Date(at.getTime() + 90_000)), { ok: false, reason: 'wrong' });
  assert.equal(
    checkTotp(
      SEEDS.SHA1,
      code.replace(/^./, (d) => String((Number(d) + 1) % 10)),
      at,
    ).ok,
    false,
  );
});

test('a code is good once: its step or an earlier one is a replay', () => {
  const at = new Date('2026-04-01T09:00:10Z');
  const code = totpCode(SEEDS.SHA1, at);
  const first = checkTotp(SEEDS.SHA1, code, at);
  assert.ok(first.ok);
  assert.deepEqual(checkTotp(SEEDS.SHA1, code, at, first.step), { ok: false, reason: 'replayed' });
  const next = new Date(at.getTime() + 30_000);
  assert.equal(checkTotp(SEEDS.SHA1, totpCode(SEEDS.SHA1, next), next, first.step).ok, true);
});

test('malformed codes are refused before any HMAC', () => {
  const at = new Date('2026-04-01T09:00:10Z');
  for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5x']) {
    assert.deepEqual(checkTotp(SEEDS.SHA1, code, at), { ok: false, reason: 'malformed' }, code);
  }
  const spaced = totpCode(SEEDS.SHA1, at).replace(/^(\d{3})/, '$1 ');
  assert.equal(checkTotp(SEEDS.SHA1, spaced, at).ok, true, 'spaces as apps show them are fine');
});

test('the enrolment URI names the issuer and account', () => {
  const uri = totpUri(SEEDS.SHA1, 'staff-1@example.test', 'Mamori');
  assert.match(uri, /^otpauth:\/\/totp\/Mamori:staff-1%40example\.test\?/);
  assert.match(uri, /secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ/);
  assert.match(uri, /period=30/);
});
