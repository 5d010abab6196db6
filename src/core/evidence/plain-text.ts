import type { FieldIssue } from '../app-error.ts';
import { findPersonalData } from './personal-data.ts';

/**
 * `text` as a JSON string when it is plain: printable ASCII that JSON does not escape (no quote, no backslash),
 * without '@' and with under 10 digits, or a UUID. Such a string is written as itself between quotes and cannot look like
 * personal data (see cannotHoldPersonalData, the same rule). Nearly every id, item name and code is one; this
 * skips JSON.stringify and the personal-data scan for them. Else undefined: take the careful path.
 */
export function quoteIfPlain(text: string): string | undefined {
  const known = PLAIN.get(text);
  if (known !== undefined) return known;
  const digits = plainDigits(text);
  if (digits < 0) return undefined;
  const quoted = `"${text}"`;
  // Keys, codes, item names and purposes repeat from entry to entry: remember the short ones (bounded). Not
  // those with digits, mostly ids of one entry each: they would only push the repeating ones out.
  if (digits === 0 && text.length <= 64) {
    if (PLAIN.size >= PLAIN_CACHE_SIZE) PLAIN.clear();
    PLAIN.set(text, quoted);
  }
  return quoted;
}

/** Whether `text` is plain as above: JSON writes it as itself between quotes, and it cannot be personal data. */
export function isPlain(text: string): boolean {
  return plainDigits(text) >= 0;
}

/** How many digits plain `text` has; -1 when it is not plain. */
function plainDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Control characters, '"' and backslash are escaped by JSON; '@' and anything past '~' may be personal data.
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c || code === 0x40) return -1;
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  // A UUID (request ids, record ids) has more digits but is an id: findPersonalData ignores UUIDs entirely.
  return digits < 10 || isUuid(text) ? digits : -1;
}

/** 8-4-4-4-12 hex digits and nothing else; the caller has checked it is printable ASCII. */
function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i) | 0x20;
    const dash = i === 8 || i === 13 || i === 18 || i === 23;
    if (dash ? code !== 0x2d : !((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
  }
  return true;
}

const PLAIN_CACHE_SIZE = 4096;
const PLAIN = new Map<string, string>();

/** Ids and texts: no NUL (PostgreSQL text cannot hold it), nothing that looks like personal data. */
export function checkText(text: string, path: string, issues: FieldIssue[]): void {
  if (quoteIfPlain(text) !== undefined) return;
  if (!isPlainText(text)) {
    issues.push({ path, message: 'must be valid Unicode without NUL', code: 'invalid-text' });
  }
  const kind = findPersonalData(text);
  if (kind !== undefined) {
    issues.push({
      path,
      message: `looks like a personal data value (${kind}): evidence holds ids and item names only`,
      code: 'personal-data',
    });
  }
}

// A lone surrogate would be stored as U+FFFD (UTF-8 cannot hold it) and no longer match its hash; PostgreSQL text
// cannot hold NUL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text that every store keeps byte for byte. */
export function isPlainText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}
