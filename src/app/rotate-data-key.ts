import { DATA_KEY_PURPOSES, type DataKeyPurpose } from '../core/crypto/field-envelope.ts';
import type { StoredDataKey } from './data-key-ports.ts';
import { createDataKey, type FieldCipherDeps } from './field-cipher.ts';

/**
 * Starts a new data key for new writes of each purpose (all by default); the old ones are marked retired and still
 * decrypt what they sealed. Running servers switch within a minute (FieldCipher asks which key is current).
 */
export async function rotateDataKey(
  deps: FieldCipherDeps,
  purposes: readonly DataKeyPurpose[] = DATA_KEY_PURPOSES,
): Promise<{ created: StoredDataKey[]; retired: number }> {
  const created: StoredDataKey[] = [];
  let retired = 0;
  for (const purpose of purposes) {
    retired += await deps.dataKeys.retire(purpose, deps.clock.now());
    created.push(await createDataKey(deps, purpose));
  }
  return { created, retired };
}
