import type { Block, ListItem } from '../core/notice/notice-model.ts';
import { textRuns } from '../core/notice/text-runs.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

/** The pdfkit surface the block renderer uses (kept narrow so it reads as the layout it is). */
type Doc = PDFKit.PDFDocument;

export const STYLE = {
  body: 9.5,
  small: 8.5,
  lineGap: 2.5,
  text: '#1f2328',
  muted: '#57606a',
  link: '#0a58ca',
  rule: '#d0d7de',
  shade: '#f6f8fa',
} as const;

/** Lays out one block at the current position, flowing onto new pages as pdfkit does. */
export function renderPdfBlock(doc: Doc, block: Block): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  switch (block.kind) {
    case 'paragraph':
      runs(doc, block.text, { x: left, width, size: STYLE.body, color: STYLE.text });
      break;
    case 'note':
      runs(doc, block.text, { x: left, width, size: STYLE.small, color: STYLE.muted });
      break;
    case 'signature':
      doc.font(PDF_FONTS.regular).fontSize(STYLE.body).fillColor(STYLE.text);
      for (const line of block.lines) doc.text(line, left, doc.y, { width, align: 'right', lineGap: STYLE.lineGap });
      break;
    case 'list':
      block.items.forEach((item, index) => listItem(doc, item, block.ordered ? `${index + 1}.` : '•', left, width));
      break;
    case 'fields':
      caption(doc, block.caption, left, width);
      table(
        doc,
        block.fields.map((f) => [f.label, f.value.join('\n')]),
        { widths: [width * 0.3, width * 0.7], header: false },
      );
      break;
    case 'table':
      caption(doc, block.caption, left, width);
      table(doc, [block.headers.map((h) => h), ...block.rows.map((row) => row.map((cell) => cell.join('\n')))], {
        widths: columnWidths(doc, block.headers, block.rows, width),
        header: true,
      });
      break;
  }
  doc.moveDown(0.5);
}

function runs(doc: Doc, text: string, at: { x: number; width: number; size: number; color: string }): void {
  doc.font(PDF_FONTS.regular).fontSize(at.size);
  const parts = textRuns(text);
  parts.forEach((run, i) => {
    const link = run.kind === 'url' ? run.text : null;
    doc.fillColor(link ? STYLE.link : at.color);
    const options = { width: at.width, lineGap: STYLE.lineGap, continued: i < parts.length - 1, link };
    if (i === 0) doc.text(run.text, at.x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.fillColor(STYLE.text);
}

function listItem(doc: Doc, item: ListItem, marker: string, left: number, width: number): void {
  const indent = 16;
  if (doc.y > doc.page.height - doc.page.margins.bottom - STYLE.body * 2) doc.addPage();
  const y = doc.y;
  doc.font(PDF_FONTS.regular).fontSize(STYLE.body).fillColor(STYLE.text);
  doc.text(marker, left + 2, y, { width: indent, lineBreak: false });
  doc.y = y;
  runs(doc, item.text, { x: left + indent, width: width - indent, size: STYLE.body, color: STYLE.text });
  for (const sub of item.items ?? []) {
    const subY = doc.y;
    doc
      .font(PDF_FONTS.regular)
      .fontSize(STYLE.small)
      .text('–', left + indent + 2, subY, { width: 12, lineBreak: false });
    doc.y = subY;
    runs(doc, sub, { x: left + indent + 14, width: width - indent - 14, size: STYLE.small, color: STYLE.text });
  }
  doc.moveDown(0.15);
}

function caption(doc: Doc, text: string | undefined, left: number, width: number): void {
  if (!text) return;
  doc.font(PDF_FONTS.bold).fontSize(STYLE.body).fillColor(STYLE.text).text(text, left, doc.y, { width });
  doc.moveDown(0.2);
}

function table(doc: Doc, data: string[][], layout: { widths: number[]; header: boolean }): void {
  doc.font(PDF_FONTS.regular).fontSize(STYLE.small);
  doc.table({
    position: { x: doc.page.margins.left, y: doc.y },
    columnStyles: layout.widths,
    defaultStyle: { border: 0.5, borderColor: STYLE.rule, padding: 4 },
    rowStyles: (row) => (layout.header && row === 0 ? { backgroundColor: STYLE.shade } : undefined),
    data: data.map((row, r) =>
      row.map((text, c) =>
        (layout.header && r === 0) || (!layout.header && c === 0)
          ? {
              text,
              type: 'TH' as const,
              font: { src: PDF_FONTS.bold, size: STYLE.small },
              backgroundColor: STYLE.shade,
            }
          : { text, font: { src: PDF_FONTS.regular, size: STYLE.small } },
      ),
    ),
  });
  doc.x = doc.page.margins.left;
}

/**
 * Short columns get the width of their longest line (water-filling from the shortest); the long ones share
 * what is left, so a country column is not squeezed by a column of paragraphs.
 */
function columnWidths(
  doc: Doc,
  headers: readonly string[],
  rows: readonly (readonly (readonly string[])[])[],
  width: number,
): number[] {
  doc.font(PDF_FONTS.regular).fontSize(STYLE.small);
  const natural = headers.map((header, c) => {
    const lines = [header, ...rows.flatMap((row) => row[c] ?? [])];
    return Math.max(...lines.map((line) => doc.widthOfString(line))) + 10;
  });
  const widths = natural.map(() => 0);
  let remaining = width;
  const order = natural.map((w, c) => ({ w, c })).sort((a, b) => a.w - b.w);
  order.forEach(({ w, c }, i) => {
    const share = remaining / (order.length - i);
    widths[c] = Math.min(w, share);
    remaining -= widths[c] ?? 0;
  });
  const used = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / used) * width);
}
