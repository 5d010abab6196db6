import type { FieldCipher } from '../field-cipher.ts';
import type { RetentionSealer, SealedPlace } from './retention-deps.ts';

const context = (place: SealedPlace) => ({ purpose: 'identity-document', ...place }) as const;

/** Person-hold identities and contractors' documents sealed with the field cipher's document key, bound to their row. */
export function cipherRetentionSealer(cipher: FieldCipher): RetentionSealer {
  return {
    async seal(plain, place) {
      return new TextEncoder().encode(await cipher.encryptDocument(plain, context(place)));
    },
    async open(sealed, place) {
      return cipher.decryptDocument(new TextDecoder().decode(sealed), context(place));
    },
  };
}
