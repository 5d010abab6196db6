import PDFDocument from 'pdfkit';
import type { CertificateRenderer } from '../app/retention/retention-deps.ts';
import { japanDate, japanWallClock } from '../core/japan-time.ts';
import type { DisposalAction } from '../core/retention/disposal-schedule.ts';
import type { HoldScope } from '../core/retention/legal-hold.ts';
import { renderPdfBlock, STYLE } from './pdf-blocks.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

const MARGIN = 48;

const ACTIONS: Record<DisposalAction, string> = {
  delete: '削除',
  anonymise: '匿名化（上書き）',
  'erase-my-number': '個人番号のみ消去',
  contractor: '委託先による消去',
};

const STATUS = { done: '完了', held: '保留（リーガルホールド）', cancelled: '中止', contractor: '委託先' } as const;

const when = (iso: string) => {
  const d = new Date(iso);
  return `${japanDate(d)} ${japanWallClock(d).toISOString().slice(11, 16)} JST`;
};

const holdLabel = (scope: HoldScope) =>
  scope.kind === 'person'
    ? `本人: ${scope.subject}`
    : scope.kind === 'operator'
      ? `事業者: ${scope.operator}`
      : `システム: ${scope.system}`;

/** 廃棄証明書 as an A4 PDF (Noto Sans JP embedded): what, how many, which rule, when, by whom, verification. */
export const renderDisposalCertificatePdf: CertificateRenderer = ({ certificate: c, certificateSha256, labels }) => {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: 'ja',
    displayTitle: true,
    info: { Title: `廃棄証明書 ${c.id}`, Creator: 'Mamori', CreationDate: new Date(c.finishedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.font(PDF_FONTS.regular).fontSize(9).text(`証明書番号: ${c.id}`, { align: 'right' });
  doc.text(`発行: ${when(c.finishedAt)}`, { align: 'right' }).moveDown(0.8);
  doc.font(PDF_FONTS.bold).fontSize(16).text('廃棄証明書', { align: 'center' });
  doc.font(PDF_FONTS.regular).fontSize(10).text('Certificate of disposal of personal data', { align: 'center' });
  doc.moveDown(1);
  // Rows a hold kept still match the condition: the verification speaks of the others, and says so.
  const heldTargets = c.targets.some((t) => t.status === 'held');
  const verified =
    c.verification.method === 'contractor-certificate'
      ? '委託先の消去証明書を添付'
      : c.verification.ok
        ? heldTargets
          ? '確認済み（再照会で、保留した行を除き対象行の残存なし）'
          : '確認済み（再照会で対象行の残存なし）'
        : '要確認（再照会で残存行あり）';
  const fields = [
    { label: '区分', value: [c.kind === 'run' ? 'Mamori による廃棄の実行' : '委託先による廃棄の記録'] },
    { label: '状態', value: [c.status === 'completed' ? '完了' : c.status === 'cancelled' ? '中止' : '記録'] },
    { label: '基準日', value: [`${c.asOf}（この日に保存期間を経過したデータ）`] },
    { label: '個人情報管理台帳', value: [`第${c.ledgerVersion}版`] },
    { label: '依頼者', value: [c.requestedBy] },
    { label: '実行者', value: [c.executedBy] },
    { label: '実施期間', value: [`${when(c.startedAt)} 〜 ${when(c.finishedAt)}`] },
    {
      label: '件数',
      value: [`予定 ${n(c.totals.planned)} 件 / 廃棄 ${n(c.totals.disposed)} 件 / 保留 ${n(c.totals.held)} 件`],
    },
    { label: '検証結果', value: [verified, `検証日時: ${when(c.verification.checkedAt)}`] },
  ];
  renderPdfBlock(doc, { kind: 'fields', caption: '概要', fields });
  const own = c.targets.filter((t) => t.action !== 'contractor' || c.kind === 'run');
  const rule = (id: string) => labels.rules[id] ?? id;
  // One table per system, named in its caption: the first column then holds only short table names, so the
  // system's name is not squeezed into a narrow column on every row.
  for (const system of [...new Set(own.map((t) => t.system))]) {
    const name = labels.systems[system] ?? system;
    keepTogether(doc, TABLE_START);
    renderPdfBlock(doc, {
      kind: 'table',
      caption: `廃棄の内訳: ${name === system ? system : `${name}（${system}）`}（規則は最も長い保存期間のもの）`,
      headers: ['テーブル', '方法', '規則', '予定', '廃棄', '保留', '残存', '状態'],
      rows: own
        .filter((t) => t.system === system)
        .map((t) => [
          [t.table],
          [ACTIONS[t.action]],
          [rule(t.rule), ...(t.rules.length > 1 ? [`（他に ${t.rules.slice(1).map(rule).join('、')}）`] : [])],
          [n(t.planned)],
          [n(t.disposed)],
          [n(t.held)],
          [t.status === 'contractor' ? '-' : n(t.remaining)],
          [STATUS[t.status]],
        ]),
    });
  }
  if (c.holds.length > 0) {
    keepTogether(doc, TABLE_START);
    renderPdfBlock(doc, {
      kind: 'table',
      caption: 'リーガルホールド（廃棄を停止したもの）',
      headers: ['ホールド', '対象', '保留した行'],
      rows: c.holds.map((h) => [[h.id], [holdLabel(h.scope)], [n(h.rows)]]),
    });
  }
  if (c.contractor) {
    const k = c.contractor;
    keepTogether(doc, TABLE_START);
    renderPdfBlock(doc, {
      kind: 'fields',
      caption: '委託先の消去証明',
      fields: [
        { label: '委託先', value: [labels.contractors[k.contractor] ?? k.contractor] },
        { label: '規則', value: [labels.rules[k.rule] ?? k.rule] },
        ...(k.system ? [{ label: 'システム', value: [labels.systems[k.system] ?? k.system] }] : []),
        { label: '件数', value: [`${n(k.rows)} 件`] },
        { label: '消去日', value: [k.disposedOn] },
        { label: '方法', value: [k.method] },
        { label: '添付（委託先の証明書）', value: [k.document.fileName, `SHA-256: ${k.document.sha256}`] },
      ],
    });
  }
  const note = `この証明書の内容（JSON）の SHA-256: ${certificateSha256}。同じ値が Mamori の証跡ログ（種別 disposal、対象 ${c.id}）に記録されており、mamori evidence verify で改ざんのないことを確認できます。`;
  doc.font(PDF_FONTS.regular).fontSize(STYLE.small);
  keepTogether(doc, doc.heightOfString(note, { width: contentWidth(doc), lineGap: STYLE.lineGap }) + 8);
  renderPdfBlock(doc, { kind: 'note', text: note });
  doc.end();
  return done;
};

/** A caption, a header row and a first row: a table starting lower than this would leave its header alone. */
const TABLE_START = 72;

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` points still fit above the bottom margin (no orphaned headers or lines). */
function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function n(value: number): string {
  return value.toLocaleString('ja-JP');
}
