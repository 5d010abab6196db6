import PDFDocument from 'pdfkit';
import type { ReplyLetter } from '../core/requests/reply-letter.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

const MARGIN = 64;

/** A reply letter as an A4 PDF with Noto Sans JP embedded (subset), in Japanese or English. */
export function renderLetterPdf(letter: ReplyLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: letter.lang,
    displayTitle: true,
    info: { Title: letter.title, Author: letter.from, Creator: 'Mamori' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(PDF_FONTS.regular).fontSize(10).text(letter.date, { align: 'right' });
  doc.text(letter.from, { align: 'right' });
  doc.moveDown(1.5);
  doc.font(PDF_FONTS.bold).fontSize(15).text(letter.title, { align: 'center' });
  doc.moveDown(1);
  doc.font(PDF_FONTS.regular).fontSize(10.5);
  for (const p of letter.paragraphs) doc.text(p, { lineGap: 2 }).moveDown(0.6);
  for (const section of letter.sections) {
    doc.moveDown(0.4).font(PDF_FONTS.bold).fontSize(11).text(section.heading);
    doc.font(PDF_FONTS.regular).fontSize(10);
    for (const line of section.lines) doc.text(`・${line}`, { indent: 8, lineGap: 1.5 });
  }
  doc.end();
  return done;
}
