/** Media types the privacy center accepts for identity and agent-authority documents. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// The file signatures of each type: a declared type the bytes do not carry is refused, not stored.
const SIGNATURES: Record<UploadMediaType, (bytes: Uint8Array) => boolean> = {
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  // ISO BMFF: a box `ftyp` at offset 4 with a HEIF brand.
  'image/heic': (b) =>
    startsWith(b, ascii('ftyp'), 4) &&
    ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].some((brand) => startsWith(b, ascii(brand), 8)),
};

/** Why an upload is refused (empty, or not the declared type), or undefined when it is acceptable. */
export function uploadProblem(mediaType: UploadMediaType, bytes: Uint8Array): string | undefined {
  if (bytes.byteLength === 0) return 'the document is empty';
  return SIGNATURES[mediaType](bytes) ? undefined : `the content is not a ${mediaType} file`;
}
