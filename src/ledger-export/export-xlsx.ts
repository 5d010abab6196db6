import ExcelJS from 'exceljs';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { Lang } from '../core/ledger/localized-text.ts';
import { ledgerSheets } from '../core/ledger-export/ledger-sheets.ts';
import { cellText, type Sheet } from '../core/ledger-export/sheet.ts';

/**
 * The auditors' workbook: the ledger rows on the first sheet, then purposes, data items, systems and stores,
 * retention rules, recipients, joint uses, contractors and roles. Each sheet has a frozen bold header, an
 * autofilter, column widths from the layout and wrapped text (list cells hold one value per line).
 */
export async function exportXlsx(ledger: Ledger, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mamori';
  // Fixed timestamps: the same ledger gives the same workbook content.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of ledgerSheets(ledger, lang)) addSheet(workbook, sheet);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    // Printed for an audit: landscape, one page wide, the header on every page.
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  for (const row of sheet.rows) {
    const texts = row.map((cell) => cellText(cell, '\n'));
    // Rows get an explicit height: spreadsheet programs do not all grow rows to fit wrapped text on open.
    ws.addRow(texts).height =
      LINE_HEIGHT * Math.max(1, ...texts.map((t, i) => lineCount(t, sheet.columns[i]?.width ?? 10)));
  }
  const header = ws.getRow(1);
  header.height = LINE_HEIGHT * Math.max(1, ...sheet.columns.map((c) => lineCount(c.header, c.width)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  ws.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  }
}

const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/** Lines a text takes in a column of the given width (characters); East Asian characters count double. */
function lineCount(text: string, width: number): number {
  const lines = text.split('\n').reduce((sum, line) => {
    let columns = 0;
    for (const ch of line)
      columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
    return sum + Math.max(1, Math.ceil(columns / Math.max(1, width - 1)));
  }, 0);
  return Math.min(lines, Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT));
}
