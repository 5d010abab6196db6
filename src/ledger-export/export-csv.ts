import { stringify } from 'csv-stringify/sync';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { Lang } from '../core/ledger/localized-text.ts';
import { ledgerSheet } from '../core/ledger-export/ledger-rows.ts';
import { cellText } from '../core/ledger-export/sheet.ts';

/** Several values in one cell: one line of text, so each ledger row stays one CSV record. */
const SEPARATOR = { ja: '、', en: '; ' } as const;

/** The auditors' ledger rows as CSV: UTF-8 with a byte-order mark (Excel reads Japanese correctly), CRLF. */
export function exportCsv(ledger: Ledger, lang: Lang): string {
  const sheet = ledgerSheet(ledger, lang);
  const records = [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) => row.map((cell) => cellText(cell, SEPARATOR[lang]))),
  ];
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
