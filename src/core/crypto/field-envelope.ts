import { AppError } from '../app-error.ts';
import type { Sealed } from './aes-gcm.ts';

/** What data keys are kept apart by: each purpose has its own current data key. */
export const DATA_KEY_PURPOSES = ['totp-secret', 'my-number', 'special-care', 'identity-document'] as const;
export type DataKeyPurpose = (typeof DATA_KEY_PURPOSES)[number];

/**
 * Where an encrypted value lives. It is authenticated with the value (AES-GCM associated data), so a value copied to
 * another row, column or table no longer decrypts.
 */
export interface FieldContext {
  readonly purpose: DataKeyPurpose;
  readonly table: string;
  readonly column: string;
  readonly row: string;
}

/** A parsed `enc:v1:` value: the data key that sealed it and the sealed bytes. */
export interface FieldEnvelope extends Sealed {
  readonly version: 1;
  readonly dataKeyId: string;
}

export const ENVELOPE_PREFIX = 'enc:v1:';
const ID = /^[A-Za-z0-9_-]{1,80}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;

/**
 * `enc:v1:<data key id>:<nonce>:<ciphertext>:<tag>` (base64url). The master key that wraps the data key is recorded
 * with the data key, not here: re-wrapping under a new master key then leaves every stored value as it is.
 */
export function formatEnvelope(envelope: Omit<FieldEnvelope, 'version'>): string {
  if (!ID.test(envelope.dataKeyId)) throw new AppError('INTERNAL', 'data key ids are [A-Za-z0-9_-]');
  return `${ENVELOPE_PREFIX}${envelope.dataKeyId}:${b64(envelope.nonce)}:${b64(envelope.ciphertext)}:${b64(envelope.tag)}`;
}

export function isEnvelope(value: string): boolean {
  return value.startsWith(ENVELOPE_PREFIX);
}

/** Reads an envelope; anything else (plain text, another version, a broken value) is refused. */
export function parseEnvelope(text: string): FieldEnvelope {
  if (!isEnvelope(text)) throw notAnEnvelope();
  const parts = text.slice(ENVELOPE_PREFIX.length).split(':');
  const [dataKeyId, nonce, ciphertext, tag] = parts;
  if (parts.length !== 4 || dataKeyId === undefined || nonce === undefined || ciphertext === undefined) {
    throw notAnEnvelope();
  }
  if (tag === undefined || !ID.test(dataKeyId) || ![nonce, ciphertext, tag].every((p) => B64URL.test(p))) {
    throw notAnEnvelope();
  }
  return { version: 1, dataKeyId, nonce: unb64(nonce), ciphertext: unb64(ciphertext), tag: unb64(tag) };
}

/** The associated data of a value: format version, data key and place, unambiguous (JSON array). */
export function fieldAad(dataKeyId: string, context: FieldContext): Uint8Array {
  const place = ['mamori-field', 1, dataKeyId, context.purpose, context.table, context.column, context.row];
  return new TextEncoder().encode(JSON.stringify(place));
}

function notAnEnvelope(): AppError {
  return new AppError('INTERNAL', `not an encrypted value (expected ${ENVELOPE_PREFIX}...)`);
}

export function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export function unb64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}
