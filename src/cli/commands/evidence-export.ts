import { resolve } from 'node:path';
import type { Command } from 'commander';
import { exportEvidence } from '../../app/export-evidence.ts';
import { exportFile, seqOption, withEvidenceStore } from '../evidence-cli.ts';

export function registerEvidenceExport(evidence: Command): void {
  evidence
    .command('export')
    .description('write a range with its signed checkpoint and public key as JSON lines, verifiable offline')
    .option('--from <seq>', 'first entry (default: the first stored)', seqOption)
    .option('--to <seq>', 'last entry (default: the newest); extended to the checkpoint that seals it', seqOption)
    .requiredOption('--out <file>', 'where to write the export')
    .action(async (options: { from?: number; to?: number; out: string }) => {
      const out = resolve(options.out);
      const summary = await withEvidenceStore(async (context) => {
        const sink = exportFile(out);
        try {
          return await exportEvidence(context, { from: options.from, to: options.to, sink });
        } catch (error) {
          sink.discard();
          throw error;
        }
      });
      console.log(
        `exported entries ${summary.from}-${summary.to} (${summary.entries} entries, sealed by the checkpoint at ` +
          `${summary.sealedBy.seq}) to ${out}\n  sha256 ${summary.sha256}\n  key id ${summary.keyId}`,
      );
    });
}
