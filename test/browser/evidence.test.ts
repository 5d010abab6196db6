// The evidence screens in Chromium against `npm start`'s server: browse the evidence log and page through it,
// filter by type, actor and Japan calendar days; the access log by route with its CSV of every matching entry;
// verify the chain as a background job, see "OK" with the counts, leave, come back and find the result (which is
// also the dashboard's last verification); a tampered log is reported broken at the deleted entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openRaw } from '../store/evidence-support.ts';
import {
  type BrowserSession,
  captureScreen,
  firstSignIn,
  openBrowser,
  type RunningMamori,
  startMamori,
} from '../support/browser.ts';

let mamori: RunningMamori;
let browser: BrowserSession;

before(async () => {
  mamori = await startMamori();
  browser = await openBrowser(mamori.url);
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
});

const rows = (page: Page) => page.locator('main table.log-table tbody tr');
const SHOWN = 'main .table-wrap:not([aria-busy]) table.log-table tbody tr';
/** Waits until the table's first entry is `seq` (while a page loads, the previous one stays, marked busy). */
const firstSeqIs = (page: Page, seq: number) =>
  page
    .locator(`${SHOWN} th`)
    .first()
    .filter({ hasText: new RegExp(`^${seq}$`) })
    .waitFor();
/**
 * Waits until every row's cell in `column` (1-based, the number's th included) reads `text`: polled from here, as
 * the page's CSP forbids the eval that page-side wait functions need.
 */
async function columnIs(page: Page, column: number, text: string): Promise<void> {
  const cells = page.locator(`${SHOWN} td:nth-child(${column})`);
  for (let tries = 0; ; tries++) {
    const texts = await cells.allTextContents();
    if (texts.length > 0 && texts.every((t) => t === text)) return;
    assert.ok(tries < 150, `column ${column} never read only "${text}": ${texts.slice(0, 3).join(', ')}`);
    await page.waitForTimeout(100);
  }
}
const seqs = async (page: Page) =>
  (await page.locator('main table.log-table tbody tr th').allTextContents()).map(Number);

test('the evidence log lists entries in chain order, pages through them and filters by type, actor and day', async () => {
  const { page } = browser;
  await firstSignIn(page, mamori.admin, 'Kanri-Sekinin-2026!Shoseki');
  // More than a page of entries: each ledger export is logged.
  for (let i = 0; i < 55; i++) {
    const res = await page.request.get('/api/v1/ledger/export?format=csv&lang=ja');
    assert.equal(res.status(), 200);
  }
  await page.getByRole('link', { name: '証跡', exact: true }).click();
  await page.getByRole('heading', { name: '証跡ログ' }).waitFor();
  await rows(page).first().waitFor();
  const first = await seqs(page);
  assert.equal(first.length, 50, 'a page holds 50 entries');
  assert.deepEqual(
    first,
    [...first].sort((a, b) => a - b),
    'in chain order',
  );
  assert.equal(first[0], 1);
  await captureScreen(page, 'console-evidence');

  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByText('2ページ目').waitFor();
  await firstSeqIs(page, 51);
  const second = await seqs(page);
  assert.deepEqual(
    second,
    second.map((_, i) => 51 + i),
    'the next page continues after the last entry',
  );
  await page.getByRole('button', { name: '前へ' }).click();
  await page.getByText('1ページ目').waitFor();
  await firstSeqIs(page, 1);

  await page.getByLabel('種類').selectOption('export');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.waitForURL(/type=export/);
  await columnIs(page, 3, 'エクスポート'); // after the number (th) and the time

  // Who: pick the actor from a row.
  await rows(page).first().getByRole('button').first().click();
  await page.waitForURL(/actor=/);
  await columnIs(page, 4, mamori.admin.email); // the account, shown by its name

  // A day range in Japan time: today has them, a past day none.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  await page.getByLabel('開始日').fill(today);
  await page.getByLabel('終了日').fill(today);
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.waitForURL(new RegExp(`from=${today}`));
  await rows(page).first().waitFor();
  await page.getByLabel('開始日').fill('2020-01-01');
  await page.getByLabel('終了日').fill('2020-01-31');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.getByText('該当する記録はありません。').waitFor();
  assert.equal(await rows(page).count(), 0);
  await captureScreen(page, 'console-evidence-filtered');
  assert.deepEqual(browser.problems, []);
});

