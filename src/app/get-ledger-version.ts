import { AppError } from '../core/app-error.ts';
import type { LedgerVersion, Store } from './ports.ts';

/** A stored version by number, or the current one when no number is given. */
export async function getLedgerVersion(deps: { readonly store: Store }, number?: number): Promise<LedgerVersion> {
  const version =
    number === undefined ? await deps.store.ledgerVersions.latest() : await deps.store.ledgerVersions.get(number);
  if (!version) {
    throw new AppError(
      'NOT_FOUND',
      number === undefined ? 'no ledger has been imported yet' : `ledger version ${number} does not exist`,
    );
  }
  return version;
}
