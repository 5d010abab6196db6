import { existsSync } from 'node:fs';
import { getLedgerVersion } from '../app/get-ledger-version.ts';
import { AppError } from '../core/app-error.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import { parseLedger } from '../core/ledger/parse-ledger.ts';
import { withCliStore } from './cli-store.ts';
import { readLedgerSources } from './ledger-files.ts';

/**
 * A ledger named on the command line: a YAML file or folder when the path exists, else a stored version
 * ("3", "v3") or "current" (also when nothing is given).
 */
export async function resolveLedger(reference: string | undefined): Promise<{ ledger: Ledger; label: string }> {
  if (reference !== undefined && existsSync(reference)) {
    const parsed = parseLedger(readLedgerSources(reference));
    if (!parsed.ok) throw new AppError('VALIDATION', `${reference} is not a valid ledger`, { issues: parsed.issues });
    return { ledger: parsed.ledger, label: reference };
  }
  const number = versionNumber(reference);
  return withCliStore(async (store) => {
    const version = await getLedgerVersion({ store }, number);
    return { ledger: version.ledger, label: `version ${version.number}` };
  });
}

export function versionNumber(reference: string | undefined): number | undefined {
  if (reference === undefined || reference === 'current') return undefined;
  const match = /^v?(\d+)$/.exec(reference);
  if (!match)
    throw new AppError('NOT_FOUND', `"${reference}" is neither a ledger path nor a version number (e.g. 3 or v3)`);
  return Number(match[1]);
}
