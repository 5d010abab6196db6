import type { FieldIssue } from '../app-error.ts';
import type { DatasetAnnotations } from '../dataset/dataset-annotations.ts';
import type { CellValue, DatasetRow } from '../dataset/dataset-rows.ts';
import type { DeidentificationStep, DeidentifiedData } from '../ledger/deidentified-data.ts';
import { type Generalise, generaliseValue } from './generalise.ts';

/** One output column: which source column, its item, and what is done to it. */
export interface ExtractColumn {
  readonly column: string;
  readonly item: string;
  readonly method: 'keep' | 'generalise';
  readonly generalise?: Generalise;
}

export interface ExtractPlan {
  readonly definition: string;
  readonly kind: 'pseudonymised' | 'anonymised';
  readonly table: string;
  readonly key: string;
  readonly columns: readonly ExtractColumn[];
  /** Every column read from the table (the key and the output columns). */
  readonly read: readonly string[];
  /** PS-1: each row carries a keyed-hash pseudonym instead of its key; AN-1: no link back at all. */
  readonly pseudonym: boolean;
  /** AN-1: rows whose combination of values fewer than this many rows share are left out (k-anonymity). */
  readonly minimumGroup: number;
}

export type ExtractPlanResult =
  | { readonly ok: true; readonly plan: ExtractPlan }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

function generaliseOf(step: DeidentificationStep): Generalise {
  if (step.to !== undefined) return { to: step.to };
  if (step.round !== undefined) return { round: step.round };
  if (step.band !== undefined) return { band: step.band };
  return { prefix: step.prefix as number };
}

/**
 * How an extract of a de-identified dataset is made from one annotated table: each column holding a source item
 * gets the ledger's step for it (a step naming the column wins over the item's); everything else, identifying
 * columns included, is removed. Refused: a pseudonymised or anonymised definition, a table holding none of the
 * source items, a step keeping or generalising a column that identifies people, a pseudonym in anonymised data.
 */
export function planExtract(
  definition: DeidentifiedData,
  annotations: DatasetAnnotations,
  table: string,
  defaultMinimumGroup: number,
): ExtractPlanResult {
  const issues: FieldIssue[] = [];
  if (definition.kind === 'statistical') {
    issues.push({
      path: 'definition',
      message: `${definition.id} is statistical: ask for a statistical table instead`,
    });
  }
  const spec = annotations.tables[table];
  if (spec === undefined)
    return { ok: false, issues: [...issues, { path: 'table', message: `no annotated table ${table}` }] };
  const id = spec.identity;
  const identifying = new Set(
    [id?.email, id?.staffNumber, id?.myNumberHash, id?.name?.family, id?.name?.given, id?.name?.familyKana]
      .concat([id?.name?.givenKana, id?.name?.birthDate])
      .filter((c): c is string => c !== undefined),
  );
  const sources = new Set(definition.sourceItems);
  const columns: ExtractColumn[] = [];
  definition.processing.forEach((step, i) => {
    if (!sources.has(step.item)) {
      issues.push({ path: `processing.${i}.item`, message: `${step.item} is not a source item of ${definition.id}` });
    }
    if (step.method === 'pseudonym' && definition.kind === 'anonymised') {
      issues.push({
        path: `processing.${i}.method`,
        message: 'anonymised data keeps no pseudonym (AN-1: irreversible)',
      });
    }
  });
  for (const [column, annotation] of Object.entries(spec.columns)) {
    const item = annotation.item;
    if (item === undefined || !sources.has(item)) continue;
    const steps = definition.processing.filter((s) => s.item === item);
    const step = steps.find((s) => s.columns?.includes(column)) ?? steps.find((s) => s.columns === undefined);
    if (step === undefined || step.method === 'remove' || step.method === 'pseudonym') continue;
    if (identifying.has(column)) {
      issues.push({
        path: 'processing',
        message: `${column} identifies people: it can only be removed or pseudonymised`,
      });
      continue;
    }
    columns.push({
      column,
      item,
      method: step.method,
      ...(step.method === 'generalise' ? { generalise: generaliseOf(step) } : {}),
    });
  }
  if (columns.length === 0 && issues.length === 0) {
    issues.push({ path: 'table', message: `${table} holds nothing ${definition.id} keeps` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    plan: {
      definition: definition.id,
      kind: definition.kind as ExtractPlan['kind'],
      table,
      key: spec.key,
      columns,
      read: [...new Set([spec.key, ...columns.map((c) => c.column)])],
      pseudonym: definition.kind === 'pseudonymised',
      minimumGroup: definition.kind === 'anonymised' ? (definition.minimumCellSize ?? defaultMinimumGroup) : 1,
    },
  };
}

/** One source row de-identified: the plan's columns, generalised; a pseudonym first when the plan has one. */
export function deidentifyRow(
  plan: ExtractPlan,
  row: DatasetRow,
  pseudonymOf: (key: string) => string,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  if (plan.pseudonym) out.pseudonym = pseudonymOf(String(row[plan.key] ?? ''));
  for (const c of plan.columns) {
    const value = row[c.column] ?? null;
    out[c.column] = c.generalise === undefined ? value : generaliseValue(value, c.generalise);
  }
  return out;
}

/** AN-1: leaves out rows whose values fewer than `k` rows share; returns the rest and how many went. */
export function suppressRareRows(
  rows: readonly Record<string, CellValue>[],
  k: number,
): { readonly rows: Record<string, CellValue>[]; readonly suppressed: number } {
  if (k <= 1) return { rows: [...rows], suppressed: 0 };
  const counts = new Map<string, number>();
  const keys = rows.map((r) => JSON.stringify(Object.values(r)));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept = rows.filter((_, i) => (counts.get(keys[i] as string) ?? 0) >= k);
  return { rows: kept, suppressed: rows.length - kept.length };
}
