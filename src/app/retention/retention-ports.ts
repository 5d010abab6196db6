import type { CellValue } from '../../core/dataset/dataset-rows.ts';
import type { DisposalCertificate } from '../../core/retention/disposal-certificate.ts';
import type { DisposalTarget } from '../../core/retention/disposal-schedule.ts';
import type { LegalHold } from '../../core/retention/legal-hold.ts';
import type { EvidenceEvent } from '../evidence-log.ts';

export type DisposalJobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** One target of a job and the due rows counted when the job was created. */
export interface JobTarget {
  readonly target: DisposalTarget;
  readonly planned: number;
  readonly held: number;
}

/** How far a job got with one target; saved with every batch, so a resumed job starts where it stopped. */
export interface TargetProgress {
  readonly state: 'pending' | 'done' | 'held' | 'contractor' | 'cancelled';
  readonly disposed: number;
  readonly batches: number;
  /** The last key of the last batch (keys are taken in ascending order). */
  readonly cursor: CellValue | null;
  readonly keysSha256: string;
}

/** A disposal run: the frozen schedule it executes and its progress. Only one is active (queued or running) at a time. */
export interface DisposalJob {
  readonly id: string;
  readonly status: DisposalJobStatus;
  readonly requestedBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The Japanese calendar day the schedule is for; a resumed run keeps it. */
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly systems: readonly string[];
  readonly targets: readonly JobTarget[];
  readonly progress: readonly TargetProgress[];
  /** Active holds when the job started, with the rows each kept. */
  readonly holds: readonly { readonly id: string; readonly rows: number }[];
  readonly cancelRequested: boolean;
  readonly attempts: number;
  readonly startedAt?: Date;
  readonly finishedAt?: Date;
  readonly error?: string;
  readonly certificateId?: string;
  readonly lease?: { readonly owner: string; readonly until: Date; readonly epoch: number };
}

export type NewDisposalJob = Omit<DisposalJob, 'updatedAt' | 'cancelRequested' | 'attempts' | 'lease' | 'status'>;

/** The right to work on a job: its owner and the epoch of the claim (a later claim by another node fences this one off). */
export interface JobLease {
  readonly jobId: string;
  readonly owner: string;
  readonly epoch: number;
}

/** A batch about to be disposed: recorded before the company database is touched, so a crash can be accounted for. */
export interface DisposalBatch {
  readonly jobId: string;
  readonly seq: number;
  readonly target: number;
  readonly keys: readonly CellValue[];
  readonly keysSha256: string;
  readonly state: 'pending' | 'done';
  readonly count?: number;
}

/** A stored certificate with its PDF. */
export interface StoredCertificate {
  readonly id: string;
  readonly kind: 'run' | 'contractor';
  readonly jobId?: string;
  readonly issuedAt: Date;
  readonly body: DisposalCertificate;
  readonly bodySha256: string;
  readonly pdf: Uint8Array;
  readonly pdfSha256: string;
}

/** A contractor's certificate as uploaded (sealed at rest when a sealer is configured). */
export interface RetentionDocument {
  readonly id: string;
  readonly certificateId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  readonly encrypted: boolean;
  readonly sha256: string;
  readonly uploadedAt: Date;
}

/** Legal holds, disposal jobs (with their batches) and disposal certificates. */
export interface RetentionRepository {
  addHold(hold: LegalHold, sealedIdentity: Uint8Array | undefined, evidence: readonly EvidenceEvent[]): Promise<void>;
  /** False when the hold does not exist or was already released. */
  releaseHold(
    id: string,
    released: NonNullable<LegalHold['released']>,
    evidence: readonly EvidenceEvent[],
  ): Promise<boolean>;
  holds(filter?: { readonly active?: boolean }): Promise<readonly LegalHold[]>;
  hold(id: string): Promise<LegalHold | undefined>;
  /** The sealed identity of a person hold (absent for other holds). */
  holdIdentity(id: string): Promise<Uint8Array | undefined>;

  /** CONFLICT when another job is active (queued or running), on any node. */
  createJob(job: NewDisposalJob, evidence: readonly EvidenceEvent[]): Promise<DisposalJob>;
  job(id: string): Promise<DisposalJob | undefined>;
  jobs(limit: number): Promise<readonly DisposalJob[]>;
  activeJob(): Promise<DisposalJob | undefined>;
  /** Takes the job when nobody holds an unexpired lease on it; undefined when another owner does (or it is finished). */
  claim(jobId: string, owner: string, now: Date, leaseMs: number): Promise<JobLease | undefined>;
  /** Records a batch before it runs, and extends the lease; CONFLICT when the lease was lost. */
  beginBatch(lease: JobLease, batch: Omit<DisposalBatch, 'state' | 'count'>, leaseUntil: Date): Promise<void>;
  /** Marks the batch done with its count and saves the progress, in one transaction; CONFLICT when the lease was lost. */
  completeBatch(lease: JobLease, seq: number, count: number, progress: readonly TargetProgress[]): Promise<void>;
  /** Saves progress (a target done or held) and extends the lease; CONFLICT when the lease was lost. */
  saveProgress(lease: JobLease, progress: readonly TargetProgress[], leaseUntil: Date): Promise<void>;
  /** The batch a crashed run recorded but did not complete. */
  pendingBatch(jobId: string): Promise<DisposalBatch | undefined>;
  batchCount(jobId: string): Promise<number>;
  requestCancel(jobId: string): Promise<boolean>;
  /** Gives the lease up without finishing (a transient failure: another attempt resumes). */
  releaseLease(lease: JobLease, error: string): Promise<void>;
  failJob(lease: JobLease, error: string, now: Date): Promise<void>;
  /** Stores the certificate, finishes the job and appends the evidence, in one transaction. */
  finishJob(
    lease: JobLease,
    outcome: {
      readonly status: 'completed' | 'cancelled';
      readonly certificate: StoredCertificate;
      readonly now: Date;
    },
    evidence: readonly EvidenceEvent[],
  ): Promise<void>;

  /** A contractor's disposal: the certificate, the uploaded document and the evidence, in one transaction. */
  addCertificate(
    certificate: StoredCertificate,
    document: RetentionDocument | undefined,
    evidence: readonly EvidenceEvent[],
  ): Promise<void>;
  certificate(id: string): Promise<StoredCertificate | undefined>;
  certificates(limit: number): Promise<readonly Omit<StoredCertificate, 'pdf'>[]>;
  document(id: string): Promise<RetentionDocument | undefined>;
}
