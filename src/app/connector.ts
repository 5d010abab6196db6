import type { CellValue, DatasetRow, FoundRows } from '../core/dataset/dataset-rows.ts';
import type { ErasurePlan } from '../core/dataset/erasure-plan.ts';
import type { LiveSchema } from '../core/dataset/live-schema.ts';
import type { WalkPlan } from '../core/dataset/walk-plan.ts';
import type { DisposalChange } from '../core/retention/disposal-schedule.ts';
import type { DueCondition } from '../core/retention/due-condition.ts';

export type ConnectorEngine = 'postgres' | 'mysql' | 'sqlite';

/** What one run of a plan changed: rows affected per step (a dry run reports the same, then rolls back). */
export interface ErasureRun {
  readonly dryRun: boolean;
  readonly steps: readonly { readonly table: string; readonly kind: 'update' | 'delete'; readonly rows: number }[];
}

/** A row the verification pass found not as planned; it names columns, never values. */
export interface VerificationProblem {
  readonly table: string;
  readonly key: string;
  readonly problem: 'still-present' | 'missing' | 'value-differs';
  readonly column?: string;
}

export interface Verification {
  readonly ok: boolean;
  readonly checkedRows: number;
  readonly problems: readonly VerificationProblem[];
}

/** A company database Mamori reads and erases in: PostgreSQL, MySQL/MariaDB or SQLite behind one interface. */
export interface Connector {
  readonly engine: ConnectorEngine;
  /** Tables, columns, keys and foreign keys as the catalogue says now. */
  describeSchema(): Promise<LiveSchema>;
  /** Every row reachable from the identity along the plan's references. */
  findRows(plan: WalkPlan): Promise<FoundRows>;
  /** Runs the plan's steps in order in one transaction; any failure rolls everything back. */
  applyErasure(plan: ErasurePlan, options: { readonly dryRun: boolean }): Promise<ErasureRun>;
  /** Reads back every planned row: deleted rows are gone, overwritten columns hold the planned values. */
  verify(plan: ErasurePlan): Promise<Verification>;
  close(): Promise<void>;
  /** Batched disposal for the retention schedule (absent on connectors that cannot dispose in bulk). */
  readonly disposal?: DisposalConnector;
  /**
   * Reads columns of every row of a table in ascending key order, one batch per round trip (statistics and
   * de-identified extracts; absent on connectors that cannot scan).
   */
  scan?(request: ScanRequest): AsyncIterable<readonly DatasetRow[]>;
}

/** A whole-table read: the key orders and pages it; only the columns named are read. */
export interface ScanRequest {
  readonly table: string;
  readonly key: string;
  readonly columns: readonly string[];
  readonly batchSize?: number;
}

/** One batch to dispose: the rows among `keys` that still satisfy `condition` get `change`. */
export interface DisposalBatchInput {
  readonly table: string;
  readonly keyColumn: string;
  readonly keys: readonly CellValue[];
  readonly condition: DueCondition;
  readonly change: DisposalChange;
  /** For columns erased by keyed hash (the dataset's HMAC). */
  readonly keyedHash?: (value: string) => string;
}

/**
 * Retention disposal in a company database: due rows are described by a condition (compiled to the engine's SQL),
 * found in ascending key order and disposed batch by batch, each in its own short transaction, so other readers
 * and writers are never blocked for long.
 */
export interface DisposalConnector {
  /** Rows of `table` satisfying `condition`. */
  count(table: string, condition: DueCondition): Promise<number>;
  /** Up to `limit` keys of rows satisfying `condition`, ascending, after `after` (null: from the first). */
  keys(
    table: string,
    keyColumn: string,
    condition: DueCondition,
    after: CellValue | null,
    limit: number,
  ): Promise<CellValue[]>;
  /** Disposes one batch in one transaction; resolves to the rows changed. */
  dispose(batch: DisposalBatchInput): Promise<number>;
}
