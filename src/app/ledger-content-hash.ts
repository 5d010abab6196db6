import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.ts';
import type { Ledger } from '../core/ledger/ledger.ts';

/** SHA-256 of the ledger's canonical JSON: same meaning, same hash, whatever the YAML layout. */
export function ledgerContentHash(ledger: Ledger): string {
  return createHash('sha256').update(canonicalJson(ledger)).digest('hex');
}
