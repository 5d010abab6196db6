import { decideBatch } from '../core/policy/decide-batch.ts';
import type { DecisionRequest } from '../core/policy/decision.ts';
import type { DecisionDeps } from './decision-deps.ts';
import { loadSubjectStates, type RecordedDecision, recordDecisions } from './make-decisions.ts';

interface Submission {
  readonly requests: readonly DecisionRequest[];
  readonly caller: string | undefined;
  resolve(recorded: RecordedDecision[]): void;
  reject(error: unknown): void;
}

/** Most requests decided together; a larger submission goes alone. */
const MAX_BATCH = 1000;

/**
 * Decisions asked at the same time (concurrent HTTP calls, an embedding application's parallel calls) are made
 * together: what arrives in one turn of the event loop shares one compiled policy, one read of the people's
 * consents and suspensions and one `decideBatch`. Each submission then records its own provisions and evidence
 * (the evidence writer group-commits those anyway), so one caller's refused evidence is never its neighbours'.
 * The state is read after every request of the turn arrived: a withdrawal committed before a request was
 * made applies to it, as with a decision made alone.
 */
export class DecisionQueue {
  readonly #deps: DecisionDeps;
  #pending: Submission[] = [];
  #size = 0;

  constructor(deps: DecisionDeps) {
    this.#deps = deps;
  }

  /** Decides and records `requests`; resolves with their decisions once their evidence is durable. */
  decide(requests: readonly DecisionRequest[], caller?: string): Promise<RecordedDecision[]> {
    if (requests.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      if (this.#size > 0 && this.#size + requests.length > MAX_BATCH) this.#flush();
      if (this.#pending.length === 0) setImmediate(() => this.#flush());
      this.#pending.push({ requests, caller, resolve, reject });
      this.#size += requests.length;
    });
  }

  #flush(): void {
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    this.#size = 0;
    this.#run(batch).catch((error: unknown) => {
      for (const submission of batch) submission.reject(error);
    });
  }

  async #run(batch: readonly Submission[]): Promise<void> {
    const deps = this.#deps;
    const policy = await deps.policies.current();
    const now = deps.clock.now();
    const requests = batch.length === 1 ? (batch[0] as Submission).requests : batch.flatMap((s) => s.requests);
    const states = await loadSubjectStates(deps.store, requests);
    const decisions = decideBatch(policy, requests, states, now);
    let offset = 0;
    for (const submission of batch) {
      const count = submission.requests.length;
      const mine = offset === 0 && count === decisions.length ? decisions : decisions.slice(offset, offset + count);
      offset += count;
      recordDecisions(deps, { requests: submission.requests, decisions: mine, now, caller: submission.caller }).then(
        submission.resolve,
        submission.reject,
      );
    }
  }
}
