import type { LedgerSource } from '../core/ledger/parse-ledger.ts';

export type LedgerProposalStatus = 'pending' | 'approved' | 'rejected';

/**
 * A ledger change waiting for a second person (separation of duties): the exact sources proposed, who proposed
 * them against which version, and who decided.
 */
export interface LedgerProposal {
  readonly id: string;
  readonly status: LedgerProposalStatus;
  readonly ledgerId: string;
  readonly contentHash: string;
  readonly comment: string;
  readonly sources: readonly LedgerSource[];
  readonly proposedBy: string;
  readonly proposedAt: Date;
  /** The current version when it was proposed (undefined: the first ledger); approval needs it still current. */
  readonly baseVersion?: number;
  readonly decidedBy?: string;
  readonly decidedAt?: Date;
  readonly decisionComment?: string;
  /** The version the approval stored. */
  readonly version?: number;
}

export type LedgerProposalSummary = Omit<LedgerProposal, 'sources'>;

export interface LedgerProposalDecision {
  readonly status: 'approved' | 'rejected';
  readonly decidedBy: string;
  readonly decidedAt: Date;
  readonly decisionComment?: string;
  readonly version?: number;
}

/** Proposed ledger changes; a proposal is decided once, and the decision is never changed. */
export interface LedgerProposalRepository {
  create(proposal: LedgerProposal): Promise<void>;
  get(id: string): Promise<LedgerProposal | undefined>;
  /** Newest first. */
  list(
    filter: { readonly status?: LedgerProposalStatus },
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ items: readonly LedgerProposalSummary[]; total: number }>;
  /** Records the decision if the proposal is still pending; false when someone decided it first. */
  decide(id: string, decision: LedgerProposalDecision): Promise<boolean>;
}
