import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/app-error.ts';
import { createMasterKeyFile, decodeMasterKey, readMasterKeyFile } from './master-key-file.ts';

export interface MasterKey {
  readonly id: string;
  readonly key: Uint8Array;
}

/** The master keys (key-encryption keys) that wrap data keys; they never enter the database. */
export interface MasterKeyring {
  /** Wraps new and re-wrapped data keys. */
  current(): MasterKey;
  /** A key by id, reading the source again on a miss (another process may have rotated); undefined if absent. */
  find(id: string): MasterKey | undefined;
  /** Whether the id was retired for good (its material deleted). */
  isRetired(id: string): boolean;
  /** An env variable name or the key file's path. */
  readonly source: string;
  /** The key file, when keys come from one (rotation writes to it). */
  readonly file?: string;
  /** Reads the source again (before wrapping a new data key, so a rotation elsewhere is followed). */
  reload?(): void;
}

export const DEFAULT_MASTER_KEY_FILE = 'keys.json';
type Env = Readonly<Record<string, string | undefined>>;

/**
 * MAMORI_MASTER_KEY (`id:base64` or base64, several comma-separated, the first current), else the JSON file named by
 * MAMORI_KEYS_FILE, else `<dataDir>/keys.json`, created (0600) on first start when `create` is set.
 */
export function loadMasterKeyring(env: Env, dataDir: string, options: { create: boolean; now: Date }): MasterKeyring {
  const fromEnv = env.MAMORI_MASTER_KEY?.trim();
  if (fromEnv) return envKeyring(fromEnv);
  const file = env.MAMORI_KEYS_FILE?.trim() || join(dataDir, DEFAULT_MASTER_KEY_FILE);
  if (!existsSync(file)) {
    if (!options.create) throw new AppError('NOT_FOUND', `no master key: ${file} does not exist`);
    createMasterKeyFile(file, options.now);
  }
  return fileKeyring(file);
}

/** Keys held in memory (tests, embedding); the first is current. */
export function memoryKeyring(keys: readonly MasterKey[], retired: readonly string[] = []): MasterKeyring {
  const first = keys[0];
  if (first === undefined) throw new AppError('VALIDATION', 'a keyring needs a key');
  return {
    current: () => first,
    find: (id) => keys.find((k) => k.id === id),
    isRetired: (id) => retired.includes(id),
    source: 'memory',
  };
}

function envKeyring(text: string): MasterKeyring {
  const keys = text.split(',').map((part, index) => {
    const colon = part.indexOf(':');
    const raw = colon === -1 ? part : part.slice(colon + 1);
    const key = decodeMasterKey(raw, `MAMORI_MASTER_KEY (key ${index + 1})`);
    // Unnamed: a fingerprint names it, so the same key always has the same id.
    const id =
      colon === -1 ? `env-${createHash('sha256').update(key).digest('hex').slice(0, 12)}` : part.slice(0, colon);
    return { id: id.trim(), key };
  });
  return { ...memoryKeyring(keys), source: 'MAMORI_MASTER_KEY' };
}

function fileKeyring(path: string): MasterKeyring {
  let loaded = readMasterKeyFile(path);
  const keyOf = (id: string): MasterKey | undefined => {
    const text = loaded.keys[id];
    return text === undefined ? undefined : { id, key: decodeMasterKey(text, `${path}: key ${id}`) };
  };
  return {
    current: () => keyOf(loaded.current) as MasterKey,
    find(id) {
      const found = keyOf(id);
      if (found !== undefined || loaded.retired.includes(id)) return found;
      loaded = readMasterKeyFile(path);
      return keyOf(id);
    },
    isRetired: (id) => loaded.retired.includes(id),
    source: path,
    file: path,
    reload() {
      loaded = readMasterKeyFile(path);
    },
  };
}

let processKey: MasterKey | undefined;

/**
 * One random master key for this process only (tests, benchmarks, an app built without a keyring): what it seals is
 * unreadable after a restart, so the server is always given a real keyring (main.ts).
 */
export function processKeyring(): MasterKeyring {
  processKey ??= { id: 'process-ephemeral', key: new Uint8Array(randomBytes(32)) };
  return memoryKeyring([processKey]);
}
