import type { FoundRows } from '../core/dataset/dataset-rows.ts';
import type { ErasurePlan } from '../core/dataset/erasure-plan.ts';
import type { LiveSchema } from '../core/dataset/live-schema.ts';
import type { WalkPlan } from '../core/dataset/walk-plan.ts';

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
}
