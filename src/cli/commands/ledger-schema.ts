import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ledgerJsonSchema } from '../../core/ledger/ledger-json-schema.ts';

export function registerLedgerSchema(ledger: Command): void {
  ledger
    .command('schema')
    .description('print the JSON Schema of the ledger YAML format (generated from the validating schema)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((options: { out?: string }) => {
      const text = `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`;
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    });
}
