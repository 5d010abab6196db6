import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../app-error.ts';

/** An AES-256-GCM result: a fresh 96-bit nonce, the ciphertext and the 128-bit tag. */
export interface Sealed {
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly tag: Uint8Array;
}

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Encrypts with AES-256-GCM; `aad` is authenticated but not encrypted (it binds the value to its place). */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Sealed {
  assertKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts and authenticates; any change to key, nonce, ciphertext, tag or `aad` is refused (DECRYPTION_FAILED). */
export function open(key: Uint8Array, sealed: Sealed, aad: Uint8Array): Uint8Array {
  assertKey(key);
  if (sealed.nonce.length !== NONCE_BYTES || sealed.tag.length !== TAG_BYTES) throw decryptionFailed();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return new Uint8Array(Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]));
  } catch {
    // The cause says nothing useful and must not leak details of the value.
    throw decryptionFailed();
  }
}

export function decryptionFailed(): AppError {
  return new AppError('INTERNAL', 'an encrypted value failed authentication (wrong key, place or tampered)');
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new AppError('INTERNAL', `AES-256 keys are ${KEY_BYTES} bytes`);
}
