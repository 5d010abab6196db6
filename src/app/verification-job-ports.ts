import type { EvidenceVerification } from './verify-evidence.ts';

/** running: queued or being verified (a lease says by whom); done: `result` holds the outcome; failed: `error`. */
export type VerificationJobStatus = 'running' | 'done' | 'failed';

/**
 * A verification of the evidence log run in the background, stored so the console can leave and come back and
 * another node (or this one after a restart) can finish a run whose process died.
 */
export interface VerificationJob {
  readonly id: string;
  readonly status: VerificationJobStatus;
  /** Who asked for it (a user id). */
  readonly actor: string;
  /** The range asked for; absent: from the first stored entry / to the head at run time. */
  readonly from?: number;
  readonly to?: number;
  /** Entries expected when the job was created (for a progress bar; new entries may arrive meanwhile). */
  readonly total: number;
  /** Entries checked so far by the current attempt. */
  readonly checked: number;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt?: Date;
  readonly result?: EvidenceVerification;
  /** Why the run could not verify at all (a range beyond the log, a database failure). */
  readonly error?: string;
}

export interface NewVerificationJob {
  readonly id: string;
  readonly actor: string;
  readonly from?: number;
  readonly to?: number;
  readonly total: number;
  readonly createdAt: Date;
}

/** Proof that this process holds a job; every write is fenced by it (a lost lease writes nothing). */
export interface VerificationJobLease {
  readonly id: string;
  readonly owner: string;
  readonly epoch: number;
}

export type VerificationOutcome =
  | { readonly status: 'done'; readonly result: EvidenceVerification }
  | { readonly status: 'failed'; readonly error: string };

/** Stored verification jobs (table `evidence_verification_jobs`). */
export interface VerificationJobRepository {
  create(job: NewVerificationJob): Promise<VerificationJob>;
  get(id: string): Promise<VerificationJob | undefined>;
  /** Newest first. */
  list(limit: number): Promise<readonly VerificationJob[]>;
  /**
   * Takes a running job whose lease is free or expired (compare-and-set: one node wins); restarts its count.
   * Undefined when someone else holds it or it has finished.
   */
  claim(id: string, owner: string, now: Date, leaseMs: number): Promise<VerificationJobLease | undefined>;
  /** Records progress and extends the lease; false when the lease was lost. */
  progress(lease: VerificationJobLease, checked: number, now: Date, leaseUntil: Date): Promise<boolean>;
  /** Stores the outcome and releases the job; false when the lease was lost. */
  finish(lease: VerificationJobLease, outcome: VerificationOutcome, now: Date): Promise<boolean>;
  /** Running jobs nobody holds (never claimed, or the lease ran out: the process died). */
  abandoned(now: Date, limit: number): Promise<readonly string[]>;
}
