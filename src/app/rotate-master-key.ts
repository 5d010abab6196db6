import type { FieldCipherDeps } from './field-cipher.ts';
import { addMasterKey } from './master-key-file.ts';
import { rewrapDataKeys } from './rewrap-data-keys.ts';

/**
 * `mamori keys rotate`: a new master key in the key file becomes current and every data key is re-wrapped under it
 * in one transaction; the previous master keys stay in the file until `mamori keys retire-master`. With keys from
 * MAMORI_MASTER_KEY the operator puts the new key first there and this re-wraps under it.
 */
export async function rotateMasterKey(
  deps: FieldCipherDeps,
): Promise<{ masterKeyId: string; previous: string; added: boolean; rewrapped: number; total: number }> {
  const previous = deps.masters.current().id;
  const file = deps.masters.file;
  if (file !== undefined) {
    addMasterKey(file, deps.clock.now());
    deps.masters.reload?.();
  }
  const result = await rewrapDataKeys(deps);
  return { ...result, previous, added: file !== undefined };
}
