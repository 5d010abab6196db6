import { annotatedColumns, type DatasetAnnotations, type NameColumns } from './dataset-annotations.ts';
import type { DatasetRow } from './dataset-rows.ts';
import { normalizeName } from './normalize-identity.ts';
import type { MatchKey } from './person-identity.ts';
import { type ReferenceEdge, referenceGraph } from './reference-graph.ts';

/**
 * The first query of a walk: rows of `table` whose `column` equals `value` (`caseless`: compared lower-cased).
 * A name is found by date of birth (indexed) and then filtered by the folded name with `acceptRow`.
 */
export interface AnchorQuery {
  readonly table: string;
  readonly column: string;
  readonly value: string;
  readonly caseless: boolean;
  readonly name?: { readonly columns: NameColumns; readonly key: string };
}

/** How to find every row of a person: anchors, then up same-person references, then down every reference. */
export interface WalkPlan {
  readonly anchors: readonly AnchorQuery[];
  /** Child-to-parent edges where the child row is about the same person (a My Number row leads to its staff row). */
  readonly up: readonly ReferenceEdge[];
  /** Parent-to-child edges, parents first, so one pass reaches every row. */
  readonly down: readonly ReferenceEdge[];
  /** Columns read from each table (only annotated ones: a new unannotated column is never exported). */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  readonly keys: ReadonlyMap<string, string>;
}

export function walkPlan(annotations: DatasetAnnotations, match: MatchKey): WalkPlan {
  const graph = referenceGraph(annotations);
  const anchors: AnchorQuery[] = [];
  for (const [table, spec] of Object.entries(annotations.tables)) {
    const id = spec.identity;
    if (id === undefined) continue;
    if (match.kind === 'email' && id.email)
      anchors.push({ table, column: id.email, value: match.email, caseless: true });
    if (match.kind === 'staff-number' && id.staffNumber) {
      anchors.push({ table, column: id.staffNumber, value: match.staffNumber, caseless: false });
    }
    if (match.kind === 'my-number' && id.myNumberHash) {
      anchors.push({ table, column: id.myNumberHash, value: match.hash, caseless: false });
    }
    if (match.kind === 'name-birth' && id.name) {
      const name = { columns: id.name, key: match.name };
      anchors.push({ table, column: id.name.birthDate, value: match.birthDate, caseless: false, name });
    }
  }
  const rank = new Map(graph.order.map((t, i) => [t, i]));
  const byParent = (a: ReferenceEdge, b: ReferenceEdge) => (rank.get(a.parent) ?? 0) - (rank.get(b.parent) ?? 0);
  const nonSelf = graph.edges.filter((e) => e.child !== e.parent);
  return {
    anchors,
    up: nonSelf
      .filter((e) => e.samePerson)
      .sort(byParent)
      .reverse(),
    down: [...nonSelf].sort(byParent),
    columns: new Map(Object.entries(annotations.tables).map(([t, spec]) => [t, annotatedColumns(spec)])),
    keys: new Map(Object.entries(annotations.tables).map(([t, spec]) => [t, spec.key])),
  };
}

/** Whether a row found by date of birth carries the searched name, in kanji or in its kana reading. */
export function rowHasName(row: DatasetRow, name: NonNullable<AnchorQuery['name']>): boolean {
  const { family, given, familyKana, givenKana } = name.columns;
  const text = (c: string | undefined) => (c === undefined ? '' : String(row[c] ?? ''));
  if (normalizeName(text(family) + text(given)) === name.key) return true;
  if (familyKana === undefined && givenKana === undefined) return false;
  return normalizeName(text(familyKana) + text(givenKana)) === name.key;
}
