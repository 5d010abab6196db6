import PDFDocument from 'pdfkit';
import { REPORT_ITEMS, REPORT_KIND_TITLES, type ReportItems, type ReportKind } from '../core/incidents/report-items.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

const MARGIN = 56;

export interface IncidentReportPdfInput {
  readonly kind: ReportKind;
  readonly version: number;
  readonly incidentTitle: string;
  readonly operatorName: string;
  readonly author: string;
  readonly createdAt: Date;
  readonly items: ReportItems;
}

/** One report version as an A4 PDF (Noto Sans JP): the nine BR-9 items in the form's order. */
export function renderIncidentReportPdf(input: IncidentReportPdfInput): Promise<Buffer> {
  const title = REPORT_KIND_TITLES[input.kind];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: 'ja',
    displayTitle: true,
    info: { Title: `${title} 第${input.version}版`, Author: input.operatorName, Creator: 'Mamori' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font(PDF_FONTS.regular)
    .fontSize(9)
    .text(`作成: ${input.createdAt.toISOString().slice(0, 10)}（${input.author}）`, {
      align: 'right',
    });
  doc.text(input.operatorName, { align: 'right' }).moveDown(1);
  doc.font(PDF_FONTS.bold).fontSize(15).text(`${title}（第${input.version}版）`, { align: 'center' });
  doc.font(PDF_FONTS.regular).fontSize(10).text(input.incidentTitle, { align: 'center' }).moveDown(1);
  for (const item of REPORT_ITEMS) {
    doc.font(PDF_FONTS.bold).fontSize(11).text(`${item.no}. ${item.ja}`);
    const value = input.items[item.key].trim();
    doc
      .font(PDF_FONTS.regular)
      .fontSize(10)
      .text(value === '' ? '（未記入）' : value, { indent: 10, lineGap: 1.5 });
    doc.moveDown(0.6);
  }
  doc.end();
  return done;
}
