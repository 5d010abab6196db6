// The console's notice and people screens in Chromium: the administrator previews the generated notice in both
// languages, sees what a new ledger version changes (the ledger's changes and the notice text), publishes it and
// finds it in the privacy center; then looks a person up and sees the consent an application just recorded, the
// suspension, the provision record and the decisions.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  captureScreen,
  firstSignIn,
  openBrowser,
  type RunningMamori,
  startMamori,
} from '../support/browser.ts';

const DEMO = new URL('../../examples/demo/', import.meta.url).pathname;
const OLD_TEXT = 'イベント参加者アンケートの実施と分析のため';
const NEW_TEXT = 'イベント参加者アンケートの実施・分析と、次回イベントの企画のため';
const PERSON = 'staff-000123';

/** The whole notice is one long page (tens of thousands of pixels at 390 px): its screenshots take longer. */
async function captureLong(page: Page, name: string): Promise<void> {
  page.setDefaultTimeout(90_000);
  try {
    await captureScreen(page, name);
  } finally {
    page.setDefaultTimeout(15_000);
  }
}

let mamori: RunningMamori;
let browser: BrowserSession;
const ledgerDir = mkdtempSync(join(tmpdir(), 'mamori-notice-ledger-'));

before(async () => {
  mamori = await startMamori();
  browser = await openBrowser(mamori.url);
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
  rmSync(ledgerDir, { recursive: true, force: true });
});

test('the notice screen previews the published notice in Japanese and English', async () => {
  const { page } = browser;
  await firstSignIn(page, mamori.admin, 'Kokai-Tanto-2026!Hogo#');
  await page.getByRole('link', { name: 'プライバシーポリシー' }).click();
  const state = page.getByTestId('notice-state-message');
  await state.getByText('プライバシーセンターは現在の台帳の版を表示しています。').waitFor();
  await page.getByTestId('notice-no-changes').waitFor();
  await page.getByRole('link', { name: 'プレビュー' }).click();
  const preview = page.getByTestId('notice-preview');
  await preview.getByRole('heading', { name: 'さくらスタッフィンググループ 個人情報保護方針' }).waitFor();
  assert.ok((await preview.textContent())?.includes(OLD_TEXT));
  await captureLong(page, 'console-notice-preview');
  await page.getByRole('navigation', { name: 'プレビューの言語' }).getByRole('link', { name: 'English' }).click();
  await preview.getByRole('heading', { name: 'Sakura Staffing Group Privacy Policy' }).waitFor();
  assert.equal(await page.getByTestId('notice-document').getAttribute('lang'), 'en');
  const pdf = await page.request.get((await preview.getByRole('link', { name: /PDF/ }).getAttribute('href')) ?? '');
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.deepEqual(browser.problems, []);
});

test('a new ledger version is a draft: its changes are shown, and publishing it updates the privacy center', async () => {
  const { page } = browser;
  cpSync(DEMO, ledgerDir, { recursive: true });
  const purposes = join(ledgerDir, 'purposes.yaml');
  writeFileSync(purposes, readFileSync(purposes, 'utf8').replace(OLD_TEXT, NEW_TEXT));
  mamori.cli('ledger', 'import', ledgerDir, '-m', 'survey purpose widened');

  await page.goto('/console/notice?view=changes&lang=ja');
  await page.getByTestId('notice-state-message').getByText('第2版は公表するまで下書きです').waitFor();
  const changes = page.getByTestId('ledger-changes');
  await changes.locator('li').first().waitFor();
  assert.match((await changes.textContent()) ?? '', /event-survey/);
  const diff = page.getByTestId('notice-diff');
  await diff.locator('ins', { hasText: NEW_TEXT }).waitFor();
  await diff.locator('del', { hasText: OLD_TEXT }).waitFor();
  await captureScreen(page, 'console-notice');

  await page.getByLabel('社内メモ（任意）').fill('アンケート目的の拡大（2026年度）');
  await page.getByRole('button', { name: '台帳 第2版を公表する' }).click();
  await page.getByTestId('publish-outcome').getByText('公表しました').waitFor();
  await page
    .getByTestId('notice-state-message')
    .getByText('プライバシーセンターは現在の台帳の版を表示しています。')
    .waitFor();
  await page.getByRole('link', { name: '公表履歴' }).click();
  const history = page.getByTestId('publication-history');
  await history.getByText('アンケート目的の拡大（2026年度）').waitFor();
  assert.equal(await history.locator('tbody tr').count(), 2);
  await captureScreen(page, 'console-notice-history');

  await page.goto('/privacy-center/');
  await page.getByText(NEW_TEXT).first().waitFor();
  // The list of published versions is fetched on its own, after the notice: wait for it before counting.
  const versions = page.getByTestId('notice-versions').locator('li');
  await versions.nth(1).waitFor();
  assert.equal(await versions.count(), 2);
  assert.deepEqual(browser.problems, []);
});

