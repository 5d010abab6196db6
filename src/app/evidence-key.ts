import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../core/app-error.ts';
import {
  type EvidencePublicKey,
  type EvidenceSigningKey,
  parsePublicKey,
  publicKeyOf,
} from '../core/evidence/checkpoint.ts';
import type { EvidenceKeys } from './evidence-store.ts';

export const DEFAULT_KEY_FILE = 'evidence-signing-key.pem';

export interface LoadedEvidenceKey {
  readonly signing: EvidenceSigningKey;
  readonly keys: EvidenceKeys;
  /** Where the private key came from (an env variable name or a file path), for the start-up banner. */
  readonly source: string;
  readonly created: boolean;
}

/**
 * The Ed25519 key that signs evidence checkpoints: MAMORI_EVIDENCE_KEY (PEM text), else the file named by
 * MAMORI_EVIDENCE_KEY_FILE, else `<dataDir>/evidence-signing-key.pem`, created (mode 0600) on first use.
 * Never stored in the database. MAMORI_EVIDENCE_TRUSTED_KEYS lists public key files of retired keys, whose
 * old checkpoints still verify.
 */
export function loadEvidenceKey(env: Readonly<Record<string, string | undefined>>, dataDir: string): LoadedEvidenceKey {
  const found = findEvidenceKey(env, dataDir);
  if (found !== undefined) return found;
  const file = keyFile(env, dataDir);
  const created = createKeyFile(file);
  return { ...(findEvidenceKey(env, dataDir) as LoadedEvidenceKey), created };
}

/** The configured key if there is one; never creates a key (for commands that only read and verify). */
export function findEvidenceKey(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): LoadedEvidenceKey | undefined {
  const fromEnv = env.MAMORI_EVIDENCE_KEY?.trim();
  const explicitFile = env.MAMORI_EVIDENCE_KEY_FILE?.trim();
  const file = keyFile(env, dataDir);
  let pem: string;
  let source: string;
  if (fromEnv) {
    pem = fromEnv;
    source = 'MAMORI_EVIDENCE_KEY';
  } else {
    if (!existsSync(file)) return undefined;
    // Our own default file is kept private; an operator's explicit file (maybe a read-only secret) is left as is.
    if (!explicitFile) chmodSync(file, 0o600);
    pem = readFileSync(file, 'utf8');
    source = file;
  }
  const privateKey = parsePrivateKey(pem, source);
  const current = publicKeyOf(privateKey);
  return {
    signing: { privateKey, publicKey: current },
    keys: { current, trusted: [current, ...retiredKeys(env).filter((key) => key.keyId !== current.keyId)] },
    source,
    created: false,
  };
}

/** Public keys of retired signing keys (MAMORI_EVIDENCE_TRUSTED_KEYS, comma-separated PEM files). */
export function retiredKeys(env: Readonly<Record<string, string | undefined>>): EvidencePublicKey[] {
  return (env.MAMORI_EVIDENCE_TRUSTED_KEYS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '')
    .map((path) => readPublicKeyFile(path));
}

function keyFile(env: Readonly<Record<string, string | undefined>>, dataDir: string): string {
  return env.MAMORI_EVIDENCE_KEY_FILE?.trim() || join(dataDir, DEFAULT_KEY_FILE);
}

/** A published public key (SPKI PEM) from a file, e.g. for `verify-export --public-key`. */
export function readPublicKeyFile(path: string): EvidencePublicKey {
  try {
    return parsePublicKey(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('VALIDATION', `${path} is not a readable PEM public key`, { cause: error });
  }
}

function createKeyFile(file: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    // 'wx': if another process created it a moment ago, keep theirs.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function parsePrivateKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new AppError('VALIDATION', `${source} does not hold a PEM private key`, { cause: error });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AppError(
      'VALIDATION',
      `${source} holds a ${key.asymmetricKeyType ?? 'unknown'} key; Ed25519 is required`,
    );
  }
  return key;
}
