import { AppError } from '../app-error.ts';
import { open, seal } from './aes-gcm.ts';
import { b64, unb64 } from './field-envelope.ts';

const PREFIX = 'wk:v1:';

/**
 * A data key sealed under a master key (key-encryption key): `wk:v1:<nonce>:<ciphertext>:<tag>`. The associated
 * data names both keys, so a wrapped key cannot be moved to another data key's row or claimed by another master key.
 */
export function wrapDataKey(master: { id: string; key: Uint8Array }, dataKeyId: string, dataKey: Uint8Array): string {
  const sealed = seal(master.key, dataKey, wrapAad(master.id, dataKeyId));
  return `${PREFIX}${b64(sealed.nonce)}:${b64(sealed.ciphertext)}:${b64(sealed.tag)}`;
}

export function unwrapDataKey(master: { id: string; key: Uint8Array }, dataKeyId: string, wrapped: string): Uint8Array {
  const parts = wrapped.startsWith(PREFIX) ? wrapped.slice(PREFIX.length).split(':') : [];
  const [nonce, ciphertext, tag] = parts;
  if (parts.length !== 3 || nonce === undefined || ciphertext === undefined || tag === undefined) {
    throw new AppError('INTERNAL', `data key ${dataKeyId} is not a wrapped key`);
  }
  const sealed = { nonce: unb64(nonce), ciphertext: unb64(ciphertext), tag: unb64(tag) };
  return open(master.key, sealed, wrapAad(master.id, dataKeyId));
}

function wrapAad(masterKeyId: string, dataKeyId: string): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(['mamori-data-key', 1, masterKeyId, dataKeyId]));
}
