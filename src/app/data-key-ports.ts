import type { DataKeyPurpose } from '../core/crypto/field-envelope.ts';

/** A data-encryption key as stored: only wrapped under a master key, never in the clear. */
export interface StoredDataKey {
  readonly id: string;
  readonly purpose: DataKeyPurpose;
  /** `wk:v1:...` (core/crypto/wrapped-key.ts). */
  readonly wrappedKey: string;
  readonly masterKeyId: string;
  readonly createdAt: Date;
  /** Set when a newer key took over new writes; still decrypts what it sealed. */
  readonly retiredAt?: Date;
}

/** A data key moved under another master key; `fromMasterKeyId` guards against a concurrent rotation. */
export interface DataKeyRewrap {
  readonly id: string;
  readonly fromMasterKeyId: string;
  readonly masterKeyId: string;
  readonly wrappedKey: string;
}

/** The `data_keys` table: wrapped data keys per purpose (field encryption). */
export interface DataKeyRepository {
  insert(key: StoredDataKey): Promise<void>;
  get(id: string): Promise<StoredDataKey | undefined>;
  /** The newest unretired key of a purpose: the one new values are sealed with. */
  current(purpose: DataKeyPurpose): Promise<StoredDataKey | undefined>;
  list(): Promise<readonly StoredDataKey[]>;
  /** Marks every unretired key of the purpose retired; returns how many. */
  retire(purpose: DataKeyPurpose, at: Date): Promise<number>;
  /** Replaces wrappings in one transaction; CONFLICT (and nothing changed) when a row was re-wrapped meanwhile. */
  rewrap(changes: readonly DataKeyRewrap[]): Promise<void>;
}
