import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { exportCsv, exportXlsx, exportYaml } from '../../ledger-export/index.ts';
import { resolveLedger } from '../resolve-ledger.ts';

const FORMATS = ['yaml', 'xlsx', 'csv'] as const;

const ExportOptionsSchema = z.object({
  ledger: z.string().min(1).optional(),
  format: z.enum(FORMATS).optional(),
  lang: z.enum(['ja', 'en']),
  out: z.string().min(1).optional(),
});

export function registerLedgerExport(ledger: Command): void {
  ledger
    .command('export')
    .description('export the ledger for auditors (xlsx, csv: one row per item x category x purpose) or as YAML')
    .option('--ledger <path>', 'ledger YAML file or folder, or a stored version (3, v3, current)')
    .option('--format <format>', 'yaml, xlsx or csv (default: from the --out extension)')
    .option('--lang <lang>', 'ja or en (headers and labels of xlsx and csv)', 'ja')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const parsed = ExportOptionsSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'invalid export options', {
          issues: parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message })),
        });
      }
      const options = parsed.data;
      const format = options.format ?? formatFromName(options.out);
      const { ledger } = await resolveLedger(options.ledger);
      const output =
        format === 'xlsx'
          ? await exportXlsx(ledger, options.lang)
          : format === 'csv'
            ? exportCsv(ledger, options.lang)
            : exportYaml(ledger);
      if (options.out) {
        writeFileSync(options.out, output);
        console.log(`wrote ${options.out} (${Buffer.byteLength(output)} bytes)`);
      } else if (format === 'xlsx' && process.stdout.isTTY) {
        throw new AppError('VALIDATION', 'an xlsx workbook is binary: give --out FILE or redirect standard output');
      } else {
        process.stdout.write(output);
      }
    });
}

function formatFromName(out: string | undefined): (typeof FORMATS)[number] {
  const ext = out ? extname(out).slice(1).toLowerCase() : '';
  const format = ext === 'yml' ? 'yaml' : FORMATS.find((f) => f === ext);
  if (format === undefined) throw new AppError('VALIDATION', 'give --format yaml, xlsx or csv');
  return format;
}
