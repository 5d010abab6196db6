import PDFDocument from 'pdfkit';
import type { NoticeModel, NoticeSection } from '../core/notice/notice-model.ts';
import { renderPdfBlock, STYLE } from './pdf-blocks.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

const HEADING_SIZES = [16, 13, 11, 10, 9.5] as const;
const MARGIN = 56;

/**
 * The notice as an A4 PDF: Noto Sans JP embedded (subset), headings with bookmarks, wrapped paragraphs,
 * lists and tables, page numbers, and Title/Lang metadata.
 */
export function renderPdf(model: NoticeModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: model.langTag,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: model.title, Author: model.publisher, Subject: model.subtitle ?? model.title, Creator: 'Mamori' },
  });
  const done = collect(doc);

  doc.font(PDF_FONTS.bold).fontSize(20).fillColor(STYLE.text).text(model.title, { align: 'left' });
  if (model.subtitle) doc.font(PDF_FONTS.regular).fontSize(10).fillColor(STYLE.muted).text(model.subtitle);
  doc.moveDown(1);
  doc.font(PDF_FONTS.bold).fontSize(STYLE.body).fillColor(STYLE.text).text(model.tableOfContents);
  doc.font(PDF_FONTS.regular).fontSize(STYLE.body);
  for (const s of model.sections) doc.text(`${s.number ?? ''}. ${s.heading}`, { indent: 8, lineGap: 1.5 });
  doc.moveDown(1);

  for (const s of model.sections) renderSection(doc, s, 0);
  numberPages(doc);
  doc.end();
  return done;
}

function renderSection(doc: PDFKit.PDFDocument, s: NoticeSection, depth: number): void {
  const size = HEADING_SIZES[Math.min(depth, HEADING_SIZES.length - 1)] ?? STYLE.body;
  // Keep a heading with the first lines under it.
  if (doc.y > doc.page.height - doc.page.margins.bottom - size * 6) doc.addPage();
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const heading = s.number ? `${s.number}. ${s.heading}` : s.heading;
  doc.moveDown(depth === 0 ? 0.8 : 0.4);
  if (depth <= 1) doc.outline.addItem(heading);
  doc.font(PDF_FONTS.bold).fontSize(size).fillColor(STYLE.text).text(heading, left, doc.y, { width });
  if (depth === 0) {
    const y = doc.y + 2;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.8)
      .strokeColor(STYLE.rule)
      .stroke();
    doc.y = y + 4;
  }
  doc.moveDown(0.3);
  for (const block of s.blocks) renderPdfBlock(doc, block);
  for (const sub of s.subsections) renderSection(doc, sub, depth + 1);
}

function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page; lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc
      .font(PDF_FONTS.regular)
      .fontSize(8)
      .fillColor(STYLE.muted)
      .text(`${i + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
