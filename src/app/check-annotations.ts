import { checkAgainstLedger, type LedgerMismatch } from '../core/dataset/check-against-ledger.ts';
import { compareSchema, type DriftIssue } from '../core/dataset/compare-schema.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { DatasetBinding } from './dataset-binding.ts';

export interface AnnotationCheck {
  readonly system: string;
  readonly drift: readonly DriftIssue[];
  readonly ledger: readonly LedgerMismatch[];
  /** No errors (warnings may remain). */
  readonly ok: boolean;
}

/** Validates each database's annotations against its live schema (drift) and against the ledger. */
export async function checkAnnotations(input: {
  readonly ledger: Ledger;
  readonly datasets: readonly DatasetBinding[];
}): Promise<AnnotationCheck[]> {
  const checks: AnnotationCheck[] = [];
  for (const binding of input.datasets) {
    const drift = compareSchema(binding.annotations, await binding.connector.describeSchema());
    const ledger = checkAgainstLedger(binding.annotations, input.ledger);
    const ok = [...drift, ...ledger].every((issue) => issue.severity !== 'error');
    checks.push({ system: binding.annotations.system, drift, ledger, ok });
  }
  return checks;
}
