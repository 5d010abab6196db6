import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { DeidentifiedDeps } from '../../app/deidentified/deidentified-deps.ts';
import { produceExtract } from '../../app/deidentified/produce-extract.ts';
import { produceStatistics, StatisticsRequestSchema } from '../../app/deidentified/produce-statistics.ts';
import { AppError } from '../../core/app-error.ts';
import type { DeidentifiedData } from '../../core/ledger/deidentified-data.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { setAccessRecord } from '../request-context.ts';
import { json } from './management-route-kit.ts';

const tags = ['de-identified data'];
const Column = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/);
const AnyObject = z.record(z.string(), z.unknown());
const conflict = json(ErrorBodySchema, 'The connector cannot read whole tables');

const statistics = createRoute({
  method: 'post',
  path: '/api/v1/statistics',
  tags,
  summary: 'People counted per annotated column of a connected database, with small-cell suppression',
  description:
    'Cells of fewer people than the minimum (the configured floor, the ledger dataset’s minimumCellSize, or a higher ' +
    'minimumCount asked for) are published without their count; totals add only the published cells.',
  request: { body: { required: true, content: { 'application/json': { schema: StatisticsRequestSchema } } } },
  responses: { 200: json(AnyObject, 'The table'), 400: errorResponses[400], 404: errorResponses[404], 409: conflict },
});

const ExtractBody = z.object({ system: z.string().min(1).max(200), table: Column }).strict();
const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const extract = createRoute({
  method: 'post',
  path: '/api/v1/deidentified-data/{id}/extracts',
  tags,
  summary: 'A pseudonymised (PS-1) or anonymised (AN-1) extract made by the ledger’s processing steps',
  description:
    'Identifiers are removed or replaced by a keyed hash whose key never leaves the server; the published items of ' +
    'the result come with the data. Re-identifying it is refused by the decision engine (action re-identify).',
  request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: ExtractBody } } } },
  responses: { 200: json(AnyObject, 'The extract'), 400: errorResponses[400], 404: errorResponses[404], 409: conflict },
});

/** A dataset of another operator does not exist for the caller; a group-wide dataset only for group-wide callers. */
function assertDatasetVisible(c: Context, definition: DeidentifiedData | undefined, id: string): void {
  const mine = operatorFilter(c);
  if (mine === undefined || definition === undefined) return;
  if (definition.operators === undefined || !definition.operators.some((o) => mine.includes(o))) {
    throw new AppError('NOT_FOUND', `de-identified dataset ${id} not found`);
  }
}

export function registerDeidentifiedRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const deidentified: DeidentifiedDeps = {
    store: deps.store,
    clock: deps.clock,
    ...(deps.requests?.datasets ? { datasets: deps.requests.datasets } : {}),
    ...(deps.statistics?.minimumCount ? { minimumCount: deps.statistics.minimumCount } : {}),
  };
  const definitionOf = async (id: string) =>
    (await deps.store.ledgerVersions.latest())?.ledger.deidentifiedData.find((d) => d.id === id);
  app.openapi(statistics, async (c) => {
    const request = c.req.valid('json');
    if (operatorFilter(c) !== undefined) {
      if (request.definition === undefined) {
        throw new AppError('FORBIDDEN', "name the statistical dataset (definition) of your operator's ledger");
      }
      assertDatasetVisible(c, await definitionOf(request.definition), request.definition);
    }
    const table = await produceStatistics(deidentified, request);
    setAccessRecord(c, {
      rows: table.rowsRead,
      detail: {
        system: request.system,
        table: request.table,
        cells: table.cells.length,
        suppressed: table.suppressedCells,
      },
    });
    return c.json(JSON.parse(JSON.stringify(table)) as Record<string, unknown>, 200);
  });
  app.openapi(extract, async (c) => {
    const { id } = c.req.valid('param');
    assertDatasetVisible(c, await definitionOf(id), id);
    const result = await produceExtract(deidentified, { definition: id, ...c.req.valid('json') });
    setAccessRecord(c, {
      rows: result.rows.length,
      detail: { definition: id, kind: result.kind, read: result.rowsRead, suppressed: result.suppressedRows },
    });
    return c.json(JSON.parse(JSON.stringify(result)) as Record<string, unknown>, 200);
  });
}
