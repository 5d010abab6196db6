import type { Command } from 'commander';
import { registerEvidenceArchive } from './evidence-archive.ts';
import { registerEvidenceExport } from './evidence-export.ts';
import { registerEvidenceList } from './evidence-list.ts';
import { registerEvidencePublicKey } from './evidence-public-key.ts';
import { registerEvidenceVerify } from './evidence-verify.ts';
import { registerEvidenceVerifyExport } from './evidence-verify-export.ts';

/** The `mamori evidence` command group. */
export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('the tamper-evident evidence log (証跡)');
  registerEvidenceVerify(evidence);
  registerEvidenceList(evidence);
  registerEvidenceExport(evidence);
  registerEvidenceVerifyExport(evidence);
  registerEvidenceArchive(evidence);
  registerEvidencePublicKey(evidence);
}
