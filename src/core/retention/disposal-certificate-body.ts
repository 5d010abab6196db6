import type { DisposalAction } from './disposal-schedule.ts';
import type { HoldScope } from './legal-hold.ts';

// The certificate's shape on its own (no hashing, no Node modules), so the console can import it type-only.

/** One target of a run as certified: what was due, what was disposed, and what a re-query found left. */
export interface CertifiedTarget {
  readonly target: string;
  readonly system: string;
  readonly table: string;
  readonly action: DisposalAction;
  readonly rule: string;
  readonly rules: readonly string[];
  readonly items: readonly string[];
  /** Due rows counted when the run started (holds applied). */
  readonly planned: number;
  readonly disposed: number;
  /** Due rows a legal hold kept when the run started. */
  readonly held: number;
  /** `done`; `held` (a hold on the whole system stopped it); `cancelled`; `contractor` (recorded separately). */
  readonly status: 'done' | 'held' | 'cancelled' | 'contractor';
  /** Rows still matching the disposal condition when re-queried after the run (must be 0 for a done target). */
  readonly remaining: number;
  /** SHA-256 chain over the keys of every batch, in order: lets whoever holds a key list check it. */
  readonly keysSha256: string;
}

/** The contractor's own disposal, recorded with their certificate attached. */
export interface ContractorDisposal {
  readonly contractor: string;
  readonly system?: string;
  readonly rule: string;
  readonly rows: number;
  /** YYYY-MM-DD, as the contractor's certificate states. */
  readonly disposedOn: string;
  readonly method: string;
  readonly document: { readonly id: string; readonly fileName: string; readonly sha256: string };
}

/** 廃棄証明書: what was disposed, how many, under which rule, when, by whom, and the verification result. */
export interface DisposalCertificate {
  readonly id: string;
  readonly kind: 'run' | 'contractor';
  readonly jobId?: string;
  readonly status: 'completed' | 'cancelled' | 'recorded';
  /** The Japanese calendar day the schedule was computed for. */
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly requestedBy: string;
  /** The process that executed the run (host and process), or the recorder of a contractor's disposal. */
  readonly executedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly targets: readonly CertifiedTarget[];
  readonly holds: readonly { readonly id: string; readonly scope: HoldScope; readonly rows: number }[];
  readonly totals: {
    readonly planned: number;
    readonly disposed: number;
    readonly held: number;
    readonly remaining: number;
  };
  /** `re-query`: Mamori re-ran every disposal condition; `contractor-certificate`: the contractor's own certificate is attached. */
  readonly verification: {
    readonly ok: boolean;
    readonly method: 're-query' | 'contractor-certificate';
    readonly checkedAt: string;
  };
  readonly contractor?: ContractorDisposal;
}