test('people: the consent just recorded, the suspension, the provision record and the decisions of one person', async () => {
  const { page, context } = browser;
  const appToken = mamori
    .cli('token', 'create', '--name', 'staffing-app', '--ledger-role', 'coordinator')
    .trim()
    .split('\n')
    .at(-1);
  const call = async (path: string, data: unknown, headers: Record<string, string>) => {
    const res = await page.request.post(`${mamori.url}${path}`, {
      headers: { 'content-type': 'application/json', ...headers },
      data,
    });
    assert.ok(res.ok(), `${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as any;
  };
  const app = { authorization: `Bearer ${appToken}` };
  await call(
    '/api/v1/consents',
    {
      subjectId: PERSON,
      status: 'given',
      scope: { purpose: 'partner-offers' },
      method: 'web',
      informationVersion: 'notice-v2',
      recordedBy: 'staffing-app',
    },
    app,
  );
  await call(
    '/api/v1/consents',
    { subjectId: PERSON, status: 'given', scope: { recipient: 'client-companies' }, method: 'paper', recordedBy: 'x' },
    app,
  );
  const provided = await call(
    '/api/v1/decisions',
    {
      action: 'provide',
      actor: { kind: 'application', id: 'staffing-app', roles: ['coordinator'] },
      operator: 'sakura-staffing',
      subject: { id: PERSON, category: 'dispatched-staff' },
      items: ['name', 'qualifications'],
      purpose: 'dispatch-administration',
      recipient: 'client-companies',
    },
    app,
  );
  assert.equal(provided.allowed, true);
  assert.ok(provided.provisionRecord, 'an Art. 29 record was made');
  // A suspension the request handler records in the console session (cookie and CSRF token).
  const csrf = (await context.cookies()).find((c) => c.name.endsWith('mamori_csrf'))?.value ?? '';
  await call(
    '/api/v1/suspensions',
    { subjectId: PERSON, kind: 'use', purpose: 'newsletter' },
    { 'x-csrf-token': csrf },
  );

  await page.goto('/console/people');
  await page.getByLabel('本人ID またはメールアドレス').fill('nobody@example.jp');
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByText('このメールアドレスでプライバシーセンターの設定ページを開いた方はいません。').waitFor();
  await page.getByLabel('本人ID またはメールアドレス').fill(PERSON);
  await page.getByRole('button', { name: '検索' }).click();
  await page.getByRole('heading', { name: `本人ID ${PERSON}` }).waitFor();
  assert.match(page.url(), /\/console\/people\?subject=staff-000123$/);
  const consents = page.getByTestId('consents');
  const offers = consents.locator('tr', { hasText: '提携企業の商品' });
  await offers.waitFor();
  assert.match((await offers.textContent()) ?? '', /同意.*notice-v2.*application:/);
  assert.match((await offers.textContent()) ?? '', /ウェブ/);
  await page.getByTestId('suspensions').getByText('実施中').waitFor();
  await page.getByTestId('provisions').getByText('派遣先企業').waitFor();
  await page.getByTestId('decisions').getByText('許可').first().waitFor();
  await captureScreen(page, 'console-people');
  assert.deepEqual(browser.problems, []);
});
