import type { FieldIssue } from '../app-error.ts';
import type { DatasetAnnotations } from './dataset-annotations.ts';
import type { CellValue, FoundRows } from './dataset-rows.ts';
import type { ColumnChange, ErasurePlan, RowDecision } from './erasure-plan.ts';
import { orderSteps } from './plan-erasure.ts';
import { referenceGraph } from './reference-graph.ts';

/** The corrected value of an item, column by column (an address spans prefecture, city and street). */
export interface ItemCorrection {
  readonly item: string;
  readonly values: Readonly<Record<string, CellValue>>;
}

export type CorrectionPlanResult =
  | { readonly ok: true; readonly plan: ErasurePlan }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Writes corrected values into every found row whose columns hold the item; retention never blocks accuracy. */
export function planCorrection(
  annotations: DatasetAnnotations,
  found: FoundRows,
  corrections: readonly ItemCorrection[],
): CorrectionPlanResult {
  const issues: FieldIssue[] = [];
  corrections.forEach((correction, i) => {
    for (const column of Object.keys(correction.values)) {
      const known = Object.values(annotations.tables).some((t) => t.columns[column]?.item === correction.item);
      if (!known) {
        issues.push({
          path: `corrections.${i}.values.${column}`,
          message: `no column ${column} holds ${correction.item}`,
        });
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const order = referenceGraph(annotations).order;
  const rows: RowDecision[] = [];
  for (const table of order) {
    const spec = annotations.tables[table]!;
    for (const [key, row] of found.get(table) ?? []) {
      const changes: ColumnChange[] = [];
      for (const correction of corrections) {
        for (const [column, after] of Object.entries(correction.values)) {
          if (spec.columns[column]?.item !== correction.item || row[column] === after) continue;
          changes.push({ column, item: correction.item, strategy: 'correct', after });
        }
      }
      if (changes.length > 0)
        rows.push({ table, key, action: 'update', changes, retained: [], referencedByKeptRows: false });
    }
  }
  const plan: ErasurePlan = {
    system: annotations.system,
    kind: 'correction',
    rows,
    steps: orderSteps(annotations, order, rows, found),
  };
  return { ok: true, plan };
}
