import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { Database, StoreKind } from './database.ts';

type SubjectTable = 'consents' | 'suspensions';

/**
 * Every row of `table` for a set of people in one statement, ordered by person then `order`. The SQL text is
 * fixed per dialect and built once: this read runs for every decision, and building the same query with
 * Kysely's builder on each call cost more than SQLite took to run it. One id is an equality (the plainest
 * index probe); several travel as one parameter (a JSON array on SQLite, a text[] on PostgreSQL), so the
 * statement text, and the prepared statement, stay the same whatever the count.
 */
export function subjectRowsQuery<T extends SubjectTable>(
  kind: StoreKind,
  table: T,
  order: readonly string[],
): (db: Kysely<Database>, subjectIds: readonly string[]) => Promise<Selectable<Database[T]>[]> {
  const orderBy = ['subject_id', ...order].map((c) => `"${c}"`).join(', ');
  const one = `select * from "${table}" where "subject_id" = ${kind === 'postgres' ? '$1' : '?'} order by ${orderBy}`;
  const many =
    kind === 'postgres'
      ? `select * from "${table}" where "subject_id" = any($1::text[]) order by ${orderBy}`
      : `select * from "${table}" where "subject_id" in (select value from json_each(?)) order by ${orderBy}`;
  return async (db, subjectIds) => {
    if (subjectIds.length === 0) return [];
    const query =
      subjectIds.length === 1
        ? CompiledQuery.raw(one, [subjectIds[0]])
        : CompiledQuery.raw(many, [kind === 'postgres' ? subjectIds : JSON.stringify(subjectIds)]);
    const result = await db.executeQuery<Selectable<Database[T]>>(query);
    return result.rows;
  };
}

/** Rows grouped by person, in the order they came; every asked id is present (with an empty list if none). */
export function groupBySubject<R extends { subject_id: string }, V>(
  subjectIds: readonly string[],
  rows: readonly R[],
  map: (row: R) => V,
): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const id of subjectIds) out.set(id, []);
  for (const row of rows) out.get(row.subject_id)?.push(map(row));
  return out;
}
