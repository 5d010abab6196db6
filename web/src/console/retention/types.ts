// The retention API's answers as JSON (src/http/routes/retention-routes.ts, retention-hold-routes.ts). Domain
// types come type-only from src/core (the certificate from its Node-free body file); dates arrive as ISO strings.
import type { CertifiedTarget, DisposalCertificate } from '../../../../src/core/retention/disposal-certificate-body.ts';
import type { DisposalPlan, PlannedSystem, PlannedTarget } from '../../../../src/core/retention/disposal-plan.ts';
import type { DisposalAction } from '../../../../src/core/retention/disposal-schedule.ts';
import type { HoldScope, LegalHold } from '../../../../src/core/retention/legal-hold.ts';

/** GET /api/v1/retention/plan: app/retention/plan-disposal.ts computes it; the shape lives in src/core. */
export type { CertifiedTarget, DisposalAction, DisposalPlan, HoldScope, PlannedSystem, PlannedTarget };

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

/** GET /api/v1/retention/certificates/{id}: the certificate body (core DisposalCertificate) with its digests. */
export type Certificate = DisposalCertificate & {
  readonly bodySha256: string;
  readonly pdfSha256: string;
  /** The `disposal` evidence entry recording the certificate (single certificate only). */
  readonly evidence?: { readonly seq: number; readonly hash: string; readonly at: string };
};

/** A legal hold as the API shows it (never the identity a person hold finds them by). */
export type Hold = Omit<LegalHold, 'placedAt' | 'released'> & {
  readonly placedAt: string;
  readonly released?: { readonly by: string; readonly at: string; readonly reason: string };
};

export interface Items<T> {
  readonly items: readonly T[];
}
