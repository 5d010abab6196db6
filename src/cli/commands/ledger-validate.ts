import type { Command } from 'commander';
import { AppError } from '../../core/app-error.ts';
import { parseLedger } from '../../core/ledger/parse-ledger.ts';
import { readLedgerSources } from '../ledger-files.ts';

export function registerLedgerValidate(ledger: Command): void {
  ledger
    .command('validate')
    .description('check a ledger (YAML file or folder) and report every problem with file, line, field and reason')
    .argument('<path>', 'ledger YAML file or folder')
    .option('--json', 'print the problems as JSON')
    .action((path: string, options: { json?: boolean }) => {
      const result = parseLedger(readLedgerSources(path));
      if (!result.ok) {
        if (options.json) console.log(JSON.stringify({ ok: false, issues: result.issues }, null, 2));
        throw new AppError('VALIDATION', `${result.issues.length} problem(s) in ${path}`, {
          issues: options.json ? [] : result.issues,
        });
      }
      const l = result.ledger;
      const summary = `${l.operators.length} operators, ${l.subjectCategories.length} subject categories, ${l.dataItems.length} items, ${l.purposes.length} purposes, ${l.systems.length} systems, ${l.recipients.length} recipients, ${l.jointUses.length} joint uses, ${l.contractors.length} contractors`;
      if (options.json) console.log(JSON.stringify({ ok: true, summary }, null, 2));
      else console.log(`ok: ${path} (${summary})`);
    });
}
