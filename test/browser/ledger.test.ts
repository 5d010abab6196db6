// The ledger in the console, in Chromium against `npm start`'s server with the demo ledger: browse and narrow it;
// a privacy-staff member edits a purpose into an invalid state and sees each validator message (with its code)
// beside the field it concerns, fixes it and proposes the change; the administrator approves it and sees the new
// version in the history and the diff; an administrator's own proposal is refused by the API, shown as such, and
// rejected; an item edit is checked too; the ledger downloads as a real xlsx workbook and as CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  captureScreen,
  firstSignIn,
  openBrowser,
  type RunningMamori,
  startMamori,
} from '../support/browser.ts';

let mamori: RunningMamori;
let admin: BrowserSession;
let staffPage: Page;
const staffProblems: string[] = [];
const STAFF_EMAIL = 'kojin.tanto@example.jp';

before(async () => {
  mamori = await startMamori();
  admin = await openBrowser(mamori.url);
  // The second person: a privacy-staff account in its own browser context (its own cookies).
  const staffContext = await admin.browser.newContext({
    baseURL: mamori.url,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
  });
  staffContext.setDefaultTimeout(15_000);
  staffPage = await staffContext.newPage();
  staffPage.on('pageerror', (error) => staffProblems.push(`page error: ${error.message}`));
  staffPage.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) staffProblems.push(m.text());
  });
});
after(async () => {
  await admin?.close();
  await mamori?.stop();
});

const rows = (page: Page) => page.locator('main table tbody tr');
/** Waits until the list shows exactly `n` rows (locators, not page-side functions: the CSP forbids eval). */
async function rowCount(page: Page, n: number): Promise<void> {
  await rows(page)
    .nth(n - 1)
    .waitFor();
  await rows(page).nth(n).waitFor({ state: 'detached' });
}

test('the administrator browses the ledger and narrows it by subject category and data item', async () => {
  const { page } = admin;
  await firstSignIn(page, mamori.admin, 'Kanri-Sekinin-2026!Daicho');
  await page.getByRole('link', { name: '個人情報管理台帳' }).click();
  await page.getByRole('heading', { name: '利用目的' }).waitFor();
  assert.match((await page.getByTestId('ledger-version').textContent()) ?? '', /第1版/);
  assert.equal(await rows(page).count(), 29, 'every purpose of the demo ledger is listed');
  await captureScreen(page, 'console-ledger-browse');

  await page.getByLabel('本人の区分', { exact: true }).selectOption('families');
  // Purposes for families: social insurance, tax, safety confirmation.
  await rowCount(page, 3);
  assert.match((await page.locator('main table').textContent()) ?? '', /災害発生時の安否確認/);
  await page.getByLabel('個人情報の項目', { exact: true }).selectOption('my-number');
  await rowCount(page, 2);
  assert.match(page.url(), /category=families/);
  assert.match(page.url(), /item=my-number/);

  await page.getByRole('link', { name: /^システム/ }).click();
  await page.getByRole('cell', { name: /人事データベース/ }).waitFor();
  assert.match((await rows(page).first().textContent()) ?? '', /JP/, 'systems show where they store data');
  await captureScreen(page, 'console-ledger-systems');
  await page.getByRole('button', { name: '条件をクリア' }).click();

  await page.getByRole('link', { name: /^個人情報の項目/ }).click();
  await page.getByRole('link', { name: /^個人番号（マイナンバー）/ }).click();
  await page
    .getByRole('heading', { name: /個人番号/ })
    .first()
    .waitFor();
  await page.getByRole('heading', { name: 'この項目を使う利用目的' }).waitFor();
  assert.ok((await page.getByRole('link', { name: /源泉徴収・年末調整/ }).count()) > 0);
  await captureScreen(page, 'console-ledger-item');
  assert.deepEqual(admin.problems, []);
});

