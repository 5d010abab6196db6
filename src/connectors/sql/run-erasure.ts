import type { ErasureRun, Verification, VerificationProblem } from '../../app/connector.ts';
import { AppError } from '../../core/app-error.ts';
import { type CellValue, keyString } from '../../core/dataset/dataset-rows.ts';
import type { ErasurePlan } from '../../core/dataset/erasure-plan.ts';
import type { SqlSession } from './sql-session.ts';

const CHUNK = 500;

class DryRunRollback extends Error {}

/**
 * Runs every step of the plan in order in one transaction. A step that does not change exactly the planned rows
 * (someone changed the data since the plan was made) fails the whole run. A dry run executes the same statements,
 * so constraint problems show up, then rolls back.
 */
export async function runErasure(session: SqlSession, plan: ErasurePlan, dryRun: boolean): Promise<ErasureRun> {
  const steps: { table: string; kind: 'update' | 'delete'; rows: number }[] = [];
  const { dialect } = session;
  const q = (name: string) => dialect.quote(name);
  try {
    await session.transaction(async (tx) => {
      for (const [index, step] of plan.steps.entries()) {
        let changed = 0;
        let expected: number;
        if (step.kind === 'update') {
          const columns = Object.keys(step.set);
          const assignments = columns.map((c, i) => `${q(c)} = ${dialect.param(i + 1)}`).join(', ');
          const sql = `UPDATE ${q(step.table)} SET ${assignments} WHERE ${q(step.keyColumn)} = ${dialect.param(columns.length + 1)}`;
          changed = await tx.execute(sql, [...columns.map((c) => step.set[c] ?? null), step.key]);
          expected = 1;
        } else {
          for (let i = 0; i < step.keys.length; i += CHUNK) {
            const list = dialect.inList(step.keyColumn, step.keys.slice(i, i + CHUNK), 1);
            changed += await tx.execute(`DELETE FROM ${q(step.table)} WHERE ${list.sql}`, list.params);
          }
          expected = step.keys.length;
        }
        if (changed !== expected) {
          throw new AppError(
            'CONFLICT',
            `step ${index + 1} (${step.kind} ${step.table}) changed ${changed} rows, planned ${expected}: the data changed since the plan was made`,
            {
              details: { step: index + 1, table: step.table },
            },
          );
        }
        steps.push({ table: step.table, kind: step.kind, rows: changed });
      }
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return { dryRun, steps };
}

/** Reads back every planned row and compares it with the plan. */
export async function verifyErasure(session: SqlSession, plan: ErasurePlan): Promise<Verification> {
  const { dialect } = session;
  const q = (name: string) => dialect.quote(name);
  const problems: VerificationProblem[] = [];
  let checkedRows = 0;
  for (const step of plan.steps) {
    if (step.kind === 'delete') {
      for (let i = 0; i < step.keys.length; i += CHUNK) {
        const list = dialect.inList(step.keyColumn, step.keys.slice(i, i + CHUNK), 1);
        const rows = await session.query(
          `SELECT ${q(step.keyColumn)} FROM ${q(step.table)} WHERE ${list.sql}`,
          list.params,
        );
        for (const row of rows)
          problems.push({ table: step.table, key: keyString(row[step.keyColumn]), problem: 'still-present' });
      }
      checkedRows += step.keys.length;
      continue;
    }
    const columns = Object.keys(step.set);
    const sql = `SELECT ${columns.map(q).join(', ')} FROM ${q(step.table)} WHERE ${q(step.keyColumn)} = ${dialect.param(1)}`;
    const [row] = await session.query(sql, [step.key]);
    checkedRows++;
    const key = keyString(step.key);
    if (row === undefined) {
      problems.push({ table: step.table, key, problem: 'missing' });
      continue;
    }
    for (const column of columns) {
      if (!sameValue(row[column] ?? null, step.set[column] ?? null)) {
        problems.push({ table: step.table, key, column, problem: 'value-differs' });
      }
    }
  }
  return { ok: problems.length === 0, checkedRows, problems };
}

function sameValue(actual: CellValue, expected: CellValue): boolean {
  if (actual === null || expected === null) return actual === expected;
  return String(actual) === String(expected);
}
