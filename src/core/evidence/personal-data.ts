/** Kinds of personal data value the evidence log refuses to hold. */
export type PersonalDataKind = 'email' | 'phone' | 'my-number';

// UUIDs are ids, not data; their all-digit last group must not read as a My Number.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Dash-like characters Japanese text uses between digit groups (NFKC leaves these alone).
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// 12 digits, optionally grouped 4-4-4, not part of a longer alphanumeric token (hashes, ids).
const MY_NUMBER = /(?<![0-9A-Za-z])\d{4}[ -]?\d{4}[ -]?\d{4}(?![0-9A-Za-z])/;
// Digit runs with phone-style separators; what they are is decided on their digits (see looksLikePhone).
const PHONE_CANDIDATE = /(?<![0-9A-Za-z+])(?:\+\s?)?\(?\d[\d ().-]{7,20}\d(?![0-9A-Za-z])/g;

/**
 * Which kind of personal data value `text` appears to contain, if any: an e-mail address, a Japanese or
 * international phone number, or a 12-digit My Number. Full-width forms are normalised first.
 */
export function findPersonalData(text: string): PersonalDataKind | undefined {
  if (cannotHoldPersonalData(text)) return undefined;
  const normal = text.normalize('NFKC').replace(DASHES, '-').replace(UUID, ' ');
  if (EMAIL.test(normal)) return 'email';
  if (MY_NUMBER.test(normal)) return 'my-number';
  for (const match of normal.matchAll(PHONE_CANDIDATE)) {
    if (looksLikePhone(match[0])) return 'phone';
  }
  return undefined;
}

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (candidate.startsWith('+')) return digits.length >= 10 && digits.length <= 15;
  // Domestic numbers: 0 then 9 or 10 more digits (03-1234-5678, 090-1234-5678, 0120-123-456).
  return digits.startsWith('0') && (digits.length === 10 || digits.length === 11);
}

/**
 * Fast path: printable ASCII without '@' and with under 10 digits cannot match. Anything else is normalised and
 * scanned: NFKC folds many characters into '@' or digits (U+FE6B, superscript and circled digits...).
 */
export function cannotHoldPersonalData(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7e || code === 0x40) return false;
    if (code >= 48 && code <= 57) digits++;
  }
  return digits < 10;
}