test('privacy staff edit a purpose into an invalid state, see each message at its field, fix it and propose', async () => {
  const output = mamori.cli(
    'user',
    'add',
    '--email',
    STAFF_EMAIL,
    '--role',
    'privacy-staff',
    '--all-operators',
    '--json',
  );
  const staff = JSON.parse(output) as { password: string };
  await firstSignIn(staffPage, { email: STAFF_EMAIL, password: staff.password }, 'Kojin-Tanto-2026!Henko');
  await staffPage.goto('/console/ledger/purposes/newsletter');
  await staffPage.getByRole('heading', { name: /メールマガジン/ }).waitFor();
  await staffPage.getByRole('link', { name: 'この利用目的を編集' }).click();

  // My Number for a marketing purpose, and a special care-required item none of its categories hold.
  await staffPage.getByLabel(/^個人番号/).check();
  await staffPage.getByLabel(/^健康診断の結果/).check();
  await staffPage.getByLabel('変更の理由').fill('メールマガジンの対象項目を見直すため');
  await staffPage.getByRole('button', { name: '検証して提案' }).click();
  const summary = staffPage.getByRole('alert').filter({ hasText: '問題があります' });
  await summary.waitFor();

  const myNumber = staffPage.getByLabel(/^個人番号/);
  assert.equal(await myNumber.getAttribute('aria-invalid'), 'true');
  const myNumberErrors = staffPage.locator(`#${await myNumber.getAttribute('aria-describedby')}`);
  const myNumberText = (await myNumberErrors.textContent()) ?? '';
  assert.match(myNumberText, /個人番号のため、社会保障・税・災害対策の事務にしか利用できません（MN-1）/);
  assert.match(myNumberText, /LEDGER_MY_NUMBER_PURPOSE/);
  assert.match(myNumberText, /LEDGER_ITEM_NOT_IN_CATEGORY/, 'and none of the categories hold it');
  const health = staffPage.getByLabel(/^健康診断の結果/);
  assert.equal(await health.getAttribute('aria-invalid'), 'true');
  assert.match(
    (await staffPage.locator(`#${await health.getAttribute('aria-describedby')}`).textContent()) ?? '',
    /この利用目的の本人の区分のいずれも保有していない項目です/,
  );
  const basis = staffPage.locator('#purpose-basis');
  assert.equal(await basis.getAttribute('aria-invalid'), 'true', 'the special care ground is asked for (SC-2)');
  assert.match((await staffPage.locator('#purpose-basis-error').textContent()) ?? '', /LEDGER_SPECIAL_CARE_BASIS/);
  assert.equal(await staffPage.getByText('変更を提案しました').count(), 0, 'nothing was proposed');
  await captureScreen(staffPage, 'console-ledger-edit-invalid');

  // Fixed: the two items out, clearer wording and an item the candidates hold.
  await myNumber.uncheck();
  await health.uncheck();
  await staffPage
    .getByLabel('日本語', { exact: true })
    .first()
    .fill('メールマガジンで、求人情報とキャリアに役立つ情報をお届けするため');
  await staffPage
    .getByLabel('英語', { exact: true })
    .first()
    .fill('To send job seekers and staff our e-mail newsletter with vacancies and career tips');
  await staffPage.getByLabel(/^希望条件/).check();
  await staffPage.getByRole('button', { name: '検証のみ' }).click();
  await staffPage.getByText('問題は見つかりませんでした').waitFor();
  await staffPage.getByRole('button', { name: '検証して提案' }).click();
  await staffPage.getByText('変更を提案しました').waitFor();
  await staffPage.getByText('承認待ち').first().waitFor();
  assert.match((await staffPage.getByTestId('changes').textContent()) ?? '', /newsletter|メールマガジン/);
  assert.match(
    (await staffPage.locator('main').textContent()) ?? '',
    /提案者以外の管理者が承認または却下します/,
    'privacy staff cannot approve; the screen says who does',
  );
  await captureScreen(staffPage, 'console-ledger-proposed');
  assert.deepEqual(staffProblems, []);
});

test('the administrator approves it; the history shows who, when and why, and the diff what changed', async () => {
  const { page } = admin;
  await page.goto('/console/ledger/proposals');
  await page.getByRole('cell', { name: 'メールマガジンの対象項目を見直すため' }).waitFor();
  await rows(page).first().getByText(STAFF_EMAIL).waitFor(); // the proposer by name, not by account id
  await captureScreen(page, 'console-ledger-proposals');
  await rows(page).first().getByRole('link').click();
  await page.getByRole('heading', { name: '承認すると変わる内容' }).waitFor();
  await captureScreen(page, 'console-ledger-proposal');
  await page.getByRole('button', { name: '承認', exact: true }).click();
  await page.getByText('承認しました。台帳は第2版になりました。').waitFor();
  // The header follows: the approved change is the version now shown.
  await page.getByTestId('ledger-version').filter({ hasText: '第2版' }).waitFor();

  await page.getByRole('link', { name: '版の履歴' }).click();
  const newest = rows(page).first();
  await newest.getByText('第2版').waitFor();
  await newest.getByText(STAFF_EMAIL).waitFor(); // the author is the proposer, by name
  assert.match((await newest.textContent()) ?? '', /メールマガジンの対象項目を見直すため/);
  assert.match((await rows(page).nth(1).textContent()) ?? '', /demo ledger loaded on first start/);
  await captureScreen(page, 'console-ledger-history');

  await newest.getByRole('link', { name: '第2版の変更内容' }).click();
  await page.getByRole('heading', { name: '第1版から第2版への変更' }).waitFor();
  const changes = (await page.getByTestId('changes').textContent()) ?? '';
  assert.match(changes, /希望条件|desired-conditions/, 'the added item is named');
  assert.match(changes, /求人情報とキャリアに役立つ情報/, 'the new wording is quoted');
  assert.match(changes, /利用拡大/, 'an added item widens use');
  await captureScreen(page, 'console-ledger-diff');
  assert.deepEqual(admin.problems, []);
});

