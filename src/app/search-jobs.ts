import { hostname } from 'node:os';
import { AppError } from '../core/app-error.ts';
import type { Connector } from './connector.ts';
import type { DatasetBinding } from './dataset-binding.ts';
import type { Logger } from './logger.ts';
import type { RequestDeps } from './requests/request-deps.ts';
import { runSearch } from './requests/run-search.ts';
import type { SearchJob, SearchJobLease, SearchJobSystem, SearchOutcome } from './search-job-ports.ts';

export type { SearchJob, SearchJobSystem } from './search-job-ports.ts';

export interface SearchJobOptions {
  /** Who runs it (host:pid by default); the lease names it. */
  readonly owner?: string;
  /** How long a claim lasts unless renewed (default 30 s); a heartbeat renews it while the search runs. */
  readonly leaseMs?: number;
}

const LEASE_MS = 30_000;

/**
 * Background searches of the company's databases for requests, stored (table `request_search_jobs`) so every API
 * node shows the same progress and a search whose process died is finished by another node (`resume`). The
 * search itself moves the request to review with its package in one transaction guarded by the request's version,
 * so a search is never applied twice; the lease keeps two nodes from running it at once.
 */
export class SearchJobs {
  readonly #owner: string;
  readonly #leaseMs: number;

  constructor(
    private readonly deps: RequestDeps,
    private readonly logger: Logger,
    options: SearchJobOptions = {},
  ) {
    this.#owner = options.owner ?? `${hostname()}:${process.pid}`;
    this.#leaseMs = options.leaseMs ?? LEASE_MS;
  }

  get(requestId: string): Promise<SearchJob | undefined> {
    return this.deps.store.searchJobs.get(requestId);
  }

  /** Starts the search (or returns the one already running); refused unless the request is in `search`. */
  async start(requestId: string, actor: string): Promise<SearchJob> {
    const request = await this.deps.store.requests.get(requestId);
    if (request === undefined) throw new AppError('NOT_FOUND', `no request ${requestId}`);
    if (request.status !== 'search') {
      throw new AppError('CONFLICT', `a request in status "${request.status}" is not being searched`, {
        details: { rule: 'not-allowed' },
      });
    }
    const systems = (this.deps.datasets ?? []).map((d) => ({
      system: d.annotations.system,
      state: 'waiting' as const,
    }));
    const { job, lease } = await this.deps.store.searchJobs.begin(
      { requestId, startedBy: actor, systems },
      this.#owner,
      this.deps.clock.now(),
      this.#leaseMs,
    );
    if (lease !== undefined) void this.#run(lease, job);
    return job;
  }

  /** Finishes searches whose process died (their lease ran out); returns how many this call took over. */
  async resume(limit = 10): Promise<number> {
    const ids = await this.deps.store.searchJobs.abandoned(this.deps.clock.now(), limit);
    let taken = 0;
    for (const requestId of ids) {
      const lease = await this.deps.store.searchJobs.claim(
        requestId,
        this.#owner,
        this.deps.clock.now(),
        this.#leaseMs,
      );
      const job = lease && (await this.deps.store.searchJobs.get(requestId));
      if (lease === undefined || job === undefined) continue;
      taken++;
      await this.#run(lease, job);
    }
    return taken;
  }

  async #run(lease: SearchJobLease, job: SearchJob): Promise<void> {
    const repo = this.deps.store.searchJobs;
    let systems: readonly SearchJobSystem[] = job.systems.map((s) => ({ system: s.system, state: 'waiting' }));
    // Writes one after another, so a late write never puts back older progress.
    let writes: Promise<unknown> = Promise.resolve();
    const save = () => {
      writes = writes
        .then(() => {
          const now = this.deps.clock.now();
          return repo.progress(lease, systems, now, new Date(now.getTime() + this.#leaseMs));
        })
        .catch(() => undefined);
    };
    // A system may take longer to search than the lease: the heartbeat keeps the claim while this process lives.
    const heartbeat = setInterval(save, Math.max(1000, this.#leaseMs / 3));
    heartbeat.unref();
    const mark = (index: number, state: SearchJobSystem['state'], rows?: number) => {
      systems = systems.map((s, i) => (i === index ? { ...s, state, ...(rows === undefined ? {} : { rows }) } : s));
      save();
    };
    let outcome: SearchOutcome;
    try {
      outcome = await this.#search(lease.requestId, job.startedBy, mark);
    } finally {
      clearInterval(heartbeat);
      await writes;
    }
    if (outcome.state === 'failed') {
      // Ids and codes only: a connector's error text may quote what it was looking for.
      this.logger.warn('request search failed', { requestId: lease.requestId, code: outcome.error.code });
    }
    await repo.finish(lease, outcome, this.deps.clock.now()).catch((error: unknown) =>
      this.logger.warn('request search job could not be finished', {
        requestId: lease.requestId,
        reason: error instanceof Error ? error.name : 'unknown',
      }),
    );
  }

  async #search(
    requestId: string,
    actor: string,
    mark: (index: number, state: SearchJobSystem['state'], rows?: number) => void,
  ): Promise<SearchOutcome> {
    try {
      const request = await this.deps.store.requests.get(requestId);
      // Taken over from a process that died after the search committed: done, nothing is searched again.
      if (request !== undefined && request.status !== 'search' && request.packageDocument !== undefined) {
        return { state: 'done' };
      }
      const datasets = (this.deps.datasets ?? []).map((binding, i) => observe(binding, i, mark));
      const pkg = await runSearch({ ...this.deps, datasets }, { requestId, actor });
      const tables = pkg.systems.reduce((n, s) => n + s.tables.length, 0);
      const rows = pkg.systems.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rowCount, 0), 0);
      return { state: 'done', result: { tables, rows, routedToCustomer: pkg.routedToCustomer.length } };
    } catch (error) {
      return {
        state: 'failed',
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: 'the search failed; the server log has the details' },
      };
    }
  }
}

/** Resumes abandoned searches every 30 s (one pass at a time); the timer does not keep the process alive. */
export function scheduleSearchJobs(deps: RequestDeps, logger: Logger, everyMs = 30_000): () => void {
  const jobs = new SearchJobs(deps, logger);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    jobs
      .resume()
      .catch((error: unknown) =>
        logger.warn('request searches could not resume', { reason: error instanceof Error ? error.name : 'unknown' }),
      )
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The binding with a connector that reports when its system is searched and how many rows it found. */
function observe(
  binding: DatasetBinding,
  index: number,
  mark: (index: number, state: SearchJobSystem['state'], rows?: number) => void,
): DatasetBinding {
  const target = binding.connector;
  const connector = new Proxy(target, {
    get(object, property) {
      if (property === 'findRows') {
        return async (plan: Parameters<Connector['findRows']>[0]) => {
          mark(index, 'searching');
          const found = await object.findRows(plan);
          mark(
            index,
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
