// The retention API's answers as JSON (src/http/routes/retention-routes.ts, retention-hold-routes.ts). Domain
// types come type-only from src/core; dates arrive as ISO strings. The certificate is written out here because
// src/core/retention/disposal-certificate.ts also hashes (node:crypto), which the browser's type check cannot load.
import type { DisposalAction, ScheduleNote } from '../../../../src/core/retention/disposal-schedule.ts';
import type { HoldScope, LegalHold } from '../../../../src/core/retention/legal-hold.ts';

export type { DisposalAction, HoldScope };

/**
 * GET /api/v1/retention/plan (app/retention/plan-disposal.ts `DisposalPlan`): written out because src/app pulls
 * Node modules into the browser's type check; its parts from src/core are imported above.
 */
export interface PlannedTarget {
  readonly target: string;
  readonly table: string;
  readonly action: DisposalAction;
  readonly rule: string;
  readonly rules: readonly string[];
  readonly items: readonly string[];
  readonly due: number;
  readonly held: number;
}

export interface PlannedSystem {
  readonly system: string;
  readonly heldBy: readonly string[];
  readonly targets: readonly PlannedTarget[];
  readonly notes: readonly ScheduleNote[];
}

export interface DisposalPlan {
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly systems: readonly PlannedSystem[];
  readonly unconnected: readonly string[];
  readonly holds: readonly { readonly id: string; readonly scope: HoldScope; readonly rows: number }[];
  readonly totals: { readonly due: number; readonly held: number };
}

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
export type TargetState = 'pending' | 'done' | 'held' | 'contractor' | 'cancelled';

/** GET /api/v1/retention/runs/{id} (app/retention/job-view.ts). */
export interface JobView {
  readonly id: string;
  readonly status: JobStatus;
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly systems: readonly string[];
  readonly cancelRequested: boolean;
  readonly attempts: number;
  readonly error?: string;
  readonly certificateId?: string;
  readonly runningOn?: string;
  readonly leaseUntil?: string;
  readonly totals: { readonly planned: number; readonly disposed: number; readonly percent: number };
  readonly targets: readonly {
    readonly target: string;
    readonly system: string;
    readonly table: string;
    readonly action: DisposalAction;
    readonly rule: string;
    readonly planned: number;
    readonly held: number;
    readonly disposed: number;
    readonly batches: number;
    readonly state: TargetState;
  }[];
}

export interface CertifiedTarget {
  readonly target: string;
  readonly system: string;
  readonly table: string;
  readonly action: DisposalAction;
  readonly rule: string;
  readonly rules: readonly string[];
  readonly items: readonly string[];
  readonly planned: number;
  readonly disposed: number;
  readonly held: number;
  readonly status: 'done' | 'held' | 'cancelled' | 'contractor';
  readonly remaining: number;
  readonly keysSha256: string;
}

/** GET /api/v1/retention/certificates/{id}: the certificate body (core DisposalCertificate) with its digests. */
export interface Certificate {
  readonly id: string;
  readonly kind: 'run' | 'contractor';
  readonly jobId?: string;
  readonly status: 'completed' | 'cancelled' | 'recorded';
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly requestedBy: string;
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
  readonly verification: {
    readonly ok: boolean;
    readonly method: 're-query' | 'contractor-certificate';
    readonly checkedAt: string;
  };
  readonly contractor?: {
    readonly contractor: string;
    readonly system?: string;
    readonly rule: string;
    readonly rows: number;
    readonly disposedOn: string;
    readonly method: string;
    readonly document: { readonly id: string; readonly fileName: string; readonly sha256: string };
  };
  readonly bodySha256: string;
  readonly pdfSha256: string;
  /** The `disposal` evidence entry recording the certificate (single certificate only). */
  readonly evidence?: { readonly seq: number; readonly hash: string; readonly at: string };
}

/** A legal hold as the API shows it (never the identity a person hold finds them by). */
export type Hold = Omit<LegalHold, 'placedAt' | 'released'> & {
  readonly placedAt: string;
  readonly released?: { readonly by: string; readonly at: string; readonly reason: string };
};

export interface Items<T> {
  readonly items: readonly T[];
}
