import { AppError } from '../core/app-error.ts';
import type { DataKeyRepository } from './data-key-ports.ts';
import { removeMasterKey } from './master-key-file.ts';
import type { MasterKeyring } from './master-keyring.ts';

/**
 * Deletes an old master key from the key file once no data key is wrapped under it (after `mamori keys rotate`).
 * From then on anything still naming it (an old backup of `data_keys`) is refused.
 */
export async function retireMasterKey(
  deps: { readonly dataKeys: DataKeyRepository; readonly masters: MasterKeyring },
  id: string,
): Promise<void> {
  const file = deps.masters.file;
  if (file === undefined) {
    throw new AppError('CONFLICT', `master keys come from ${deps.masters.source}: remove ${id} there`);
  }
  if (deps.masters.current().id === id) throw new AppError('CONFLICT', `${id} is the current master key; rotate first`);
  const still = (await deps.dataKeys.list()).filter((k) => k.masterKeyId === id).length;
  if (still > 0) {
    throw new AppError('CONFLICT', `${still} data key(s) are still wrapped under ${id}; run mamori keys rotate first`);
  }
  removeMasterKey(file, id);
}
