export interface SearchJobSystem {
  readonly system: string;
  readonly state: 'waiting' | 'searching' | 'done';
  /** Rows found in this system (every table), once searched. */
  readonly rows?: number;
}

export interface SearchJobResult {
  readonly tables: number;
  readonly rows: number;
  readonly routedToCustomer: number;
}

/**
 * One search of the company's databases for a request, run in the background so the console may leave it; stored
 * (one per request, the latest attempt) so any node shows its progress and another node finishes it if this one dies.
 */
export interface SearchJob {
  readonly requestId: string;
  readonly state: 'running' | 'done' | 'failed';
  readonly startedAt: Date;
  readonly startedBy: string;
  readonly finishedAt?: Date;
  readonly attempts: number;
  readonly systems: readonly SearchJobSystem[];
  /** Absent when a resumed job found the search already committed by the attempt that died. */
  readonly result?: SearchJobResult;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Proof that this process runs the search; every write is fenced by it (a lost lease writes nothing). */
export interface SearchJobLease {
  readonly requestId: string;
  readonly owner: string;
  readonly epoch: number;
}

export type SearchOutcome =
  | { readonly state: 'done'; readonly result?: SearchJobResult }
  | { readonly state: 'failed'; readonly error: { readonly code: string; readonly message: string } };

/** Stored search jobs (table `request_search_jobs`). */
export interface SearchJobRepository {
  /**
   * Starts a search of the request unless one is running under a live lease (compare-and-set: of two nodes one
   * wins): the new job with its lease, or the running one without a lease.
   */
  begin(
    job: { readonly requestId: string; readonly startedBy: string; readonly systems: readonly SearchJobSystem[] },
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<{ readonly job: SearchJob; readonly lease?: SearchJobLease }>;
  get(requestId: string): Promise<SearchJob | undefined>;
  /** Takes over a running job whose lease ran out (its process died); undefined when someone else holds it. */
  claim(requestId: string, owner: string, now: Date, leaseMs: number): Promise<SearchJobLease | undefined>;
  /** Records the systems' progress and extends the lease; false when the lease was lost. */
  progress(lease: SearchJobLease, systems: readonly SearchJobSystem[], now: Date, leaseUntil: Date): Promise<boolean>;
  /** Stores the outcome and releases the job; false when the lease was lost. */
  finish(lease: SearchJobLease, outcome: SearchOutcome, now: Date): Promise<boolean>;
  /** Running jobs whose lease ran out, oldest first. */
  abandoned(now: Date, limit: number): Promise<readonly string[]>;
}
