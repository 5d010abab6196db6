import type { Ledger } from '../ledger/ledger.ts';
import type { Lang } from '../ledger/localized-text.ts';
import { LedgerLookup } from './ledger-lookup.ts';
import { ledgerSheet } from './ledger-rows.ts';
import type { Sheet } from './sheet.ts';
import { contractorsSheet, jointUsesSheet, recipientsSheet, systemsSheet } from './sheets-parties.ts';
import { dataItemsSheet, purposesSheet, retentionSheet, rolesSheet } from './sheets-use.ts';

/** The auditors' workbook: the ledger rows first, then one sheet per section they check against. */
export function ledgerSheets(ledger: Ledger, lang: Lang): Sheet[] {
  const lookup = new LedgerLookup(ledger, lang);
  return [
    ledgerSheet(ledger, lang),
    purposesSheet(lookup),
    dataItemsSheet(lookup),
    systemsSheet(lookup),
    retentionSheet(lookup),
    recipientsSheet(lookup),
    jointUsesSheet(lookup),
    contractorsSheet(lookup),
    rolesSheet(lookup),
  ];
}
