import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { DisposalAction } from './disposal-schedule.ts';
import type { HoldScope } from './legal-hold.ts';

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

/** SHA-256 (hex) of the certificate's canonical JSON: the evidence entry carries it, the PDF prints it. */
export function certificateSha256(certificate: DisposalCertificate): string {
  return createHash('sha256').update(canonicalJson(certificate)).digest('hex');
}

/** Extends a key digest with one batch's keys (the chain starts from 64 zeros). */
export function chainKeys(previous: string, batchSha256: string): string {
  return createHash('sha256').update(`${previous}${batchSha256}`).digest('hex');
}

export function keysSha256(keys: readonly unknown[]): string {
  return createHash('sha256').update(canonicalJson(keys)).digest('hex');
}

export const EMPTY_DIGEST = '0'.repeat(64);

/** The evidence entry's payload: ids, counts and digests, never personal data. */
export function certificateEvidence(certificate: DisposalCertificate, pdfSha256: string): Record<string, unknown> {
  return {
    event: 'disposal-certificate',
    certificate: certificate.id,
    kind: certificate.kind,
    ...(certificate.jobId ? { job: certificate.jobId } : {}),
    status: certificate.status,
    asOf: certificate.asOf,
    totals: certificate.totals,
    verified: certificate.verification.ok,
    targets: certificate.targets.map((t) => ({
      target: t.target,
      rule: t.rule,
      action: t.action,
      disposed: t.disposed,
      remaining: t.remaining,
    })),
    ...(certificate.contractor
      ? {
          contractor: certificate.contractor.contractor,
          rule: certificate.contractor.rule,
          rows: certificate.contractor.rows,
          documentSha256: certificate.contractor.document.sha256,
        }
      : {}),
    certificateSha256: certificateSha256(certificate),
    pdfSha256,
  };
}
