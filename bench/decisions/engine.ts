import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { RequestSet } from './generate-requests.ts';

/** One engine under test, prepared for one request set (preparation is not timed). */
export interface BenchEngine {
  readonly name: string;
  /** What its answers carry, and what the encoding cannot express. */
  readonly notes: readonly string[];
  /** Decides request `index` of the set; true when allowed. */
  decide(index: number): boolean;
  /** Decides every request in `indices` at once, when the engine has a batch form. */
  decideMany?(indices: readonly number[]): readonly boolean[];
  /** Why request `index` is outside what this encoding can express, or undefined. */
  excluded?(index: number): string | undefined;
}

export type EngineFactory = (ledger: Ledger, set: RequestSet) => BenchEngine | Promise<BenchEngine>;
