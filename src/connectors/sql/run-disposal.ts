import type { DisposalBatchInput, DisposalConnector } from '../../app/connector.ts';
import { AppError } from '../../core/app-error.ts';
import type { CellValue } from '../../core/dataset/dataset-rows.ts';
import { and, type DueCondition } from '../../core/retention/due-condition.ts';
import { compileCondition } from './compile-condition.ts';
import type { SqlSession } from './sql-session.ts';

type WithSession = <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>;

/** Batched retention disposal in SQL, for every engine: the engine brings only its session and dialect. */
export function sqlDisposal(withSession: WithSession): DisposalConnector {
  return {
    count: (table, condition) =>
      withSession(async (session) => {
        const where = compileCondition(session.dialect, condition, table);
        const [row] = await session.query(
          `SELECT COUNT(*) AS n FROM ${session.dialect.quote(table)} WHERE ${where.sql}`,
          where.params,
        );
        return Number(row?.n ?? 0);
      }),
    keys: (table, keyColumn, condition, after, limit) =>
      withSession(async (session) => {
        const q = (name: string) => session.dialect.quote(name);
        const where = compileCondition(session.dialect, condition, table);
        let sql = `SELECT ${q(keyColumn)} AS k FROM ${q(table)} WHERE ${where.sql}`;
        if (after !== null) {
          where.params.push(after);
          sql += ` AND ${q(keyColumn)} > ${session.dialect.param(where.params.length)}`;
        }
        if (!Number.isInteger(limit) || limit < 1)
          throw new AppError('VALIDATION', 'batch size must be a positive integer');
        const rows = await session.query(`${sql} ORDER BY ${q(keyColumn)} LIMIT ${limit}`, where.params);
        return rows.map((r) => r.k ?? null);
      }),
    dispose: (batch) => withSession((session) => session.transaction((tx) => disposeBatch(tx, batch))),
  };
}

async function disposeBatch(tx: SqlSession, batch: DisposalBatchInput): Promise<number> {
  const { dialect } = tx;
  const q = (name: string) => dialect.quote(name);
  if (batch.keys.length === 0) return 0;
  const among: DueCondition = and({ kind: 'key-in', column: batch.keyColumn, keys: batch.keys }, batch.condition);
  const { change } = batch;
  if (change.kind === 'none')
    throw new AppError('INTERNAL', `${batch.table}: a contractor's disposal runs nowhere here`);
  if (change.kind === 'delete') {
    const where = compileCondition(dialect, among, batch.table);
    return tx.execute(`DELETE FROM ${q(batch.table)} WHERE ${where.sql}`, where.params);
  }
  const columns = Object.keys(change.set);
  if (change.hashed.length === 0) {
    const params: unknown[] = [];
    const assignments = columns.map((c) => {
      params.push(change.set[c] ?? null);
      return `${q(c)} = ${dialect.param(params.length)}`;
    });
    const where = compileCondition(dialect, among, batch.table, params);
    return tx.execute(`UPDATE ${q(batch.table)} SET ${assignments.join(', ')} WHERE ${where.sql}`, where.params);
  }
  // Keyed hashes differ per row: read the rows (inside this transaction), then write each.
  const keyedHash = batch.keyedHash;
  if (keyedHash === undefined)
    throw new AppError('INTERNAL', `${batch.table}: erasure by keyed hash needs the dataset's key`);
  const read = compileCondition(dialect, among, batch.table);
  const hashedColumns = change.hashed.map((h) => h.column);
  const rows = await tx.query(
    `SELECT ${[batch.keyColumn, ...hashedColumns].map(q).join(', ')} FROM ${q(batch.table)} WHERE ${read.sql}`,
    read.params,
  );
  let changed = 0;
  for (const row of rows) {
    const params: unknown[] = [];
    const set = (column: string, value: CellValue) => {
      params.push(value);
      return `${q(column)} = ${dialect.param(params.length)}`;
    };
    const assignments = [
      ...columns.map((c) => set(c, change.set[c] ?? null)),
      ...change.hashed.map((h) => {
        const before = row[h.column] ?? null;
        return set(h.column, before === null ? null : keyedHash(String(before)).slice(0, h.length ?? 64));
      }),
    ];
    const key: DueCondition = { kind: 'key-in', column: batch.keyColumn, keys: [row[batch.keyColumn] ?? null] };
    const where = compileCondition(dialect, and(key, batch.condition), batch.table, params);
    changed += await tx.execute(
      `UPDATE ${q(batch.table)} SET ${assignments.join(', ')} WHERE ${where.sql}`,
      where.params,
    );
  }
  return changed;
}
