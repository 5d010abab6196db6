import { type DatasetRow, type FoundRows, keyString } from '../../core/dataset/dataset-rows.ts';
import type { ReferenceEdge } from '../../core/dataset/reference-graph.ts';
import { rowHasName, type WalkPlan } from '../../core/dataset/walk-plan.ts';
import type { SqlSession } from './sql-session.ts';

const CHUNK = 500;

/**
 * Runs a walk plan: anchor queries, then references up (to the same person's parent rows) and down (to every
 * child row) until nothing new is found. Each query is by an indexed key; every row is read once.
 */
export async function runWalk(session: SqlSession, plan: WalkPlan): Promise<FoundRows> {
  const found = new Map<string, Map<string, DatasetRow>>();
  const add = (table: string, rows: readonly DatasetRow[]): number => {
    const key = plan.keys.get(table)!;
    let map = found.get(table);
    if (map === undefined) {
      map = new Map();
      found.set(table, map);
    }
    let added = 0;
    for (const row of rows) {
      const k = keyString(row[key]);
      if (!map.has(k)) {
        map.set(k, row);
        added++;
      }
    }
    return added;
  };
  const { dialect } = session;
  const select = (table: string) =>
    `SELECT ${plan.columns
      .get(table)!
      .map((c) => dialect.quote(c))
      .join(', ')} FROM ${dialect.quote(table)}`;

  for (const anchor of plan.anchors) {
    const where = anchor.caseless ? dialect.caselessEquals(anchor.column, 1) : dialect.equals(anchor.column, 1);
    const rows = await session.query(`${select(anchor.table)} WHERE ${where}`, [anchor.value]);
    const name = anchor.name;
    add(anchor.table, name === undefined ? rows : rows.filter((row) => rowHasName(row, name)));
  }

  // Values already followed along each edge, so a second round only asks for what is new.
  const followed = new Map<ReferenceEdge, Set<string>>();
  const follow = async (edge: ReferenceEdge, from: string, fromColumn: string, to: string, toColumn: string) => {
    let done = followed.get(edge);
    if (done === undefined) {
      done = new Set();
      followed.set(edge, done);
    }
    // Going up to a row by its key: a row already found needs no query.
    const known = toColumn === plan.keys.get(to) ? found.get(to) : undefined;
    const values = [];
    for (const row of found.get(from)?.values() ?? []) {
      const value = row[fromColumn];
      if (value === null || value === undefined || done.has(String(value))) continue;
      if (known?.has(String(value))) continue;
      done.add(String(value));
      values.push(value);
    }
    let added = 0;
    for (let i = 0; i < values.length; i += CHUNK) {
      const list = dialect.inList(toColumn, values.slice(i, i + CHUNK), 1);
      added += add(to, await session.query(`${select(to)} WHERE ${list.sql}`, list.params));
    }
    return added;
  };
  for (let round = 0; round < 8; round++) {
    let added = 0;
    for (const edge of plan.up) added += await follow(edge, edge.child, edge.column, edge.parent, edge.parentKey);
    for (const edge of plan.down) added += await follow(edge, edge.parent, edge.parentKey, edge.child, edge.column);
    if (added === 0) break;
  }
  return found;
}
