import { createHmac } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import { resolveSecret } from './resolve-secret.ts';

export type KeyedHash = (value: string) => string;

/** A key as configured: 64+ hex digits, else the text's UTF-8 bytes (at least 32). */
export function hashKeyBytes(text: string): Buffer {
  if (/^([0-9a-f]{2}){32,}$/i.test(text)) return Buffer.from(text, 'hex');
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length < 32) throw new AppError('UNPROCESSABLE', 'a hash key needs at least 32 bytes (or 64 hex digits)');
  return bytes;
}

/** HMAC-SHA-256 as lower-case hex. */
export function keyedHash(key: Buffer): KeyedHash {
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/** The dataset's keyed hash, its key from the environment or a key file; one that fails when no key is configured. */
export function datasetKeyedHash(ref: string | undefined, env: NodeJS.ProcessEnv = process.env): KeyedHash {
  if (ref === undefined) {
    return () => {
      throw new AppError(
        'UNPROCESSABLE',
        'the annotations name no hashKeyRef, so My Numbers and keyed hashes cannot be computed',
      );
    };
  }
  return keyedHash(hashKeyBytes(resolveSecret(ref, env)));
}
