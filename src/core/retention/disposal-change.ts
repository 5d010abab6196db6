import type { TableAnnotation } from '../dataset/dataset-annotations.ts';
import type { CellValue } from '../dataset/dataset-rows.ts';
import { DEFAULT_MASK } from '../dataset/plan-erasure.ts';
import type { DisposalChange } from './disposal-schedule.ts';
import { and, type DueCondition, FALSE, not, or } from './due-condition.ts';

/** The columns an overwrite touches, the statement that does it, and how to tell a row still waits for it. */
export interface ColumnOverwrite {
  readonly change: Extract<DisposalChange, { kind: 'update' }>;
  /** True for a row some of whose columns do not yet hold their erased value; false when that cannot be told. */
  readonly pending: DueCondition;
  /** Columns whose strategy is a keyed hash or keep: their erased state cannot be read back. */
  readonly opaque: readonly string[];
}

/** Overwrites the columns holding `items` (all annotated items when absent) by their annotated strategies. */
export function columnOverwrite(spec: TableAnnotation, items?: ReadonlySet<string>): ColumnOverwrite {
  const set: Record<string, CellValue> = {};
  const hashed: { column: string; length?: number }[] = [];
  const pendings: DueCondition[] = [];
  const opaque: string[] = [];
  for (const [column, annotation] of Object.entries(spec.columns)) {
    if (annotation.item === undefined || (items !== undefined && !items.has(annotation.item))) continue;
    const isNull: DueCondition = { kind: 'is-null', column };
    switch (annotation.erase) {
      case 'null':
        set[column] = null;
        pendings.push(not(isNull));
        break;
      case 'mask': {
        const value = annotation.mask ?? DEFAULT_MASK;
        set[column] = value;
        pendings.push(and(not(isNull), not({ kind: 'equals', column, value })));
        break;
      }
      case 'hash':
        hashed.push(annotation.length === undefined ? { column } : { column, length: annotation.length });
        opaque.push(column);
        break;
      case 'keep':
        opaque.push(column);
        break;
    }
  }
  return { change: { kind: 'update', set, hashed }, pending: pendings.length > 0 ? or(...pendings) : FALSE, opaque };
}
