import { AppError } from '../core/app-error.ts';
import { requireSecondPerson } from '../core/auth/second-person.ts';
import { importLedger } from './import-ledger.ts';
import type { LedgerProposal } from './ledger-proposal-ports.ts';
import type { Clock, LedgerVersion, Store } from './ports.ts';

type Deps = { readonly store: Store; readonly clock: Clock };

export interface DecideLedgerProposalOptions {
  readonly id: string;
  readonly by: string;
  readonly comment?: string;
}

/**
 * A second person approves a proposal: the proposed sources are imported as the next version with the proposer
 * as author, and the approver and the version are recorded on the proposal. Nobody approves their own proposal
 * (409), and a proposal made against an older version must be proposed again (409).
 */
export async function approveLedgerProposal(
  deps: Deps,
  options: DecideLedgerProposalOptions,
): Promise<{ proposal: LedgerProposal; version: LedgerVersion }> {
  const proposal = await pendingProposal(deps.store, options.id);
  requireSecondPerson(proposal.proposedBy, options.by, `ledger proposal ${proposal.id}`);
  const current = await deps.store.ledgerVersions.latestNumber();
  if (current !== proposal.baseVersion) {
    throw new AppError(
      'CONFLICT',
      `the ledger changed since this proposal (proposed against ${describe(proposal.baseVersion)}, now ` +
        `${describe(current)}): reject it and propose the change again on the current version`,
    );
  }
  const { version } = await importLedger(deps, {
    sources: proposal.sources,
    author: proposal.proposedBy,
    comment: proposal.comment,
  });
  await decide(deps.store, proposal.id, {
    status: 'approved',
    decidedBy: options.by,
    decidedAt: deps.clock.now(),
    version: version.number,
    ...(options.comment ? { decisionComment: options.comment } : {}),
  });
  return { proposal: (await deps.store.ledgerProposals.get(proposal.id)) as LedgerProposal, version };
}

/** Rejects (or, by its proposer, withdraws) a pending proposal; the reason is kept. */
export async function rejectLedgerProposal(
  deps: Deps,
  options: DecideLedgerProposalOptions,
): Promise<{ proposal: LedgerProposal }> {
  const proposal = await pendingProposal(deps.store, options.id);
  await decide(deps.store, proposal.id, {
    status: 'rejected',
    decidedBy: options.by,
    decidedAt: deps.clock.now(),
    ...(options.comment ? { decisionComment: options.comment } : {}),
  });
  return { proposal: (await deps.store.ledgerProposals.get(proposal.id)) as LedgerProposal };
}

async function pendingProposal(store: Store, id: string): Promise<LedgerProposal> {
  const proposal = await store.ledgerProposals.get(id);
  if (!proposal) throw new AppError('NOT_FOUND', `ledger proposal ${id} does not exist`);
  if (proposal.status !== 'pending') {
    throw new AppError('CONFLICT', `ledger proposal ${id} is already ${proposal.status}`);
  }
  return proposal;
}

async function decide(
  store: Store,
  id: string,
  decision: Parameters<Store['ledgerProposals']['decide']>[1],
): Promise<void> {
  if (!(await store.ledgerProposals.decide(id, decision))) {
    throw new AppError('CONFLICT', `ledger proposal ${id} was decided by someone else meanwhile`);
  }
}

function describe(version: number | undefined): string {
  return version === undefined ? 'no ledger' : `version ${version}`;
}
