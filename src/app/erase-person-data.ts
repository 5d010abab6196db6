import type { FoundRows } from '../core/dataset/dataset-rows.ts';
import type { ErasurePlan, RetainedItem } from '../core/dataset/erasure-plan.ts';
import type { PersonIdentity } from '../core/dataset/person-identity.ts';
import { planErasure } from '../core/dataset/plan-erasure.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { ErasureRun, Verification, VerificationProblem } from './connector.ts';
import type { DatasetBinding } from './dataset-binding.ts';
import { findInDataset } from './find-person-data.ts';

export interface KeptRow {
  readonly system: string;
  readonly table: string;
  readonly key: string;
  readonly retained: readonly RetainedItem[];
}

export interface SystemErasure {
  readonly system: string;
  readonly plan: ErasurePlan;
  /** The statements run (a preview runs them in a transaction it rolls back). */
  readonly run: ErasureRun;
  /** After execution: the verification pass; absent in a preview. */
  readonly verification?: Verification;
}

export interface ErasureReport {
  readonly mode: 'preview' | 'execute';
  readonly systems: readonly SystemErasure[];
  /** Rows (or items of rows) kept under a legal retention rule, with the rule. */
  readonly kept: readonly KeptRow[];
  readonly ok: boolean;
}

/**
 * Erases a person's data (RQ-4): plans per system from what is found now, previews by running the plan in a
 * transaction that is rolled back, or executes it and proves the result by reading every planned row back and
 * finding the person again (nothing may turn up that the plan did not account for).
 */
export async function erasePersonData(input: {
  readonly ledger: Ledger;
  readonly datasets: readonly DatasetBinding[];
  readonly identity: PersonIdentity;
  readonly mode: 'preview' | 'execute';
  readonly now: Date;
  readonly items?: readonly string[];
}): Promise<ErasureReport> {
  const systems: SystemErasure[] = [];
  const kept: KeptRow[] = [];
  for (const binding of input.datasets) {
    const found = await findInDataset(binding, input.identity);
    const plan = planErasure({
      annotations: binding.annotations,
      found,
      retentionRules: input.ledger.retentionRules,
      now: input.now,
      keyedHash: binding.keyedHash,
      ...(input.items ? { items: input.items } : {}),
    });
    for (const row of plan.rows) {
      if (row.retained.length > 0)
        kept.push({ system: plan.system, table: row.table, key: row.key, retained: row.retained });
    }
    const run = await binding.connector.applyErasure(plan, { dryRun: input.mode === 'preview' });
    if (input.mode === 'preview') {
      systems.push({ system: plan.system, plan, run });
      continue;
    }
    const checked = await binding.connector.verify(plan);
    const after = await findInDataset(binding, input.identity);
    const unplanned = unplannedRows(plan, after);
    const verification = {
      ...checked,
      ok: checked.ok && unplanned.length === 0,
      problems: [...checked.problems, ...unplanned],
    };
    systems.push({ system: plan.system, plan, run, verification });
  }
  return { mode: input.mode, systems, kept, ok: systems.every((s) => s.verification?.ok ?? true) };
}

/** Rows found after erasure that the plan neither kept nor overwrote (deleted rows are checked by verify). */
function unplannedRows(plan: ErasurePlan, after: FoundRows): VerificationProblem[] {
  const planned = new Set(plan.rows.filter((r) => r.action !== 'delete').map((r) => `${r.table}\u0000${r.key}`));
  const problems: VerificationProblem[] = [];
  for (const [table, rows] of after) {
    for (const key of rows.keys()) {
      if (!planned.has(`${table}\u0000${key}`)) problems.push({ table, key, problem: 'still-present' });
    }
  }
  return problems;
}
