/** What a contractor's disposal certificate may be: a PDF or a scan. */
export const CERTIFICATE_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type CertificateMediaType = (typeof CERTIFICATE_MEDIA_TYPES)[number];

const SIGNATURES: Record<CertificateMediaType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Whether the bytes carry the signature of the type they claim (a renamed file is refused). */
export function matchesMediaType(mediaType: CertificateMediaType, bytes: Uint8Array): boolean {
  const signature = SIGNATURES[mediaType];
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
