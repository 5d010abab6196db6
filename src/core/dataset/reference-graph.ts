import { AppError } from '../app-error.ts';
import type { DatasetAnnotations } from './dataset-annotations.ts';

/** One annotated reference: `child.column` holds the key `parentKey` of a `parent` row. */
export interface ReferenceEdge {
  readonly child: string;
  readonly column: string;
  readonly parent: string;
  readonly parentKey: string;
  readonly samePerson: boolean;
}

export interface ReferenceGraph {
  readonly edges: readonly ReferenceEdge[];
  /** Tables ordered parents before children (every edge goes from an earlier to a later table). */
  readonly order: readonly string[];
}

/** The graph of annotated references; throws on a cycle or a reference to an unannotated table. */
export function referenceGraph(annotations: DatasetAnnotations): ReferenceGraph {
  const edges: ReferenceEdge[] = [];
  for (const [child, table] of Object.entries(annotations.tables)) {
    for (const ref of table.references) {
      const parent = annotations.tables[ref.table];
      if (parent === undefined) {
        throw new AppError('VALIDATION', `${child}.${ref.column} references ${ref.table}, which is not annotated`);
      }
      edges.push({
        child,
        column: ref.column,
        parent: ref.table,
        parentKey: ref.key ?? parent.key,
        samePerson: ref.samePerson,
      });
    }
  }
  return { edges, order: topologicalOrder(Object.keys(annotations.tables), edges) };
}

function topologicalOrder(tables: readonly string[], edges: readonly ReferenceEdge[]): string[] {
  const incoming = new Map(tables.map((t) => [t, 0]));
  for (const e of edges) if (e.child !== e.parent) incoming.set(e.child, (incoming.get(e.child) ?? 0) + 1);
  const ready = tables.filter((t) => incoming.get(t) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    const table = ready.shift()!;
    order.push(table);
    for (const e of edges) {
      if (e.parent !== table || e.child === table) continue;
      const left = (incoming.get(e.child) ?? 0) - 1;
      incoming.set(e.child, left);
      if (left === 0) ready.push(e.child);
    }
  }
  if (order.length !== tables.length) {
    const stuck = tables.filter((t) => !order.includes(t));
    throw new AppError('VALIDATION', `the annotated references form a cycle through ${stuck.join(', ')}`);
  }
  return order;
}
