import type { LedgerVersion, LedgerVersionRepository } from '../ports.ts';
import type { RequestDeps } from './request-deps.ts';

// Versions are append-only, so a parsed version is good for as long as it is the newest.
const parsed = new WeakMap<LedgerVersionRepository, LedgerVersion>();

/**
 * The newest ledger version, read and validated once per version: every call asks only for the newest number (an
 * index probe), so another node's import is seen at once, and the ledger is parsed again only when it changed.
 */
export async function currentLedger(deps: RequestDeps): Promise<LedgerVersion | undefined> {
  const versions = deps.store.ledgerVersions;
  const number = await versions.latestNumber();
  if (number === undefined) return undefined;
  const cached = parsed.get(versions);
  if (cached?.number === number) return cached;
  const version = await versions.get(number);
  if (version !== undefined) parsed.set(versions, version);
  return version;
}
