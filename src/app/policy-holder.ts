import { AppError } from '../core/app-error.ts';
import { type CompiledPolicy, compilePolicy } from '../core/policy/compiled-policy.ts';
import { CONTRACTOR_RECORD_KINDS, contractorPolicyOptions } from './management/contractor-policy-options.ts';
import type { Store } from './ports.ts';

/**
 * Holds the compiled policy of the current ledger version. A new version (imported on this node or another
 * sharing the database) is noticed within `refreshMs`, compiled once, and swapped in with one assignment, so
 * a decision sees either the old policy or the new one, never a mix.
 */
export class PolicyHolder {
  readonly #store: Store;
  readonly #refreshMs: number;
  #current: CompiledPolicy | undefined;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #refreshing: Promise<CompiledPolicy> | undefined;
  /** How many contractor reviews and suspensions the current policy was compiled with. */
  #records = -1;

  constructor(store: Store, options: { refreshMs?: number } = {}) {
    this.#store = store;
    this.#refreshMs = options.refreshMs ?? 1000;
  }

  async current(): Promise<CompiledPolicy> {
    if (this.#current && performance.now() - this.#checkedAt < this.#refreshMs) return this.#current;
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Forget the cached version check, e.g. right after this node imported a ledger. */
  invalidate(): void {
    this.#checkedAt = Number.NEGATIVE_INFINITY;
  }

  async #refresh(): Promise<CompiledPolicy> {
    const number = await this.#store.ledgerVersions.latestNumber();
    this.#checkedAt = performance.now();
    if (number === undefined) throw new AppError('NOT_FOUND', 'no ledger has been imported yet');
    // Recorded contractor reviews and suspensions refine the ledger (append-only, so their count is a revision).
    const records = await this.#store.management.count(CONTRACTOR_RECORD_KINDS);
    if (this.#current?.version === number && this.#records === records) return this.#current;
    const version = await this.#store.ledgerVersions.get(number);
    if (!version) throw new AppError('NOT_FOUND', `ledger version ${number} disappeared`);
    const options = records === 0 ? {} : await contractorPolicyOptions(this.#store, version.ledger);
    this.#current = compilePolicy(version.ledger, version.number, options);
    this.#records = records;
    return this.#current;
  }
}
