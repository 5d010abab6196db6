import { AppError } from '../core/app-error.ts';
import { unwrapDataKey, wrapDataKey } from '../core/crypto/wrapped-key.ts';
import type { DataKeyRepository } from './data-key-ports.ts';
import type { MasterKeyring } from './master-keyring.ts';

/**
 * Re-wraps every data key not yet under the current master key, in one transaction. Field values are untouched
 * (they name the data key, not the master key), and running servers keep their unwrapped data keys: no downtime.
 */
export async function rewrapDataKeys(deps: {
  readonly dataKeys: DataKeyRepository;
  readonly masters: MasterKeyring;
}): Promise<{ masterKeyId: string; rewrapped: number; total: number }> {
  const current = deps.masters.current();
  const keys = await deps.dataKeys.list();
  const changes = keys
    .filter((k) => k.masterKeyId !== current.id)
    .map((k) => {
      const master = deps.masters.find(k.masterKeyId);
      if (master === undefined) {
        throw new AppError('CONFLICT', `data key ${k.id} is wrapped under ${k.masterKeyId}, which is not available`);
      }
      const plain = unwrapDataKey(master, k.id, k.wrappedKey);
      return {
        id: k.id,
        fromMasterKeyId: k.masterKeyId,
        masterKeyId: current.id,
        wrappedKey: wrapDataKey(current, k.id, plain),
      };
    });
  await deps.dataKeys.rewrap(changes);
  return { masterKeyId: current.id, rewrapped: changes.length, total: keys.length };
}
