import { stringify } from 'csv-stringify/sync';
import type { LocalizedText } from '../../core/ledger/localized-text.ts';
import type { FoundSystem } from '../find-person-data.ts';

/** What the person is told was found, per system, table and item; and what went to an entrusting customer. */
export interface ResponsePackage {
  readonly request: { readonly id: string; readonly type: string; readonly operator: string };
  readonly generatedAt: string;
  readonly systems: readonly FoundSystem[];
  readonly routedToCustomer: readonly { readonly category: string; readonly name: LocalizedText }[];
  readonly provisionRecords: readonly {
    readonly recipient: string;
    readonly items: readonly string[];
    readonly firstProvidedAt: string;
    readonly lastProvidedAt: string;
  }[];
}

/** One line per value: system, table, row key, item, column, value (Excel opens it: UTF-8 with BOM). */
export function packageToCsv(pkg: ResponsePackage): string {
  const rows: string[][] = [];
  for (const system of pkg.systems) {
    for (const table of system.tables) {
      for (const item of table.items) {
        for (const row of item.rows) {
          for (const column of item.columns) {
            const value = row.values[column];
            rows.push([system.system, table.table, row.key, item.item, column, value === null ? '' : String(value)]);
          }
        }
      }
    }
  }
  return `\uFEFF${stringify(rows, { header: true, columns: ['system', 'table', 'row', 'item', 'column', 'value'] })}`;
}
