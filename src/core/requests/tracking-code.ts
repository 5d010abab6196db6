// Crockford base32: no I, L, O, U, so codes read aloud or typed from paper are not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** Bytes of randomness a tracking code needs (16 characters x 5 bits = 80 bits). */
export const TRACKING_CODE_BYTES = GROUPS * GROUP_LENGTH;

/** A human-friendly code like `7K3M-Q9ZD-XH2A-P4TN` from random bytes (the caller's CSPRNG): 80 bits, unguessable. */
export function trackingCodeFrom(random: Uint8Array): string {
  if (random.length < TRACKING_CODE_BYTES) throw new RangeError(`need ${TRACKING_CODE_BYTES} random bytes`);
  const chars = Array.from(random.subarray(0, TRACKING_CODE_BYTES), (b) => ALPHABET[b & 31]);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** Reads a code as a person typed it: case, spaces, hyphens and the look-alikes I/L (1) and O (0) forgiven. */
export function normalizeTrackingCode(input: string): string | undefined {
  const plain = input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== TRACKING_CODE_BYTES || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return plain.match(/.{4}/g)?.join('-');
}