test('an administrator cannot approve their own proposal: the API refuses and the screen says so', async () => {
  const { page } = admin;
  await page.goto('/console/ledger');
  await page.getByRole('link', { name: '利用目的を追加' }).click();
  await page.getByLabel('ID', { exact: true }).fill('alumni-network');
  await page.getByLabel('日本語', { exact: true }).first().fill('退職者の方との交流イベントのご案内のため');
  await page.getByLabel('英語', { exact: true }).first().fill('To invite former employees to alumni events');
  await page.getByLabel('退職者', { exact: true }).check();
  await page.getByLabel(/^氏名/).check();
  await page.getByLabel(/^メールアドレス/).check();
  await page.getByLabel('イベント', { exact: true }).check();
  await page.getByLabel('変更の理由').fill('退職者ネットワークを始めるため');
  await page.getByRole('button', { name: '検証して提案' }).click();
  await page.getByText('変更を提案しました').waitFor();
  await page.getByText('この変更はあなたが提案したものです').waitFor();
  await page.getByRole('button', { name: '承認', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '自分の提案は承認できません' });
  await refusal.waitFor();
  assert.match((await refusal.textContent()) ?? '', /CONFLICT/, 'the API’s refusal is shown with its code');
  await captureScreen(page, 'console-ledger-own-refused');

  await page.getByLabel('却下の理由').fill('取り下げ: 承認者が不在のため');
  await page.getByRole('button', { name: '却下' }).click();
  await page.getByText('提案を却下しました。').waitFor();
  assert.match((await page.getByTestId('ledger-version').textContent()) ?? '', /第2版/, 'the ledger did not change');
  assert.deepEqual(admin.problems, []);
});

test('an item edit is validated the same way: a special care kind needs the special care flag', async () => {
  const { page } = admin;
  await page.goto('/console/ledger/items/desired-conditions/edit');
  await page.getByLabel('病歴').check();
  await page.getByRole('button', { name: '検証のみ' }).click();
  await page.getByRole('alert').filter({ hasText: '問題があります' }).waitFor();
  const flag = page.locator('#item-flag-specialCare');
  assert.equal(await flag.getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('#item-flag-specialCare-error').textContent()) ?? '', /LEDGER_SPECIAL_CARE_FLAG/);
  await captureScreen(page, 'console-ledger-item-invalid');
  assert.deepEqual(admin.problems, []);
});

test('the ledger downloads as an xlsx workbook and as CSV', async () => {
  const { page } = admin;
  await page.goto('/console/ledger');
  await page.getByRole('heading', { name: '利用目的' }).waitFor();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel（日本語）' }).click(),
  ]);
  assert.equal(xlsx.suggestedFilename(), 'ledger-v2-ja.xlsx');
  const bytes = readFileSync((await xlsx.path()) ?? '');
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'a zip container, as xlsx is');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells = workbook.worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
  );
  assert.ok(
    cells.some((cell) => cell.includes('求人情報とキャリアに役立つ情報')),
    'the workbook holds version 2’s rows',
  );
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV（英語）' }).click(),
  ]);
  const text = readFileSync((await csv.path()) ?? '', 'utf8');
  assert.match(text, /e-mail newsletter with vacancies and career tips/, 'version 2 in English');
  assert.deepEqual(admin.problems, []);
});

test('in English the same screens speak English, the validator’s messages included', async () => {
  const { page } = admin;
  await page.getByTestId('language-switch').click();
  await page.goto('/console/ledger/history/diff?from=1&to=2');
  await page.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
  assert.match((await page.getByTestId('changes').textContent()) ?? '', /Widens use/);
  await captureScreen(page, 'console-ledger-diff-en');
  await page.goto('/console/ledger/purposes/payroll/edit');
  await page.getByLabel(/^Individual Number/).check();
  await page.getByRole('button', { name: 'Check only' }).click();
  await page.locator('#purpose-items-my-number[aria-invalid="true"]').waitFor();
  const error = page.locator('#purpose-items-my-number-error');
  assert.match(
    (await error.textContent()) ?? '',
    /is a My Number: it may only be used for social security, tax or disaster work/,
  );
  await captureScreen(page, 'console-ledger-edit-invalid-en');
  await page.getByTestId('language-switch').click();
  assert.deepEqual(admin.problems, []);
});
