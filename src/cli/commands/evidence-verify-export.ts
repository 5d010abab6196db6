import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { readPublicKeyFile } from '../../app/evidence-key.ts';
import { verifyExport } from '../../app/verify-export.ts';
import { AppError } from '../../core/app-error.ts';

export function registerEvidenceVerifyExport(evidence: Command): void {
  evidence
    .command('verify-export')
    .description('verify an evidence export file offline, without any database')
    .argument('<file>', 'a file written by `mamori evidence export` or `archive`')
    .option('--public-key <pem>', 'the published public key to check the file against (recommended)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { publicKey?: string; json?: boolean }) => {
      if (!existsSync(file)) throw new AppError('NOT_FOUND', `no such file: ${file}`);
      const publicKey = options.publicKey === undefined ? undefined : readPublicKeyFile(options.publicKey);
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      const result = await verifyExport(lines, { publicKey });
      lines.close();
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else if (result.ok) {
        console.log(
          `ok: entries ${result.from}-${result.to} (${result.entries}) and ${result.checkpoints} checkpoint(s) verify; ` +
            `key id ${result.keyId}`,
        );
        if (!result.keyChecked) {
          console.log('  note: checked against the key inside the file; pass --public-key with the published key');
        }
      }
      if (result.problem !== undefined) {
        const where = result.problem.seq === undefined ? '' : ` at entry ${result.problem.seq}`;
        throw new AppError(
          'UNPROCESSABLE',
          `export verification FAILED${where} (${result.problem.kind}): ${result.problem.message}`,
        );
      }
    });
}
