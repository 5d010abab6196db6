import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from '../core/app-error.ts';
import type { LedgerSource } from '../core/ledger/parse-ledger.ts';

/** Reads a ledger from one YAML file or a folder of them (sorted, recursively), naming files relative to cwd. */
export function readLedgerSources(path: string): LedgerSource[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new AppError('NOT_FOUND', `ledger path not found: ${path}`);
  }
  if (stat.isFile()) return [{ file: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }];
  const files = listYaml(path).sort();
  if (files.length === 0) throw new AppError('VALIDATION', `no .yaml or .yml files in ${path}`);
  return files.map((file) => ({ file: relative(process.cwd(), file) || file, text: readFileSync(file, 'utf8') }));
}

function listYaml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listYaml(path);
    // Dataset annotations (*.annotations.yaml) sit beside the ledger but are not part of it.
    const ledgerFile = /\.ya?ml$/.test(entry.name) && !/\.annotations\.ya?ml$/.test(entry.name);
    return ledgerFile && !entry.name.startsWith('.') ? [path] : [];
  });
}
