import { createHmac } from 'node:crypto';
import type { DatasetBinding } from '../app/dataset-binding.ts';
import { AppError } from '../core/app-error.ts';
import type { DatasetAnnotations } from '../core/dataset/dataset-annotations.ts';
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

/**
 * The pseudonym hash of PS-1 extracts, from its own key (pseudonymKeyRef); none when the annotations name none.
 * The same key as the matching key is refused: with it, pseudonyms could be recomputed from identifiers.
 */
export function pseudonymKeyedHash(
  annotations: Pick<DatasetAnnotations, 'system' | 'hashKeyRef' | 'pseudonymKeyRef'>,
  env: NodeJS.ProcessEnv = process.env,
): Pick<DatasetBinding, 'pseudonymHash'> {
  const ref = annotations.pseudonymKeyRef;
  if (ref === undefined) return {};
  if (ref === annotations.hashKeyRef) throw sameKey(annotations.system);
  let hash: KeyedHash | undefined;
  // Resolved at first use: a deployment that makes no extracts need not configure the key.
  return {
    pseudonymHash: (value) => {
      if (hash === undefined) {
        const key = hashKeyBytes(resolveSecret(ref, env));
        const matching = annotations.hashKeyRef === undefined ? undefined : env[annotations.hashKeyRef]?.trim();
        if (matching && key.equals(hashKeyBytes(matching))) throw sameKey(annotations.system);
        hash = keyedHash(key);
      }
      return hash(value);
    },
  };
}

function sameKey(system: string): AppError {
  return new AppError(
    'VALIDATION',
    `${system}: pseudonymKeyRef must name a key other than hashKeyRef's (PS-1: the pseudonym key is kept apart)`,
  );
}