test('the access log filters by route and downloads every matching entry as one CSV', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: '利用ログ' }).click();
  await page.getByRole('heading', { name: '利用ログ' }).waitFor();
  await page.getByLabel('機能（ルート）').fill('GET /api/v1/ledger/export');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.waitForURL(/route=GET/);
  await rows(page).first().waitFor();
  const routes = await page.locator('main table.log-table tbody tr code.route').allTextContents();
  assert.equal(routes.length, 50);
  assert.ok(routes.every((route) => route === 'GET /api/v1/ledger/export'));
  await captureScreen(page, 'console-evidence-access');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '該当する記録をすべてCSVでダウンロード' }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.match(lines[0] ?? '', /^seq,at,type,actor,/);
  assert.equal(lines.length - 1, 55, 'all 55 exports, beyond the first page');
  assert.ok(lines.slice(1).every((line) => line.includes('GET /api/v1/ledger/export')));
  await page.getByText('55件をダウンロードしました。').waitFor();
  assert.deepEqual(browser.problems, []);
});

test('verification runs in the background, says OK with the counts, and is there when the user comes back', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: '検証', exact: true }).click();
  await page.getByRole('heading', { name: '証跡ログの検証' }).waitFor();
  await page.getByText('コンソールからはまだ検証されていません。').waitFor();
  await captureScreen(page, 'console-evidence-verify');
  await page.getByRole('button', { name: '検証を開始' }).click();
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor();
  assert.match((await verdict.textContent()) ?? '', /^正常/);
  const facts = (await page.getByTestId('verification').textContent()) ?? '';
  assert.match(facts, /確認した記録\s*[1-9][\d,]*/, 'how many entries were checked');
  assert.match(facts, /署名付きチェックポイント\s*\d+/);
  assert.match(facts, /ログの先頭/, 'checked from the start of the log');
  await captureScreen(page, 'console-evidence-verified');

  // Leave and come back: the result is stored with the job, and the dashboard reports the same run.
  await page.getByRole('link', { name: '個人情報管理台帳' }).click();
  await page.getByRole('heading', { name: '利用目的' }).waitFor();
  await page.getByRole('link', { name: '証跡', exact: true }).click();
  await page.getByRole('link', { name: '検証', exact: true }).click();
  await page.getByTestId('verdict').waitFor();
  assert.match((await page.getByTestId('verdict').textContent()) ?? '', /^正常/);
  assert.equal(await page.locator('main table tbody tr').count(), 1, 'one run in the list of recent verifications');
  const dashboard = await (await page.request.get('/api/v1/dashboard')).json();
  assert.equal(dashboard.evidence.lastVerification.ok, true);

  // A range beyond the log is refused at the field.
  await page.getByText('ログの一部だけを検証する').click();
  await page.getByLabel('最後の記録（番号）').fill('99999999');
  await page.getByRole('button', { name: '検証を開始' }).click();
  await page.locator('#verify-error').waitFor();
  assert.equal(await page.getByLabel('最後の記録（番号）').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(browser.problems, []);
});

test('a tampered log is reported as broken, naming the first bad entry', async () => {
  const { page } = browser;
  // Someone with the database file deletes entry 10 behind Mamori's back (triggers bypassed).
  const raw = await openRaw({ kind: 'sqlite', path: join(mamori.dataDir, 'mamori.sqlite') });
  try {
    await raw.bypassingTriggers(() => raw.query('DELETE FROM evidence_entries WHERE seq = 10').then());
  } finally {
    await raw.close();
  }
  await page.getByLabel('最後の記録（番号）').fill('');
  await page.getByRole('button', { name: '検証を開始' }).click();
  const verdict = page.getByTestId('verdict').filter({ hasText: '異常' });
  await verdict.waitFor();
  assert.match((await verdict.textContent()) ?? '', /番号10の記録/);
  assert.match((await verdict.textContent()) ?? '', /記録が削除されています。\s*deleted/);
  await page.getByRole('cell', { name: '異常（番号10）' }).waitFor();
  await captureScreen(page, 'console-evidence-broken');
  assert.deepEqual(browser.problems, []);
});
