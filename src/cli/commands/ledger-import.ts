import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { importLedger } from '../../app/import-ledger.ts';
import { systemClock } from '../../app/system-clock.ts';
import { withCliStore } from '../cli-store.ts';
import { readLedgerSources } from '../ledger-files.ts';

export function registerLedgerImport(ledger: Command): void {
  ledger
    .command('import')
    .description('validate a ledger and store it as a new version (who, when, why), keeping history')
    .argument('<path>', 'ledger YAML file or folder')
    .requiredOption('-m, --comment <text>', 'why the ledger changes (kept with the version)')
    .option('--author <name>', 'who makes the change', defaultAuthor())
    .action(async (path: string, options: { comment: string; author: string }) => {
      const sources = readLedgerSources(path);
      const result = await withCliStore((store) =>
        importLedger({ store, clock: systemClock }, { sources, author: options.author, comment: options.comment }),
      );
      const v = result.version;
      console.log(
        result.created
          ? `stored version ${v.number} of ${v.ledgerId} (${v.contentHash.slice(0, 12)})`
          : `unchanged: version ${v.number} already means the same (${v.contentHash.slice(0, 12)})`,
      );
    });
}

function defaultAuthor(): string {
  try {
    return process.env.MAMORI_AUTHOR ?? userInfo().username;
  } catch {
    return 'unknown';
  }
}
