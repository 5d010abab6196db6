import type { Command } from 'commander';
import { verifyAndRecordEvidence } from '../../app/verification-runs.ts';
import { AppError } from '../../core/app-error.ts';
import { seqOption, withEvidenceStore } from '../evidence-cli.ts';

export function registerEvidenceVerify(evidence: Command): void {
  evidence
    .command('verify')
    .description('check the hash chain and signed checkpoints; names the first bad entry')
    .option('--from <seq>', 'first entry to check (default: the first stored)', seqOption)
    .option('--to <seq>', 'last entry to check (default: the newest)', seqOption)
    .option('--public-key <pem...>', 'also trust these published public keys (e.g. on a machine without the key)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { from?: number; to?: number; json?: boolean; publicKey?: string[] }) => {
      const result = await withEvidenceStore(
        (context) => verifyAndRecordEvidence(context, { from: options.from, to: options.to }, 'cli'),
        { mode: 'verify', publicKeys: options.publicKey },
      );
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else if (result.ok) {
        console.log(
          `ok: entries ${result.from}-${result.to} verified (${result.entries} entries, anchored at ${result.anchor}); ` +
            `${result.checkpoints} signed checkpoint(s), sealed through ${result.sealedThrough}` +
            (result.unsealed > 0 ? `; ${result.unsealed} newer entries not yet sealed` : ''),
        );
      }
      if (result.problem !== undefined) {
        const where = result.problem.seq === undefined ? '' : ` at entry ${result.problem.seq}`;
        throw new AppError(
          'UNPROCESSABLE',
          `evidence verification FAILED${where} (${result.problem.kind}): ${result.problem.message}`,
        );
      }
    });
}
