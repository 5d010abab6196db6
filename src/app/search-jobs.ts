import { AppError } from '../core/app-error.ts';
import type { Connector } from './connector.ts';
import type { DatasetBinding } from './dataset-binding.ts';
import type { Logger } from './logger.ts';
import type { RequestDeps } from './requests/request-deps.ts';
import { runSearch } from './requests/run-search.ts';

export interface SearchJobSystem {
  readonly system: string;
  readonly state: 'waiting' | 'searching' | 'done';
  /** Rows found in this system (every table), once searched. */
  readonly rows?: number;
}

/** One search of the company's databases for a request, run in the background so the console may leave it. */
export interface SearchJob {
  readonly requestId: string;
  readonly state: 'running' | 'done' | 'failed';
  readonly startedAt: Date;
  readonly startedBy: string;
  readonly finishedAt?: Date;
  readonly systems: readonly SearchJobSystem[];
  readonly result?: { readonly tables: number; readonly rows: number; readonly routedToCustomer: number };
  readonly error?: { readonly code: string; readonly message: string };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** Finished jobs kept for the console to read back (the request itself records the outcome for good). */
const KEEP_FINISHED = 200;

/**
 * Background searches, one at most per request in this process. The outcome is durable where it matters: the
 * search moves the request to review with its package in one transaction, so a console that comes back (or another
 * node) sees the result in the request; the job only adds progress while it runs (lost with the process, when the
 * request simply stays in `search` and the search can be started again).
 */
export class SearchJobs {
  readonly #jobs = new Map<string, Mutable<SearchJob>>();

  constructor(
    private readonly deps: RequestDeps,
    private readonly logger: Logger,
  ) {}

  get(requestId: string): SearchJob | undefined {
    const job = this.#jobs.get(requestId);
    return job === undefined ? undefined : { ...job, systems: job.systems.map((s) => ({ ...s })) };
  }

  /** Starts the search (or returns the one already running); refused unless the request is in `search`. */
  async start(requestId: string, actor: string): Promise<SearchJob> {
    const running = this.#jobs.get(requestId);
    if (running?.state === 'running') return this.get(requestId) as SearchJob;
    const request = await this.deps.store.requests.get(requestId);
    if (request === undefined) throw new AppError('NOT_FOUND', `no request ${requestId}`);
    if (request.status !== 'search') {
      throw new AppError('CONFLICT', `a request in status "${request.status}" is not being searched`, {
        details: { rule: 'not-allowed' },
      });
    }
    const datasets = this.deps.datasets ?? [];
    const job: Mutable<SearchJob> = {
      requestId,
      state: 'running',
      startedAt: this.deps.clock.now(),
      startedBy: actor,
      systems: datasets.map((d) => ({ system: d.annotations.system, state: 'waiting' })),
    };
    this.#jobs.delete(requestId);
    this.#jobs.set(requestId, job);
    this.#forgetOld();
    const observed = datasets.map((binding, i) => observe(binding, job, i));
    void runSearch({ ...this.deps, datasets: observed }, { requestId, actor }).then(
      (pkg) => {
        const tables = pkg.systems.reduce((n, s) => n + s.tables.length, 0);
        const rows = pkg.systems.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rowCount, 0), 0);
        job.result = { tables, rows, routedToCustomer: pkg.routedToCustomer.length };
        job.state = 'done';
        job.finishedAt = this.deps.clock.now();
      },
      (error: unknown) => {
        job.error =
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: 'the search failed; the server log has the details' };
        job.state = 'failed';
        job.finishedAt = this.deps.clock.now();
        // Ids and codes only: a connector's error text may quote what it was looking for.
        this.logger.warn('request search failed', {
          requestId,
          code: error instanceof AppError ? error.code : 'INTERNAL',
        });
      },
    );
    return this.get(requestId) as SearchJob;
  }

  #forgetOld(): void {
    const finished = [...this.#jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.#jobs.delete(job.requestId);
    }
  }
}

/** The binding with a connector that reports when its system is searched and how many rows it found. */
function observe(binding: DatasetBinding, job: Mutable<SearchJob>, index: number): DatasetBinding {
  const mark = (state: SearchJobSystem['state'], rows?: number) => {
    job.systems = job.systems.map((s, i) =>
      i === index ? { ...s, state, ...(rows === undefined ? {} : { rows }) } : s,
    );
  };
  const target = binding.connector;
  const connector = new Proxy(target, {
    get(object, property) {
      if (property === 'findRows') {
        return async (plan: Parameters<Connector['findRows']>[0]) => {
          mark('searching');
          const found = await object.findRows(plan);
          mark(
            'done',
            [...found.values()].reduce((n, rows) => n + rows.size, 0),
          );
          return found;
        };
      }
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
  return { ...binding, connector };
}
