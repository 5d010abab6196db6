import { randomBytes } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import { KEY_BYTES, open, seal } from '../core/crypto/aes-gcm.ts';
import {
  type DataKeyPurpose,
  type FieldContext,
  fieldAad,
  formatEnvelope,
  parseEnvelope,
} from '../core/crypto/field-envelope.ts';
import { unwrapDataKey, wrapDataKey } from '../core/crypto/wrapped-key.ts';
import type { DataKeyRepository, StoredDataKey } from './data-key-ports.ts';
import type { MasterKeyring } from './master-keyring.ts';
import type { Clock } from './ports.ts';

export interface FieldCipherDeps {
  readonly dataKeys: DataKeyRepository;
  readonly masters: MasterKeyring;
  readonly clock: Clock;
}

/** How long a node keeps sealing with a purpose's data key before asking which is current (after rotate-data). */
const CURRENT_KEY_TTL_MS = 60_000;

/**
 * Field-level encryption (AES-256-GCM, envelope keys): My Number, special care-required values, TOTP secrets and
 * identity documents. Each value is sealed with its purpose's current data key and bound to its table, column and
 * row; data keys are stored wrapped under a master key that never enters the database. Unwrapped data keys are kept
 * in memory, so re-wrapping them under a new master key (`mamori keys rotate`) needs no restart.
 *
 * Example: `await cipher.encrypt(myNumber, { purpose: 'my-number', table: 'employees', column: 'my_number', row })`.
 */
export class FieldCipher {
  readonly #deps: FieldCipherDeps;
  readonly #keys = new Map<string, Uint8Array>();
  readonly #current = new Map<DataKeyPurpose, Promise<{ id: string; key: Uint8Array; at: number }>>();

  constructor(deps: FieldCipherDeps) {
    this.#deps = deps;
  }

  async encrypt(value: string, context: FieldContext): Promise<string> {
    return this.#seal(new TextEncoder().encode(value), context);
  }

  async decrypt(envelope: string, context: FieldContext): Promise<string> {
    return new TextDecoder('utf-8', { fatal: true }).decode(await this.#open(envelope, context));
  }

  /** An uploaded identity document (bytes) as an `enc:v1:` text to store. */
  async encryptDocument(bytes: Uint8Array, context: FieldContext): Promise<string> {
    return this.#seal(bytes, context);
  }

  async decryptDocument(envelope: string, context: FieldContext): Promise<Uint8Array> {
    return this.#open(envelope, context);
  }

  async #seal(plaintext: Uint8Array, context: FieldContext): Promise<string> {
    const { id, key } = await this.#currentKey(context.purpose);
    return formatEnvelope({ dataKeyId: id, ...seal(key, plaintext, fieldAad(id, context)) });
  }

  async #open(text: string, context: FieldContext): Promise<Uint8Array> {
    const envelope = parseEnvelope(text);
    const key = await this.#dataKey(envelope.dataKeyId, context.purpose);
    return open(key, envelope, fieldAad(envelope.dataKeyId, context));
  }

  #currentKey(purpose: DataKeyPurpose): Promise<{ id: string; key: Uint8Array }> {
    const now = Date.now();
    const cached = this.#current.get(purpose);
    if (cached !== undefined) {
      return cached.then((c) => (now - c.at < CURRENT_KEY_TTL_MS ? c : this.#refreshCurrent(purpose, cached)));
    }
    return this.#refreshCurrent(purpose, undefined);
  }

  #refreshCurrent(purpose: DataKeyPurpose, stale: unknown): Promise<{ id: string; key: Uint8Array; at: number }> {
    // One lookup (or creation) per purpose at a time: concurrent first writes share one new data key.
    const existing = this.#current.get(purpose);
    if (existing !== undefined && existing !== stale) return existing;
    const loading = (async () => {
      const stored = (await this.#deps.dataKeys.current(purpose)) ?? (await createDataKey(this.#deps, purpose));
      return { id: stored.id, key: this.#unwrap(stored), at: Date.now() };
    })();
    this.#current.set(purpose, loading);
    loading.catch(() => this.#current.delete(purpose));
    return loading;
  }

  async #dataKey(id: string, purpose: DataKeyPurpose): Promise<Uint8Array> {
    const stored = await this.#deps.dataKeys.get(id);
    if (stored === undefined) throw new AppError('INTERNAL', `data key ${id} is not in the database`);
    if (stored.purpose !== purpose) throw new AppError('INTERNAL', `data key ${id} is not a ${purpose} key`);
    return this.#unwrap(stored);
  }

  #unwrap(stored: StoredDataKey): Uint8Array {
    const cached = this.#keys.get(stored.id);
    if (cached !== undefined) return cached;
    const master = this.#deps.masters.find(stored.masterKeyId);
    if (master === undefined) {
      const why = this.#deps.masters.isRetired(stored.masterKeyId) ? 'was retired' : 'is not configured';
      throw new AppError('INTERNAL', `master key ${stored.masterKeyId} ${why}; data key ${stored.id} cannot be used`);
    }
    const key = unwrapDataKey(master, stored.id, stored.wrappedKey);
    this.#keys.set(stored.id, key);
    return key;
  }
}

/** A fresh data key for a purpose, stored wrapped under the current master key. */
export async function createDataKey(deps: FieldCipherDeps, purpose: DataKeyPurpose): Promise<StoredDataKey> {
  deps.masters.reload?.();
  const master = deps.masters.current();
  const id = `dk-${randomBytes(9).toString('base64url')}`;
  const stored: StoredDataKey = {
    id,
    purpose,
    wrappedKey: wrapDataKey(master, id, randomBytes(KEY_BYTES)),
    masterKeyId: master.id,
    createdAt: deps.clock.now(),
  };
  await deps.dataKeys.insert(stored);
  return stored;
}
