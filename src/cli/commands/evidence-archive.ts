import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { archiveEvidence } from '../../app/archive-evidence.ts';
import { exportFile, seqOption, withEvidenceStore } from '../evidence-cli.ts';

export function registerEvidenceArchive(evidence: Command): void {
  evidence
    .command('archive')
    .description('export, log and remove old entries up to a seq (operator role on PostgreSQL)')
    .requiredOption('--through <seq>', 'last entry to archive', seqOption)
    .requiredOption('--out <file>', 'where the archived range is exported first')
    .option('--actor <id>', 'who archives (an id, not an e-mail address)', defaultActor())
    .action(async (options: { through: number; out: string; actor: string }) => {
      const out = resolve(options.out);
      const summary = await withEvidenceStore(async (context) => {
        const sink = exportFile(out);
        try {
          return await archiveEvidence(context, { through: options.through, actor: options.actor, sink });
        } catch (error) {
          sink.discard();
          throw error;
        }
      });
      console.log(
        `archived entries ${summary.fromSeq}-${summary.throughSeq} (${summary.removed} removed) to ${out}\n` +
          `  sealed by the checkpoint at ${summary.sealedBy.seq}; logged as entry ${summary.archivalSeq}\n` +
          `  sha256 ${summary.exportSha256}`,
      );
    });
}

function defaultActor(): string {
  try {
    return process.env.MAMORI_AUTHOR ?? userInfo().username;
  } catch {
    return 'operator';
  }
}
