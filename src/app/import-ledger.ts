import { AppError } from '../core/app-error.ts';
import { type LedgerSource, parseLedger } from '../core/ledger/parse-ledger.ts';
import { ledgerContentHash } from './ledger-content-hash.ts';
import type { Clock, LedgerVersion, Store } from './ports.ts';

export interface ImportLedgerOptions {
  readonly sources: readonly LedgerSource[];
  readonly author: string;
  readonly comment: string;
}

export interface ImportLedgerResult {
  readonly version: LedgerVersion;
  /** False when the ledger means exactly what the current version means: no new version is stored. */
  readonly created: boolean;
}

/** Validates a ledger and stores it as the next version, keeping history. */
export async function importLedger(
  deps: { readonly store: Store; readonly clock: Clock },
  options: ImportLedgerOptions,
): Promise<ImportLedgerResult> {
  if (options.author.trim() === '')
    throw new AppError('VALIDATION', 'author is required', { issues: [{ path: 'author', message: 'required' }] });
  const parsed = parseLedger(options.sources);
  if (!parsed.ok) {
    throw new AppError('UNPROCESSABLE', `the ledger has ${parsed.issues.length} problem(s)`, { issues: parsed.issues });
  }
  const contentHash = ledgerContentHash(parsed.ledger);
  const latest = await deps.store.ledgerVersions.latest();
  if (latest && latest.contentHash === contentHash) return { version: latest, created: false };
  const version = await deps.store.ledgerVersions.append({
    ledgerId: parsed.ledger.ledger.id,
    contentHash,
    author: options.author,
    comment: options.comment,
    source: joinSources(options.sources),
    ledger: parsed.ledger,
    createdAt: deps.clock.now(),
  });
  return { version, created: true };
}

/** One text for the record of exactly what was imported; a folder's files are marked by name. */
function joinSources(sources: readonly LedgerSource[]): string {
  if (sources.length === 1) return sources[0]?.text ?? '';
  return sources.map((source) => `# === file: ${source.file} ===\n${source.text}`).join('\n');
}
