export { LEDGER_COLUMNS, type LedgerColumnKey } from './ledger-columns.ts';
export { type LedgerRow, ledgerRows, ledgerSheet } from './ledger-rows.ts';
export { ledgerSheets } from './ledger-sheets.ts';
export { effectivePeriod, formatPeriod, formatRetention, longestRule } from './retention-period.ts';
export { type Cell, cellText, type Sheet, type SheetColumn } from './sheet.ts';
export { stableLedger } from './stable-ledger.ts';
