import { AppError } from '../core/app-error.ts';
import type { DatasetAnnotations } from '../core/dataset/dataset-annotations.ts';
import type { CellValue, FoundRows } from '../core/dataset/dataset-rows.ts';
import { type PersonIdentity, toMatchKey } from '../core/dataset/person-identity.ts';
import { walkPlan } from '../core/dataset/walk-plan.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { LocalizedText } from '../core/ledger/localized-text.ts';
import type { DatasetBinding } from './dataset-binding.ts';

export interface FoundItem {
  readonly item: string;
  readonly name: LocalizedText;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly values: Readonly<Record<string, CellValue>> }[];
}

export interface FoundTable {
  readonly table: string;
  readonly rowCount: number;
  readonly items: readonly FoundItem[];
}

export interface FoundSystem {
  readonly system: string;
  readonly name: LocalizedText;
  readonly tables: readonly FoundTable[];
}

/** A person's data in the company's databases, grouped by system, table and data item (the access answer, RQ-1). */
export interface PersonDataReport {
  readonly identityKind: PersonIdentity['kind'];
  readonly systems: readonly FoundSystem[];
  readonly rowCount: number;
}

/** The rows of one database that belong to the identity: anchors, then every reachable row. */
export async function findInDataset(binding: DatasetBinding, identity: PersonIdentity): Promise<FoundRows> {
  const match = toMatchKey(identity, binding.keyedHash);
  if (!match.ok) {
    throw new AppError('VALIDATION', 'invalid identity', {
      issues: [{ path: `identity.${match.path}`, message: match.message }],
    });
  }
  return binding.connector.findRows(walkPlan(binding.annotations, match.key));
}

/** Finds the person in every connected database and groups what was found in the ledger's words. */
export async function findPersonData(input: {
  readonly ledger: Ledger;
  readonly datasets: readonly DatasetBinding[];
  readonly identity: PersonIdentity;
}): Promise<PersonDataReport> {
  const systems: FoundSystem[] = [];
  let rowCount = 0;
  for (const binding of input.datasets) {
    const found = await findInDataset(binding, input.identity);
    const system = groupByItem(input.ledger, binding.annotations, found);
    rowCount += system.tables.reduce((n, t) => n + t.rowCount, 0);
    systems.push(system);
  }
  return { identityKind: input.identity.kind, systems, rowCount };
}

/** Groups found rows by table, then by item; columns holding no item are left out. */
export function groupByItem(ledger: Ledger, annotations: DatasetAnnotations, found: FoundRows): FoundSystem {
  const itemNames = new Map(ledger.dataItems.map((i) => [i.id, i.name]));
  const system = ledger.systems.find((s) => s.id === annotations.system);
  const tables: FoundTable[] = [];
  for (const [table, rows] of found) {
    if (rows.size === 0) continue;
    const spec = annotations.tables[table]!;
    const byItem = new Map<string, string[]>();
    for (const [column, annotation] of Object.entries(spec.columns)) {
      if (annotation.item === undefined) continue;
      byItem.set(annotation.item, [...(byItem.get(annotation.item) ?? []), column]);
    }
    const items: FoundItem[] = [];
    for (const [item, columns] of byItem) {
      const itemRows = [...rows].map(([key, row]) => ({
        key,
        values: Object.fromEntries(columns.map((c) => [c, row[c] ?? null])),
      }));
      items.push({ item, name: itemNames.get(item) ?? { ja: item, en: item }, columns, rows: itemRows });
    }
    tables.push({ table, rowCount: rows.size, items });
  }
  return {
    system: annotations.system,
    name: system?.name ?? { ja: annotations.system, en: annotations.system },
    tables,
  };
}
