import { randomUUID } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import { type LedgerSource, parseLedger } from '../core/ledger/parse-ledger.ts';
import { ledgerContentHash } from './ledger-content-hash.ts';
import type { LedgerProposal } from './ledger-proposal-ports.ts';
import type { Clock, LedgerVersion, Store } from './ports.ts';

export interface ProposeLedgerChangeOptions {
  readonly sources: readonly LedgerSource[];
  readonly comment: string;
  readonly proposedBy: string;
}

export type ProposeLedgerChangeResult =
  | { readonly kind: 'proposed'; readonly proposal: LedgerProposal }
  /** The ledger already means exactly this: nothing to approve. */
  | { readonly kind: 'unchanged'; readonly version: LedgerVersion };

/**
 * Validates a ledger and keeps it as a proposal for a second person to approve (separation of duties); nothing
 * downstream sees it until approved. (Over HTTP the access log records the proposal as a ledger-version event.)
 */
export async function proposeLedgerChange(
  deps: { readonly store: Store; readonly clock: Clock },
  options: ProposeLedgerChangeOptions,
): Promise<ProposeLedgerChangeResult> {
  const parsed = parseLedger(options.sources);
  if (!parsed.ok) {
    throw new AppError('UNPROCESSABLE', `the ledger has ${parsed.issues.length} problem(s)`, { issues: parsed.issues });
  }
  const contentHash = ledgerContentHash(parsed.ledger);
  const latest = await deps.store.ledgerVersions.latest();
  if (latest && latest.contentHash === contentHash) return { kind: 'unchanged', version: latest };
  const proposal: LedgerProposal = {
    id: randomUUID(),
    status: 'pending',
    ledgerId: parsed.ledger.ledger.id,
    contentHash,
    comment: options.comment,
    sources: options.sources.map((s) => ({ file: s.file, text: s.text })),
    proposedBy: options.proposedBy,
    proposedAt: deps.clock.now(),
    ...(latest ? { baseVersion: latest.number } : {}),
  };
  await deps.store.ledgerProposals.create(proposal);
  return { kind: 'proposed', proposal };
}
