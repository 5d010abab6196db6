import type { RetentionRule } from '../ledger/retention-rule.ts';
import type { DatasetAnnotations, TableAnnotation } from './dataset-annotations.ts';
import { type CellValue, type DatasetRow, type FoundRows, keyString } from './dataset-rows.ts';
import type { ColumnChange, ErasurePlan, ErasureStep, RetainedItem, RowDecision } from './erasure-plan.ts';
import { retentionHolds } from './legal-retention.ts';
import { referenceGraph } from './reference-graph.ts';

export const DEFAULT_MASK = '＊＊＊＊';

export interface PlanErasureOptions {
  readonly annotations: DatasetAnnotations;
  readonly found: FoundRows;
  readonly retentionRules: readonly RetentionRule[];
  readonly now: Date;
  /** HMAC-SHA-256 of a value, hex; the key never comes from the database. */
  readonly keyedHash: (value: string) => string;
  /** Erase only these items (a partial request); all annotated items when absent. */
  readonly items?: readonly string[];
}

/**
 * Decides, row by row, what erasure does: delete, overwrite personal columns by their strategy, or keep items a
 * legal retention rule holds (reported with the rule). Children are decided first: a row still referenced by a
 * kept row is overwritten, never deleted, so every reference stays valid.
 */
export function planErasure(options: PlanErasureOptions): ErasurePlan {
  const { annotations, found } = options;
  const graph = referenceGraph(annotations);
  const today = options.now.toISOString().slice(0, 10);
  const decisions = new Map<string, Map<string, RowDecision>>();
  for (const table of [...graph.order].reverse()) {
    const spec = annotations.tables[table]!;
    const rows = found.get(table) ?? new Map<string, DatasetRow>();
    const decided = new Map<string, RowDecision>();
    const children = graph.edges.filter((e) => e.parent === table && e.child !== table);
    for (const [key, row] of rows) {
      const keptChild = children.some((edge) => {
        const parentValue = keyString(row[edge.parentKey]);
        for (const [childKey, childRow] of found.get(edge.child) ?? []) {
          if (keyString(childRow[edge.column]) !== parentValue) continue;
          if (decisions.get(edge.child)?.get(childKey)?.action !== 'delete') return true;
        }
        return false;
      });
      decided.set(key, decideRow({ ...options, table, spec, key, row, keptChild, today, system: annotations.system }));
    }
    decisions.set(table, decided);
  }
  const rows = graph.order.flatMap((t) => [...(decisions.get(t)?.values() ?? [])]);
  return {
    system: annotations.system,
    kind: 'erasure',
    rows,
    steps: orderSteps(annotations, graph.order, rows, found),
  };
}

interface RowContext extends PlanErasureOptions {
  readonly system: string;
  readonly table: string;
  readonly spec: TableAnnotation;
  readonly key: string;
  readonly row: DatasetRow;
  readonly keptChild: boolean;
  readonly today: string;
}

function decideRow(context: RowContext): RowDecision {
  const { spec, row } = context;
  const wanted = (item: string) => context.items === undefined || context.items.includes(item);
  const retained: RetainedItem[] = [];
  const changes: ColumnChange[] = [];
  const holdsByItem = new Map<string, ReturnType<typeof retentionHolds>>();
  for (const [column, annotation] of Object.entries(spec.columns)) {
    const item = annotation.item;
    if (item === undefined || !wanted(item)) continue;
    let holds = holdsByItem.get(item);
    if (holds === undefined) {
      holds = retentionHolds(
        { system: context.system, table: spec, rules: context.retentionRules, today: context.today },
        item,
        row,
      );
      holdsByItem.set(item, holds);
      for (const hold of holds) retained.push({ ...hold, item, columns: columnsOf(spec, item) });
    }
    if (holds.length > 0 || annotation.erase === 'keep') continue;
    const before = row[column] ?? null;
    const after = erasedValue(annotation, before, context.keyedHash);
    if (after !== before) changes.push({ column, item, strategy: annotation.erase, after });
  }
  const base = { table: context.table, key: context.key, retained };
  const deletes = context.items === undefined && spec.onErase === 'delete-row' && retained.length === 0;
  if (deletes && !context.keptChild) return { ...base, action: 'delete', changes: [], referencedByKeptRows: false };
  return { ...base, action: changes.length > 0 ? 'update' : 'keep', changes, referencedByKeptRows: deletes };
}

function columnsOf(spec: TableAnnotation, item: string): string[] {
  return Object.entries(spec.columns)
    .filter(([, a]) => a.item === item)
    .map(([c]) => c);
}

function erasedValue(
  annotation: TableAnnotation['columns'][string],
  before: CellValue,
  keyedHash: (value: string) => string,
): CellValue {
  switch (annotation.erase) {
    case 'null':
      return null;
    case 'mask':
      return annotation.mask ?? DEFAULT_MASK;
    case 'hash':
      return before === null ? null : keyedHash(String(before)).slice(0, annotation.length ?? 64);
    case 'keep':
      return before;
  }
}

/** Updates first, then deletes table by table, children before parents. */
export function orderSteps(
  annotations: DatasetAnnotations,
  order: readonly string[],
  rows: readonly RowDecision[],
  found: FoundRows,
): ErasureStep[] {
  const keyValue = (row: RowDecision, keyColumn: string): CellValue =>
    found.get(row.table)?.get(row.key)?.[keyColumn] ?? row.key;
  const steps: ErasureStep[] = [];
  for (const row of rows) {
    if (row.action !== 'update') continue;
    const spec = annotations.tables[row.table]!;
    const set = Object.fromEntries(row.changes.map((c) => [c.column, c.after]));
    steps.push({ kind: 'update', table: row.table, keyColumn: spec.key, key: keyValue(row, spec.key), set });
  }
  for (const table of [...order].reverse()) {
    const spec = annotations.tables[table]!;
    const keys = rows.filter((r) => r.table === table && r.action === 'delete').map((r) => keyValue(r, spec.key));
    if (keys.length > 0) steps.push({ kind: 'delete', table, keyColumn: spec.key, keys });
  }
  return steps;
}
