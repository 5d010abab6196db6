import type { Ledger } from '../ledger/ledger.ts';
import type { DatasetAnnotations } from './dataset-annotations.ts';
import { isLegalRetention } from './legal-retention.ts';

/** A mismatch between annotations and the ledger (unknown ids, items the ledger does not list for the system). */
export interface LedgerMismatch {
  readonly severity: 'error' | 'warning';
  readonly code:
    | 'unknown-system'
    | 'unknown-item'
    | 'item-not-in-system'
    | 'unknown-category'
    | 'unknown-rule'
    | 'rule-not-about-table'
    | 'retention-unmapped';
  readonly path: string;
  readonly message: string;
}

/** Checks that the annotations speak the ledger's language; the ledger is the source of truth. */
export function checkAgainstLedger(annotations: DatasetAnnotations, ledger: Ledger): LedgerMismatch[] {
  const out: LedgerMismatch[] = [];
  const system = ledger.systems.find((s) => s.id === annotations.system);
  if (system === undefined) {
    out.push({
      severity: 'error',
      code: 'unknown-system',
      path: 'system',
      message: `the ledger has no system ${annotations.system}`,
    });
  }
  const items = new Set(ledger.dataItems.map((i) => i.id));
  const systemItems = new Set(system?.stores.flatMap((s) => s.items) ?? []);
  const categories = new Set(ledger.subjectCategories.map((c) => c.id));
  const rules = new Map(ledger.retentionRules.map((r) => [r.id, r]));
  for (const [table, spec] of Object.entries(annotations.tables)) {
    const tableItems = new Set<string>();
    for (const [column, annotation] of Object.entries(spec.columns)) {
      const item = annotation.item;
      if (item === undefined) continue;
      tableItems.add(item);
      const path = `tables.${table}.columns.${column}.item`;
      if (!items.has(item))
        out.push({ severity: 'error', code: 'unknown-item', path, message: `the ledger has no data item ${item}` });
      else if (system !== undefined && !systemItems.has(item)) {
        out.push({
          severity: 'warning',
          code: 'item-not-in-system',
          path,
          message: `the ledger does not list ${item} in system ${system.id}`,
        });
      }
    }
    (spec.categories ?? []).forEach((c, i) => {
      if (!categories.has(c)) {
        out.push({
          severity: 'error',
          code: 'unknown-category',
          path: `tables.${table}.categories.${i}`,
          message: `the ledger has no subject category ${c}`,
        });
      }
    });
    spec.retention.forEach((mapping, i) => {
      const rule = rules.get(mapping.rule);
      const path = `tables.${table}.retention.${i}.rule`;
      if (rule === undefined)
        out.push({
          severity: 'error',
          code: 'unknown-rule',
          path,
          message: `the ledger has no retention rule ${mapping.rule}`,
        });
      else if (!rule.items.some((item) => tableItems.has(item))) {
        out.push({
          severity: 'warning',
          code: 'rule-not-about-table',
          path,
          message: `rule ${rule.id} covers none of the items in ${table}`,
        });
      }
    });
    for (const rule of ledger.retentionRules) {
      if (!isLegalRetention(rule) || !rule.items.some((item) => tableItems.has(item))) continue;
      if (rule.systems !== undefined && !rule.systems.includes(annotations.system)) continue;
      if (
        rule.categories !== undefined &&
        spec.categories !== undefined &&
        !rule.categories.some((c) => spec.categories?.includes(c))
      )
        continue;
      if (spec.retention.some((m) => m.rule === rule.id)) continue;
      out.push({
        severity: 'warning',
        code: 'retention-unmapped',
        path: `tables.${table}.retention`,
        message: `legal rule ${rule.id} applies to ${table} but no column gives its trigger date: its rows are always kept`,
      });
    }
  }
  return out;
}
