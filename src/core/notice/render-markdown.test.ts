import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedTexts, loadLedger, markdownText } from '../../../test/notice/notice-expectations.ts';
import { buildNotice } from './build-notice.ts';
import { inline, renderMarkdown } from './render-markdown.ts';

const GROUP = loadLedger(new URL('../../../test/fixtures/notice/group-ledger.yaml', import.meta.url).pathname);

test('markup characters in user text are escaped', () => {
  assert.equal(inline('R&D <script> *bold* [x](y) a|b'), 'R\\&D \\<script\\> \\*bold\\* \\[x\\](y) a\\|b');
  assert.equal(inline('1. not a list'), '1\\. not a list');
  assert.equal(markdownText(inline('R&D <script> *bold* a|b')), 'R&D <script> *bold* a|b');
});

test('URLs become autolinks', () => {
  assert.equal(inline('see https://example.test/a_b.pdf.'), 'see <https://example.test/a_b.pdf>.');
});

for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: headings, GFM tables and every published fact`, () => {
    const md = renderMarkdown(buildNotice(GROUP, { lang }));
    assert.match(md, /^# .+\n/);
    assert.match(md, /^## 1\. .+$/m);
    assert.match(md, /^\| --- \| --- \|$/m);
    const plain = markdownText(md);
    assert.deepEqual(
      expectedTexts(GROUP, lang).filter((e) => !plain.includes(e.text)),
      [],
    );
  });
}
