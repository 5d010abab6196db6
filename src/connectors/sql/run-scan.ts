import type { ScanRequest } from '../../app/connector.ts';
import type { DatasetRow } from '../../core/dataset/dataset-rows.ts';
import type { SqlSession } from './sql-session.ts';

const DEFAULT_BATCH = 5000;

/**
 * Keyset pagination over a table: `WHERE key > last ORDER BY key LIMIT n`, one short read per batch (each on a
 * session of its own), so a million-row table is never held in memory or in one long transaction.
 */
export async function* runScan(
  withSession: <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>,
  request: ScanRequest,
): AsyncIterable<readonly DatasetRow[]> {
  const batch = Math.max(1, Math.min(request.batchSize ?? DEFAULT_BATCH, 50_000));
  const columns = [...new Set([request.key, ...request.columns])];
  let last: DatasetRow[string] | undefined;
  while (true) {
    const rows = await withSession((session) => {
      const { dialect } = session;
      const key = dialect.quote(request.key);
      const select = `SELECT ${columns.map((c) => dialect.quote(c)).join(', ')} FROM ${dialect.quote(request.table)}`;
      const where = last === undefined ? '' : ` WHERE ${key} > ${dialect.param(1)}`;
      return session.query(`${select}${where} ORDER BY ${key} LIMIT ${batch}`, last === undefined ? [] : [last]);
    });
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    last = rows[rows.length - 1]?.[request.key];
  }
}
