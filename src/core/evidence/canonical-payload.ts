import type { FieldIssue } from '../app-error.ts';
import { cannotHoldPersonalData, findPersonalData } from './personal-data.ts';

const MAX_DEPTH = 8;

/**
 * One pass over an event payload that both checks it (JSON values only, bounded depth, no personal data values
 * in keys or values) and writes it as canonical JSON: the same text canonicalJson gives (canonical-payload.test.ts
 * holds them equal), without walking the value twice. Issues are appended to `issues`; the text is then unusable.
 */
export function canonicalPayload(value: Readonly<Record<string, unknown>>, path: string, issues: FieldIssue[]): string {
  return new PayloadWriter(path, issues).write(value, 0);
}

// Paths are kept as a stack and joined only when there is an issue: most payloads have none.
class PayloadWriter {
  readonly #root: string;
  readonly #issues: FieldIssue[];
  readonly #stack: string[] = [];

  constructor(root: string, issues: FieldIssue[]) {
    this.#root = root;
    this.#issues = issues;
  }

  write(value: unknown, depth: number): string {
    switch (typeof value) {
      case 'string':
        return this.#string(value);
      case 'number':
        if (!Number.isFinite(value)) return this.#fail('must be a finite number');
        this.#text(String(value));
        return JSON.stringify(value);
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        if (value === null) return 'null';
        if (depth >= MAX_DEPTH) return this.#fail(`nested deeper than ${MAX_DEPTH} levels`);
        if (Array.isArray(value)) return this.#array(value, depth);
        if (value instanceof Date) {
          return Number.isNaN(value.getTime())
            ? this.#fail('must be a valid date')
            : JSON.stringify(value.toISOString());
        }
        return this.#object(value, depth);
      default:
        return this.#fail(NOT_JSON);
    }
  }

  #array(value: readonly unknown[], depth: number): string {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      this.#stack.push(String(i));
      out += (i > 0 ? ',' : '') + (item === undefined ? 'null' : this.write(item, depth + 1));
      this.#stack.pop();
    }
    return `${out}]`;
  }

  #object(value: object, depth: number): string {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return this.#fail(NOT_JSON);
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, as canonicalJson's comparator does.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const item = record[key];
      if (item === undefined) continue;
      // A key that is itself personal data is named by position, so the issue does not repeat the value.
      const quoted = quoteIfPlain(key);
      const clean = quoted !== undefined || findPersonalData(key) === undefined;
      this.#stack.push(clean ? key : `<key ${i}>`);
      if (!clean) this.#text(key);
      out += `${out.length > 1 ? ',' : ''}${quoted ?? JSON.stringify(key)}:${this.write(item, depth + 1)}`;
      this.#stack.pop();
    }
    return `${out}}`;
  }

  #string(value: string): string {
    const quoted = quoteIfPlain(value);
    if (quoted !== undefined) return quoted;
    this.#text(value);
    return JSON.stringify(value);
  }

  #text(text: string): void {
    if (!isPlainText(text) || findPersonalData(text) !== undefined) checkText(text, this.#path(), this.#issues);
  }

  #fail(message: string): string {
    this.#issues.push({ path: this.#path(), message });
    return 'null';
  }

  #path(): string {
    return this.#stack.length === 0 ? this.#root : `${this.#root}.${this.#stack.join('.')}`;
  }
}

// Printable ASCII that JSON does not escape (no quote, no backslash), without '@' and with under 10 digits: such
// a string is written as itself between quotes and cannot look like personal data (cannotHoldPersonalData).
// Nearly every id, item name and code is one; this skips JSON.stringify and the personal-data scan for them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\]/;

/** `text` as a JSON string when it is plain as above, else undefined (take the careful path). */
export function quoteIfPlain(text: string): string | undefined {
  const known = PLAIN.get(text);
  if (known !== undefined) return known;
  if (!cannotHoldPersonalData(text) || NEEDS_ESCAPE.test(text)) return undefined;
  const quoted = `"${text}"`;
  // Keys, codes, item names and purposes repeat from entry to entry: remember the short ones (bounded).
  if (text.length <= 64) {
    if (PLAIN.size >= PLAIN_CACHE_SIZE) PLAIN.clear();
    PLAIN.set(text, quoted);
  }
  return quoted;
}

const PLAIN_CACHE_SIZE = 4096;
const PLAIN = new Map<string, string>();

const NOT_JSON = 'must be JSON: string, number, boolean, null, array or plain object';

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
