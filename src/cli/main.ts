import { Command, CommanderError } from 'commander';
import { AppError } from '../core/app-error.ts';
import { registerDemoGenerate } from './commands/demo-generate.ts';
import { registerEvidenceCommands } from './commands/evidence-commands.ts';
import { registerIncidentCommands } from './commands/incident-commands.ts';
import { registerKeysCommands } from './commands/keys-commands.ts';
import { registerLedgerDiff } from './commands/ledger-diff.ts';
import { registerLedgerExport } from './commands/ledger-export.ts';
import { registerLedgerImport } from './commands/ledger-import.ts';
import { registerLedgerSchema } from './commands/ledger-schema.ts';
import { registerLedgerValidate } from './commands/ledger-validate.ts';
import { registerLedgerVersions } from './commands/ledger-versions.ts';
import { registerNotice } from './commands/notice.ts';
import { registerRetentionCommands } from './commands/retention-commands.ts';
import { registerUserCommands } from './commands/user-commands.ts';
import { EXIT_CODE } from './exit-code.ts';
import { formatIssues } from './format-issues.ts';

const program = new Command('mamori')
  .description('Mamori (守り): the ledger, notice, evidence and requests behind a privacy policy')
  .showHelpAfterError()
  .exitOverride();

const ledger = program.command('ledger').description('the personal information ledger (個人情報管理台帳)');
registerLedgerValidate(ledger);
registerLedgerSchema(ledger);
registerLedgerImport(ledger);
registerLedgerVersions(ledger);
registerLedgerDiff(ledger);
registerLedgerExport(ledger);
registerNotice(program);
registerEvidenceCommands(program);
registerDemoGenerate(program);
registerUserCommands(program);
registerKeysCommands(program);
registerIncidentCommands(program);
registerRetentionCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitFor(error);
}

function exitFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 64;
  if (error instanceof AppError) {
    if (error.issues.length > 0) console.error(formatIssues(error.issues));
    console.error(`error: ${error.message}`);
    return EXIT_CODE[error.code];
  }
  // Unknown failures: a short message; the stack only when asked for, never personal data.
  console.error(`error: unexpected failure (${error instanceof Error ? error.name : 'unknown'})`);
  if (process.env.MAMORI_DEBUG) console.error(error);
  return EXIT_CODE.INTERNAL;
}
