import { randomInt } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { CellValue } from '../../core/dataset/dataset-rows.ts';
import { deidentifyRow, planExtract, suppressRareRows } from '../../core/deidentified/extract-plan.ts';
import type { LocalizedText } from '../../core/ledger/localized-text.ts';
import { DEFAULT_MINIMUM_COUNT, type DeidentifiedDeps, scanningDataset } from './deidentified-deps.ts';

/** A pseudonymised (PS-1) or anonymised (AN-1) extract: the data, and what may be said about it. */
export interface DeidentifiedExtract {
  readonly definition: string;
  readonly kind: 'pseudonymised' | 'anonymised';
  readonly name: LocalizedText;
  /** AN-1: the items of the result, as published in the notice. */
  readonly resultItems: readonly LocalizedText[];
  /** The output columns and the ledger item each comes from (how each was processed is not said). */
  readonly columns: readonly { readonly name: string; readonly item?: string }[];
  readonly rows: readonly Record<string, CellValue>[];
  readonly rowsRead: number;
  /** AN-1: rows left out because fewer than the minimum number of rows shared their values. */
  readonly suppressedRows: number;
  readonly producedAt: string;
}

/**
 * Produces an extract of a ledger de-identified dataset from one table of a connected database, by the ledger's
 * processing steps: items removed or generalised, identifiers never kept. PS-1: each row's key is replaced by a
 * keyed hash (the dataset's pseudonym key, which stays outside the output, so the replacement cannot be undone from it) and
 * rows are ordered by it; AN-1: no link back at all, rows shared by too few are left out, and the order is random.
 */
export async function produceExtract(
  deps: DeidentifiedDeps,
  request: { readonly definition: string; readonly system: string; readonly table: string },
): Promise<DeidentifiedExtract> {
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  const definition = ledger?.deidentifiedData.find((d) => d.id === request.definition);
  if (definition === undefined)
    throw new AppError('NOT_FOUND', `de-identified dataset ${request.definition} not found`);
  const binding = scanningDataset(deps, request.system);
  const planned = planExtract(
    definition,
    binding.annotations,
    request.table,
    deps.minimumCount ?? DEFAULT_MINIMUM_COUNT,
  );
  if (!planned.ok)
    throw new AppError('VALIDATION', `cannot make ${definition.id} from ${request.table}`, { issues: planned.issues });
  const { plan } = planned;
  const pseudonymHash = binding.pseudonymHash;
  if (plan.pseudonym && pseudonymHash === undefined) {
    throw new AppError(
      'UNPROCESSABLE',
      `the annotations of ${request.system} name no pseudonymKeyRef, so ${definition.id} (pseudonymised) cannot be made`,
    );
  }
  // The pseudonym key is the dataset's own PS-1 key, never the matching key (see pseudonymKeyRef).
  const pseudonymOf = (key: string) =>
    (pseudonymHash as (value: string) => string)(`pseudonym:${definition.id}:${plan.table}:${key}`).slice(0, 32);
  const out: Record<string, CellValue>[] = [];
  let rowsRead = 0;
  for await (const rows of binding.connector.scan({ table: plan.table, key: plan.key, columns: plan.read })) {
    rowsRead += rows.length;
    for (const row of rows) out.push(deidentifyRow(plan, row, pseudonymOf));
  }
  const { rows, suppressed } = suppressRareRows(out, plan.minimumGroup);
  if (plan.pseudonym) rows.sort((a, b) => String(a.pseudonym).localeCompare(String(b.pseudonym)));
  else shuffle(rows);
  return {
    definition: definition.id,
    kind: plan.kind,
    name: definition.name,
    resultItems: definition.resultItems,
    columns: [
      ...(plan.pseudonym ? [{ name: 'pseudonym' }] : []),
      ...plan.columns.map((c) => ({ name: c.column, item: c.item })),
    ],
    rows,
    rowsRead,
    suppressedRows: suppressed,
    producedAt: deps.clock.now().toISOString(),
  };
}

/** Fisher-Yates with a cryptographic source: the order says nothing of the source's key order. */
function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
