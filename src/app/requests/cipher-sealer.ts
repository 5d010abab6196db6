import type { FieldCipher } from '../field-cipher.ts';
import type { DocumentSealer } from './request-deps.ts';

const place = (documentId: string) =>
  ({ purpose: 'identity-document', table: 'request_documents', column: 'content', row: documentId }) as const;

/** Request documents sealed with the field cipher's identity-document key, bound to their row. */
export function cipherSealer(cipher: FieldCipher): DocumentSealer {
  return {
    async seal(plain, documentId) {
      return new TextEncoder().encode(await cipher.encryptDocument(plain, place(documentId)));
    },
    async open(sealed, documentId) {
      return cipher.decryptDocument(new TextDecoder().decode(sealed), place(documentId));
    },
  };
}
