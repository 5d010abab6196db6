import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/app-error.ts';
import { KEY_BYTES } from '../core/crypto/aes-gcm.ts';

/**
 * The master keys (key-encryption keys) file: named 32-byte keys (base64), which one wraps new data keys, and the ids
 * retired for good. `{ "current": "mk-...", "keys": { "mk-...": "base64" }, "retired": [] }`, mode 0600.
 */
export interface MasterKeyFile {
  readonly current: string;
  readonly keys: Readonly<Record<string, string>>;
  readonly retired: readonly string[];
}

const KeyFileSchema = z.object({
  current: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  keys: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.string()),
  retired: z.array(z.string()).default([]),
});

export function readMasterKeyFile(path: string): MasterKeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('VALIDATION', `${path} is not a readable JSON key file`, { cause: error });
  }
  const result = KeyFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('VALIDATION', `${path} is not a Mamori key file (current, keys, retired)`);
  const file = result.data;
  if (file.keys[file.current] === undefined) throw new AppError('VALIDATION', `${path}: the current key is missing`);
  for (const [id, key] of Object.entries(file.keys)) decodeMasterKey(key, `${path}: key ${id}`);
  return file;
}

/** Writes the whole file atomically (temp file, rename) and private to its owner. */
export function writeMasterKeyFile(path: string, file: MasterKeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
  chmodSync(path, 0o600);
}

/** Creates the file with one fresh key unless it exists (another process may have been first). */
export function createMasterKeyFile(path: string, at: Date): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const id = newMasterKeyId(at);
  const file: MasterKeyFile = { current: id, keys: { [id]: randomBytes(KEY_BYTES).toString('base64') }, retired: [] };
  try {
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Adds a fresh key and makes it current; the old ones stay until retired. Returns the new id. */
export function addMasterKey(path: string, at: Date): string {
  const file = readMasterKeyFile(path);
  const id = newMasterKeyId(at);
  writeMasterKeyFile(path, {
    current: id,
    keys: { ...file.keys, [id]: randomBytes(KEY_BYTES).toString('base64') },
    retired: file.retired,
  });
  return id;
}

/** Deletes a key's material and remembers its id as retired; the current key cannot be retired. */
export function removeMasterKey(path: string, id: string): void {
  const file = readMasterKeyFile(path);
  if (file.current === id) throw new AppError('CONFLICT', `${id} is the current master key; rotate first`);
  if (file.keys[id] === undefined) throw new AppError('NOT_FOUND', `no master key ${id} in ${path}`);
  const keys = Object.fromEntries(Object.entries(file.keys).filter(([k]) => k !== id));
  writeMasterKeyFile(path, { current: file.current, keys, retired: [...file.retired, id] });
}

export function decodeMasterKey(text: string, where: string): Uint8Array {
  const bytes = Buffer.from(text.trim(), 'base64');
  if (bytes.length !== KEY_BYTES) throw new AppError('VALIDATION', `${where} is not ${KEY_BYTES} bytes of base64`);
  return new Uint8Array(bytes);
}

function newMasterKeyId(at: Date): string {
  return `mk-${at.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
}
