import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlText, loadLedger } from '../../../test/notice/notice-expectations.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { buildNotice } from './build-notice.ts';
import { renderHtml } from './render-html.ts';

const GROUP = loadLedger(new URL('../../../test/fixtures/notice/group-ledger.yaml', import.meta.url).pathname);
const HOSTILE = { ja: 'R&D <script>alert("x")</script> のため', en: 'R&D <script>alert("x")</script> & "more"' };

function withHostilePurpose(): Ledger {
  const ledger = structuredClone(GROUP);
  ledger.purposes[0] = { ...ledger.purposes[0]!, text: HOSTILE };
  return ledger;
}

const VOID = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);

/** Tags nest and close properly, and no text node holds a bare < or >. */
export function assertWellFormed(html: string): void {
  const stack: string[] = [];
  const body = html.replace(/^<!doctype html>\s*/i, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/g)) {
    const [, closing, name = '', attrs = ''] = match;
    const tag = name.toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing) {
      assert.equal(stack.pop(), tag, `</${tag}> closes the wrong element`);
    } else {
      assert.doesNotMatch(attrs, /<|>/);
      stack.push(tag);
    }
  }
  assert.deepEqual(stack, [], 'every element is closed');
  const text = body.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  assert.doesNotMatch(text, /[<>]/, 'no bare < or > in text');
  assert.doesNotMatch(text, /&(?!(amp|lt|gt|quot|#39);)/, 'every & is an entity');
}

for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: a complete document with the lang attribute, title and inline style only`, () => {
    const html = renderHtml(buildNotice(GROUP, { lang }));
    assert.match(html, /^<!doctype html>\n<html lang="(ja-JP|en)">/);
    assert.ok(html.includes(`<html lang="${lang === 'ja' ? 'ja-JP' : 'en'}">`));
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, /<style>[\s\S]+<\/style>/);
    assert.doesNotMatch(html, /<link|<script|<img|<iframe|@import|url\(/i, 'no external resources');
    assertWellFormed(html);
  });

  test(`${lang}: user text is escaped, never markup`, () => {
    const html = renderHtml(buildNotice(withHostilePurpose(), { lang }));
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes('R&amp;D &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(htmlText(html).includes(HOSTILE[lang]));
    assertWellFormed(html);
  });

  test(`${lang}: tables have header cells with scope, headings are in order`, () => {
    const html = renderHtml(buildNotice(GROUP, { lang }));
    assert.match(html, /<th scope="col">/);
    assert.match(html, /<th scope="row">/);
    assert.doesNotMatch(html, /<th(?=[\s>])(?! scope="(row|col)")/);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    assert.equal(levels[0], 1);
    levels.slice(1).forEach((level, i) => assert.ok(level <= (levels[i] ?? 1) + 1, 'no heading level is skipped'));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });
}

test('URLs become links; the report link of each storage country is there', () => {
  const html = renderHtml(buildNotice(GROUP, { lang: 'en' }));
  assert.ok(
    html.includes(
      '<a href="https://www.ppc.go.jp/files/pdf/USA_report.pdf">https://www.ppc.go.jp/files/pdf/USA_report.pdf</a>',
    ),
  );
});
