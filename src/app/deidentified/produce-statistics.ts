import { z } from 'zod';
import { AppError, type FieldIssue } from '../../core/app-error.ts';
import type { DatasetRow } from '../../core/dataset/dataset-rows.ts';
import { GeneraliseSchema } from '../../core/deidentified/generalise.ts';
import { PeopleCounter, type StatisticsTable } from '../../core/deidentified/statistics.ts';
import { DEFAULT_MINIMUM_COUNT, type DeidentifiedDeps, scanningDataset } from './deidentified-deps.ts';

const Column = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/);

/** A statistical table asked for: people counted per combination of annotated columns of one table. */
export const StatisticsRequestSchema = z
  .object({
    system: z.string().min(1).max(200),
    table: Column,
    dimensions: z
      .array(z.object({ column: Column, generalise: GeneraliseSchema.optional() }).strict())
      .min(1)
      .max(4),
    /** Raises the smallest published cell; never lowers it below the configured or the ledger's minimum. */
    minimumCount: z.number().int().min(1).max(1_000_000).optional(),
    /** The ledger's statistical dataset this table belongs to (its items and minimum cell size apply). */
    definition: z.string().min(1).max(200).optional(),
  })
  .strict();
export type StatisticsRequest = z.infer<typeof StatisticsRequestSchema>;

/**
 * Counts people per dimension in a connected database, with small-cell suppression. Dimensions are annotated
 * columns that do not identify anyone; a person is a row of a table that identifies people, otherwise the row it
 * refers to as the same person (an assignment counts its staff member once per cell).
 */
export async function produceStatistics(
  deps: DeidentifiedDeps,
  request: StatisticsRequest,
): Promise<StatisticsTable & { readonly definition?: string; readonly rowsRead: number }> {
  const binding = scanningDataset(deps, request.system);
  const spec = binding.annotations.tables[request.table];
  if (spec === undefined) {
    throw new AppError('VALIDATION', 'invalid statistics', {
      issues: [{ path: 'table', message: `${request.table} is not annotated in ${request.system}` }],
    });
  }
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  const definition = request.definition ? ledger?.deidentifiedData.find((d) => d.id === request.definition) : undefined;
  const issues: FieldIssue[] = [];
  if (request.definition !== undefined && definition?.kind !== 'statistical') {
    issues.push({ path: 'definition', message: `${request.definition} is not a statistical dataset of the ledger` });
  }
  const id = spec.identity;
  const identifying = new Set(
    [id?.email, id?.staffNumber, id?.myNumberHash, id?.name?.family, id?.name?.given, id?.name?.familyKana]
      .concat([id?.name?.givenKana, id?.name?.birthDate])
      .filter((c): c is string => c !== undefined),
  );
  request.dimensions.forEach((d, i) => {
    const annotation = spec.columns[d.column];
    const path = `dimensions.${i}.column`;
    if (annotation === undefined) issues.push({ path, message: `${d.column} is not an annotated column` });
    else if (identifying.has(d.column) && d.generalise === undefined) {
      issues.push({ path, message: `${d.column} identifies people; generalise it or choose another column` });
    } else if (definition && annotation.item !== undefined && !definition.sourceItems.includes(annotation.item)) {
      issues.push({ path, message: `${annotation.item} is not a source item of ${definition.id}` });
    }
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'invalid statistics', { issues });
  const floor = Math.max(deps.minimumCount ?? DEFAULT_MINIMUM_COUNT, definition?.minimumCellSize ?? 1);
  const minimumCount = Math.max(floor, request.minimumCount ?? floor);
  const personColumn =
    spec.identity !== undefined ? spec.key : (spec.references.find((r) => r.samePerson)?.column ?? spec.key);
  const counter = new PeopleCounter(
    request.dimensions.map((d) =>
      d.generalise ? { column: d.column, generalise: d.generalise } : { column: d.column },
    ),
  );
  let rowsRead = 0;
  const personOf = (row: DatasetRow) => String(row[personColumn] ?? '');
  for await (const rows of binding.connector.scan({
    table: request.table,
    key: spec.key,
    columns: [personColumn, ...request.dimensions.map((d) => d.column)],
  })) {
    rowsRead += rows.length;
    counter.add(rows, personOf);
  }
  return { ...counter.table(minimumCount), ...(definition ? { definition: definition.id } : {}), rowsRead };
}
