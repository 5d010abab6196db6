import type { FieldIssue } from '../app-error.ts';
import { plainShape } from './payload-shape.ts';
import { findPersonalData } from './personal-data.ts';
import { checkText, isPlainText, quoteIfPlain } from './plain-text.ts';

const MAX_DEPTH = 8;

/**
 * One pass over an event payload that both checks it (JSON values only, bounded depth, no personal data values
 * in keys or values) and writes it as canonical JSON: the same text canonicalJson gives (canonical-payload.test.ts
 * holds them equal), without walking the value twice. Issues are appended to `issues`; the text is then unusable.
 */
export function canonicalPayload(value: Readonly<Record<string, unknown>>, path: string, issues: FieldIssue[]): string {
  // A payload's getters could in principle write a payload of their own: only the outermost call shares.
  const parts = writing ? [] : SHARED_PARTS;
  writing = true;
  try {
    // Paths are only needed for issues, which are rare: the first pass keeps none, and only if it finds a
    // problem is the payload walked again to name where.
    const fast = new PayloadWriter(undefined, parts);
    fast.write(value, 0);
    if (!fast.failed) return fast.text();
    const careful = new PayloadWriter({ root: path, issues, stack: [] }, parts);
    careful.write(value, 0);
    return careful.text();
  } finally {
    if (parts === SHARED_PARTS) writing = false;
  }
}

/** Where issues go, and the path to the value being written (only when issues are being reported). */
interface IssueTrail {
  readonly root: string;
  readonly issues: FieldIssue[];
  readonly stack: string[];
}

// One array of parts for every payload (writing is synchronous): growing a fresh one for each cost more garbage
// than the text it held.
const SHARED_PARTS: string[] = [];
let writing = false;

// The text is collected as parts and joined once: appending to a string builds a tree of pieces that every later
// reader (the hash, JSON.stringify of the rows, the message to the SQLite thread) walks again.
class PayloadWriter {
  readonly #trail: IssueTrail | undefined;
  readonly #parts: string[];
  #count = 0;
  failed = false;

  constructor(trail: IssueTrail | undefined, parts: string[]) {
    this.#trail = trail;
    this.#parts = parts;
  }

  text(): string {
    const parts = this.#parts;
    // Slots past this payload's parts hold an earlier payload's: emptied (or, after a much longer one, cut off)
    // they add nothing to the text.
    if (parts.length > 2 * this.#count + 32) parts.length = this.#count;
    for (let i = this.#count; i < parts.length; i++) parts[i] = '';
    return parts.join('');
  }

  #push(part: string): void {
    this.#parts[this.#count++] = part;
  }

  write(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        this.#string(value);
        return;
      case 'number':
        this.#number(value);
        return;
      case 'boolean':
        this.#push(value ? 'true' : 'false');
        return;
      case 'object':
        if (value === null) this.#push('null');
        else if (depth >= MAX_DEPTH) this.#fail(`nested deeper than ${MAX_DEPTH} levels`);
        else if (Array.isArray(value)) this.#array(value, depth);
        else if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) this.#fail('must be a valid date');
          else this.#push(JSON.stringify(value.toISOString()));
        } else this.#object(value, depth);
        return;
      default:
        this.#fail(NOT_JSON);
    }
  }

  #array(value: readonly unknown[], depth: number): void {
    this.#push('[');
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) this.#push(',');
      this.#trail?.stack.push(String(i));
      if (item === undefined) this.#push('null');
      else this.write(item, depth + 1);
      this.#trail?.stack.pop();
    }
    this.#push(']');
  }

  #object(value: object, depth: number): void {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      this.#fail(NOT_JSON);
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const shape = plainShape(keys);
    this.#push('{');
    let first = true;
    if (shape !== undefined) {
      for (let i = 0; i < shape.sorted.length; i++) {
        const key = shape.sorted[i] as string;
        const item = record[key];
        if (item === undefined) continue;
        this.#push((first ? shape.prefixes[i] : shape.commaPrefixes[i]) as string);
        first = false;
        this.#trail?.stack.push(key);
        this.write(item, depth + 1);
        this.#trail?.stack.pop();
      }
      this.#push('}');
      return;
    }
    // Default sort compares UTF-16 code units, as canonicalJson's comparator does.
    keys.sort();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const item = record[key];
      if (item === undefined) continue;
      // A key that is itself personal data is named by position, so the issue does not repeat the value.
      const quoted = quoteIfPlain(key);
      const clean = quoted !== undefined || findPersonalData(key) === undefined;
      this.#trail?.stack.push(clean ? key : `<key ${i}>`);
      if (!clean) this.#text(key);
      if (!first) this.#push(',');
      this.#push(quoted ?? JSON.stringify(key));
      this.#push(':');
      first = false;
      this.write(item, depth + 1);
      this.#trail?.stack.pop();
    }
    this.#push('}');
  }

  #string(value: string): void {
    const quoted = quoteIfPlain(value);
    if (quoted !== undefined) this.#push(quoted);
    else {
      this.#text(value);
      this.#push(JSON.stringify(value));
    }
  }

  #number(value: number): void {
    // Integers of under 10 digits (counts, versions) are written as themselves and cannot be personal data.
    if (Number.isInteger(value) && value > -1e9 && value < 1e9) this.#push(String(value));
    else if (!Number.isFinite(value)) this.#fail('must be a finite number');
    else {
      this.#text(String(value));
      this.#push(JSON.stringify(value));
    }
  }

  #text(text: string): void {
    if (isPlainText(text) && findPersonalData(text) === undefined) return;
    this.failed = true;
    if (this.#trail !== undefined) checkText(text, this.#path(), this.#trail.issues);
  }

  /** Records the issue; the 'null' written in its place keeps the text well-formed (it is not used). */
  #fail(message: string): void {
    this.failed = true;
    this.#trail?.issues.push({ path: this.#path(), message });
    this.#push('null');
  }

  #path(): string {
    const trail = this.#trail as IssueTrail;
    return trail.stack.length === 0 ? trail.root : `${trail.root}.${trail.stack.join('.')}`;
  }
}

const NOT_JSON = 'must be JSON: string, number, boolean, null, array or plain object';
