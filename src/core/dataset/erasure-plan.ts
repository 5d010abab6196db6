import type { EraseStrategy } from './dataset-annotations.ts';
import type { CellValue } from './dataset-rows.ts';
import type { RetentionHold } from './legal-retention.ts';

/** One column a plan changes: its item, the strategy, the value written (never the old value). */
export interface ColumnChange {
  readonly column: string;
  readonly item: string;
  readonly strategy: EraseStrategy | 'correct';
  readonly after: CellValue;
}

/** An item of a row kept under a legal retention rule. */
export interface RetainedItem extends RetentionHold {
  readonly item: string;
  readonly columns: readonly string[];
}

/** What happens to one row: deleted, overwritten in some columns, or kept (with the rules that keep it). */
export interface RowDecision {
  readonly table: string;
  readonly key: string;
  readonly action: 'delete' | 'update' | 'keep';
  readonly changes: readonly ColumnChange[];
  readonly retained: readonly RetainedItem[];
  /** The table deletes rows, but rows kept elsewhere still reference this one, so it is overwritten instead. */
  readonly referencedByKeptRows: boolean;
}

export type ErasureStep =
  | {
      readonly kind: 'update';
      readonly table: string;
      readonly keyColumn: string;
      readonly key: CellValue;
      readonly set: Readonly<Record<string, CellValue>>;
    }
  | {
      readonly kind: 'delete';
      readonly table: string;
      readonly keyColumn: string;
      readonly keys: readonly CellValue[];
    };

/** An ordered, engine-neutral plan for one database: run the steps in order in one transaction. */
export interface ErasurePlan {
  readonly system: string;
  readonly kind: 'erasure' | 'correction';
  readonly rows: readonly RowDecision[];
  /** Updates first, then deletes children before parents, so references stay valid throughout. */
  readonly steps: readonly ErasureStep[];
}

export function planSummary(plan: ErasurePlan): { deleted: number; updated: number; kept: number } {
  const count = (action: RowDecision['action']) => plan.rows.filter((r) => r.action === action).length;
  return { deleted: count('delete'), updated: count('update'), kept: count('keep') };
}
