import * as crypto from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';

/** The `prevHash` of entry 1: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version of the hashed form; bumped only with a new hashing rule, which verifiers must then know. */
export const ENTRY_HASH_VERSION = 1;

/**
 * One entry as stored and hashed, its payload kept as the canonical JSON text that was hashed. The seq is not
 * hashed: an entry's position is proved by the chain of links from the anchor (genesis or a signed checkpoint).
 */
export interface ChainRow {
  readonly seq: number;
  readonly type: string;
  readonly actor: string;
  readonly subject: string | null;
  /** ISO-8601 UTC with milliseconds, exactly as hashed. */
  readonly at: string;
  readonly payloadJson: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** The fields an entry's hash covers. */
export type HashedFields = Omit<ChainRow, 'seq' | 'hash'>;

/**
 * SHA-256 (hex) of canonicalJson({ actor, at, payload, prev, subject?, type, v }). Built by concatenation in
 * canonical key order so verification does not re-parse payloads; equal to hashing canonicalJson of the object
 * whenever payloadJson is canonical, which the writer guarantees (see entry-hash.test.ts).
 */
export function entryHash(fields: HashedFields): string {
  return sha256Hex(hashInput(fields));
}

// crypto.hash (Node 20.12+) is the one-shot form, about twice as fast for short inputs; createHash before it.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
export const sha256Hex = oneShot
  ? (text: string) => oneShot('sha256', text, 'hex')
  : (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The exact text an entry's hash is taken over. */
export function hashInput(fields: HashedFields): string {
  return writeHashInput({
    actor: JSON.stringify(fields.actor),
    at: JSON.stringify(fields.at),
    payloadJson: fields.payloadJson,
    prev: JSON.stringify(fields.prevHash),
    subject: fields.subject === null ? null : JSON.stringify(fields.subject),
    type: JSON.stringify(fields.type),
  });
}

/** Every hashed field already written as JSON (a JSON string each, and the payload's canonical JSON). */
export interface JsonFields {
  readonly actor: string;
  readonly at: string;
  readonly payloadJson: string;
  readonly prev: string;
  readonly subject: string | null;
  readonly type: string;
}

/**
 * The layout, in canonical key order, written once for every route (hashInput; linkEntries with fields that
 * prepareEvidenceEvent quoted). Joined rather than concatenated: one flat string, ready to hash. The parts array
 * is reused (this runs synchronously for every entry written or verified): a fresh one each time was garbage.
 */
export function writeHashInput(json: JsonFields): string {
  const parts = LAYOUT;
  parts[1] = json.actor;
  parts[3] = json.at;
  parts[5] = json.payloadJson;
  parts[7] = json.prev;
  parts[8] = json.subject === null ? '' : ',"subject":';
  parts[9] = json.subject ?? '';
  parts[11] = json.type;
  return parts.join('');
}

const LAYOUT: string[] = [
  '{"actor":',
  '',
  ',"at":',
  '',
  ',"payload":',
  '',
  ',"prev":',
  '',
  '',
  '',
  ',"type":',
  '',
  `,"v":${ENTRY_HASH_VERSION}}`,
];

/** The same text by the general route, for tests and for readers who want to check the rule independently. */
export function hashInputByCanonicalJson(fields: HashedFields): string {
  return canonicalJson({
    actor: fields.actor,
    at: fields.at,
    payload: JSON.parse(fields.payloadJson) as unknown,
    prev: fields.prevHash,
    subject: fields.subject ?? undefined,
    type: fields.type,
    v: ENTRY_HASH_VERSION,
  });
}

export const HASH_PATTERN = /^[0-9a-f]{64}$/;
