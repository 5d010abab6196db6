import type { Command } from 'commander';
import { loadEvidenceKey } from '../../app/evidence-key.ts';

export function registerEvidencePublicKey(evidence: Command): void {
  evidence
    .command('public-key')
    .description('print the public key that verifies checkpoints (publish it) and its key id')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      // The key is created here on first use, like on the server's first start, so it can be published early.
      const key = loadEvidenceKey(process.env, process.env.MAMORI_DATA?.trim() || './data');
      const { keyId, pem } = key.keys.current;
      if (options.json) console.log(JSON.stringify({ algorithm: 'Ed25519', keyId, publicKey: pem }, null, 2));
      else process.stdout.write(`# key id ${keyId} (sha256 of the DER public key)\n${pem}`);
    });
}
