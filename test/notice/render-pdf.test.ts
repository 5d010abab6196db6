import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNotice } from '../../src/core/notice/index.ts';
import { renderPdf } from '../../src/notice/render-pdf.ts';
import { loadLedger } from './notice-expectations.ts';

const GROUP = loadLedger(new URL('../fixtures/notice/group-ledger.yaml', import.meta.url).pathname);

/** Page objects in the file (pdfkit writes them uncompressed). */
const pageCount = (pdf: string) => (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length;

for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: a PDF with the Japanese font embedded as a subset, page numbers and metadata`, async () => {
    const model = buildNotice(GROUP, { lang });
    const buffer = await renderPdf(model);
    const pdf = buffer.toString('latin1');
    assert.ok(pdf.startsWith('%PDF-1.7'));
    assert.ok(pdf.trimEnd().endsWith('%%EOF'));
    const pages = pageCount(pdf);
    assert.ok(pages >= 5 && pages <= 30, `${pages} pages`);
    assert.match(pdf, /\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    assert.match(pdf, /\/BaseFont \/[A-Z]{6}\+NotoSansJP-Bold/);
    assert.match(pdf, /\/FontFile2 /, 'the font program is embedded');
    assert.ok(pdf.includes(`/Lang (${model.langTag})`));
    assert.match(pdf, /\/Title /);
    assert.match(pdf, /\/DisplayDocTitle true/);
    assert.match(pdf, /\/Outlines /, 'headings are bookmarked');
    assert.ok(buffer.length < 600_000, `subset keeps the file small (${buffer.length} bytes)`);
  });
}

test('a longer ledger gives more pages', async () => {
  const longer = structuredClone(GROUP);
  for (let i = 0; i < 120; i++) {
    longer.purposes.push({
      ...structuredClone(longer.purposes[0]!),
      id: `extra-${i}`,
      text: { ja: `追加の利用目的その${i}のため`, en: `Additional purpose number ${i}` },
    });
  }
  const [base, more] = await Promise.all([
    renderPdf(buildNotice(GROUP, { lang: 'en' })),
    renderPdf(buildNotice(longer, { lang: 'en' })),
  ]);
  assert.ok(pageCount(more.toString('latin1')) > pageCount(base.toString('latin1')));
});
