import type { Command } from 'commander';
import type { FieldCipherDeps } from '../../app/field-cipher.ts';
import { loadMasterKeyring } from '../../app/master-keyring.ts';
import { retireMasterKey } from '../../app/retire-master-key.ts';
import { rotateDataKey } from '../../app/rotate-data-key.ts';
import { rotateMasterKey } from '../../app/rotate-master-key.ts';
import { systemClock } from '../../app/system-clock.ts';
import { AppError } from '../../core/app-error.ts';
import { DATA_KEY_PURPOSES, type DataKeyPurpose } from '../../core/crypto/field-envelope.ts';
import { collect } from '../auth-cli.ts';
import { withCliStore } from '../cli-store.ts';

/** `mamori keys`: master keys (outside the database) and the data keys they wrap, rotated without downtime. */
export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('field encryption keys: master keys and wrapped data keys');
  keys
    .command('list')
    .description('master keys (ids only) and data keys with the master key wrapping each')
    .action(() =>
      withKeys(async (deps) => {
        console.log(`master keys from ${deps.masters.source}; current ${deps.masters.current().id}`);
        for (const k of await deps.dataKeys.list()) {
          const retired = k.retiredAt === undefined ? 'current' : `retired ${k.retiredAt.toISOString()}`;
          console.log(`${k.id}  ${k.purpose}  wrapped by ${k.masterKeyId}  ${k.createdAt.toISOString()}  ${retired}`);
        }
      }),
    );
  keys
    .command('rotate')
    .description('add a master key, make it current and re-wrap every data key under it (one transaction)')
    .action(() =>
      withKeys(async (deps) => {
        const r = await rotateMasterKey(deps);
        console.log(
          `${r.added ? 'added' : 'using'} master key ${r.masterKeyId}; re-wrapped ${r.rewrapped} of ${r.total} data keys`,
        );
        if (r.previous !== r.masterKeyId) {
          console.log(`${r.previous} stays in the key file until: mamori keys retire-master ${r.previous}`);
        }
      }),
    );
  keys
    .command('rotate-data')
    .description('start new data keys for new writes; old ones still decrypt what they sealed')
    .option('--purpose <purpose>', `one of ${DATA_KEY_PURPOSES.join(', ')} (repeatable; default: all)`, collect, [])
    .action((o: { purpose: string[] }) =>
      withKeys(async (deps) => {
        const { created, retired } = await rotateDataKey(deps, purposes(o.purpose));
        for (const k of created) console.log(`new data key ${k.id} for ${k.purpose}`);
        console.log(`${retired} data key(s) retired for new writes`);
      }),
    );
  keys
    .command('retire-master')
    .description('delete an old master key from the key file once nothing is wrapped under it')
    .argument('<id>', 'master key id (see mamori keys list)')
    .action((id: string) =>
      withKeys(async (deps) => {
        await retireMasterKey(deps, id);
        console.log(`master key ${id} retired and deleted from ${deps.masters.source}`);
      }),
    );
}

function withKeys(work: (deps: FieldCipherDeps) => Promise<void>): Promise<void> {
  const dataDir = process.env.MAMORI_DATA?.trim() || './data';
  const masters = loadMasterKeyring(process.env, dataDir, { create: true, now: systemClock.now() });
  return withCliStore((store) => work({ dataKeys: store.dataKeys, masters, clock: systemClock }));
}

function purposes(values: readonly string[]): DataKeyPurpose[] {
  if (values.length === 0) return [...DATA_KEY_PURPOSES];
  return values.map((v) => {
    const purpose = DATA_KEY_PURPOSES.find((p) => p === v);
    if (purpose === undefined)
      throw new AppError('VALIDATION', `--purpose must be one of ${DATA_KEY_PURPOSES.join(', ')}`);
    return purpose;
  });
}
