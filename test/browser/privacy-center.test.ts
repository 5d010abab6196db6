// The public privacy center in Chromium against `npm start`'s server: the published notice in Japanese with its
// PDF and past versions, the switch to English, and consent preferences end to end: the person asks for a link,
// the mail arrives at a real SMTP server started here, the link opens their choices (with the OT-1 information
// for the transfer abroad), the choices are saved, and the decisions API honours them.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import {
  type BrowserSession,
  captureScreen,
  openBrowser,
  type RunningMamori,
  startMamori,
} from '../support/browser.ts';
import { mailBody } from '../support/mail-body.ts';

const DEMO = new URL('../../examples/demo/', import.meta.url).pathname;
const OLD_NEWSLETTER = 'メールマガジンで、求人情報やキャリアに役立つ情報をお届けするため';
const NEW_NEWSLETTER = 'メールマガジンで、求人情報・キャリアのヒント・セミナーのご案内をお届けするため';
const EMAIL = 'hanako.sakura@example.jp';

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
let smtp: SMTPServer;
let token = '';
const mail: { to: string[]; data: string }[] = [];
const ledgerDir = mkdtempSync(join(tmpdir(), 'mamori-pc-ledger-'));

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  mamori = await startMamori({
    MAMORI_SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAMORI_MAIL_FROM: 'privacy@sakura.example',
  });
  // A second published version: the demo ledger with the newsletter reworded, imported and published on the host.
  cpSync(DEMO, ledgerDir, { recursive: true });
  const purposes = join(ledgerDir, 'purposes.yaml');
  writeFileSync(purposes, readFileSync(purposes, 'utf8').replace(OLD_NEWSLETTER, NEW_NEWSLETTER));
  mamori.cli('ledger', 'import', ledgerDir, '-m', 'newsletter reworded');
  mamori.cli('notice', 'publish', '-m', 'newsletter reworded');
  browser = await openBrowser(mamori.url);
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(ledgerDir, { recursive: true, force: true });
});

test('the current notice in Japanese, its PDF, and a past version as it was published', async () => {
  const { page } = browser;
  await page.goto('/privacy-center/');
  await page.getByRole('heading', { level: 1, name: 'さくらスタッフィンググループ 個人情報保護方針' }).waitFor();
  const doc = page.getByTestId('notice-document');
  await doc
    .getByRole('heading', { name: /個人情報の利用目的/ })
    .first()
    .waitFor();
  assert.ok((await doc.textContent())?.includes(NEW_NEWSLETTER), 'the published (second) version');
  assert.equal(await doc.getAttribute('lang'), 'ja-JP');
  assert.match((await page.locator('.site-org').textContent()) ?? '', /さくらスタッフィンググループ株式会社/);
  const versions = page.getByTestId('notice-versions').locator('li');
  // The list of published versions is fetched on its own, after the notice: wait for it before counting.
  await versions.nth(1).waitFor();
  assert.equal(await versions.count(), 2, 'both published versions are listed');
  await captureLong(page, 'privacy-notice-ja');

  const pdfHref = await page.getByTestId('notice-pdf-ja').getAttribute('href');
  const pdf = await page.request.get(pdfHref ?? '');
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  await versions.nth(1).getByRole('link').click();
  await page.getByText('これは過去の版です。').waitFor();
  assert.match(page.url(), /\/privacy-center\/notice\?version=1$/);
  await page.getByText(OLD_NEWSLETTER).first().waitFor();
  assert.ok(!(await page.getByTestId('notice-document').textContent())?.includes(NEW_NEWSLETTER));
  assert.match((await page.getByTestId('notice-pdf-ja').getAttribute('href')) ?? '', /version=1/);
  await captureLong(page, 'privacy-notice-past');
  await page.getByRole('link', { name: '現行の版を見る' }).click();
  await page.getByText(NEW_NEWSLETTER).first().waitFor();
  assert.deepEqual(browser.problems, []);
});

test('switching to English shows the English notice and labels', async () => {
  const { page } = browser;
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Sakura Staffing Group Privacy Policy' }).waitFor();
  assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
  assert.equal(await page.getByTestId('notice-document').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: 'Consent preferences' }).first().waitFor();
  await page.getByRole('heading', { name: 'Versions of this notice' }).waitFor();
  await captureLong(page, 'privacy-notice-en');
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: 'さくらスタッフィンググループ 個人情報保護方針' }).waitFor();
  assert.deepEqual(browser.problems, []);
});

test('consent preferences: a mailed link opens the choices; saved choices are what the next decision sees', async () => {
  const { page } = browser;
  await page
    .getByRole('navigation', { name: 'プライバシーセンターのメニュー' })
    .getByRole('link', { name: '同意の設定' })
    .click();
  await page.getByLabel('メールアドレス').fill('not an address');
  await page.getByRole('button', { name: 'リンクを送信する' }).click();
  await page.locator('#prf-email-error').waitFor();
  assert.equal(await page.getByLabel('メールアドレス').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('メールアドレス').fill(EMAIL);
  await page.getByRole('button', { name: 'リンクを送信する' }).click();
  await page.getByTestId('link-sent').waitFor();
  await captureScreen(page, 'privacy-preferences-ask');

  while (mail.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  const message = mail[0];
  assert.deepEqual(message?.to, [EMAIL]);
  const body = mailBody(message?.data ?? '');
  assert.match(body, /同意の設定ページ/);
  const link = /(https?:\/\/\S+?)\/privacy-center\/preferences\/([A-Za-z0-9_-]{40,})/.exec(body);
  assert.ok(link, 'the mail carries the link');
  // Started with PORT=0: the link names the port the server really listens on.
  assert.equal(new URL(link[1] as string).port, new URL(mamori.url).port);
  token = link[2] as string;

  await page.goto(`/privacy-center/preferences/${token}`);
  const offers = page.getByTestId('choice-partner-offers');
  await offers.waitFor();
  const abroad = page.getByTestId('choice-global-talent-exchange');
  await abroad.getByRole('heading', { name: /アメリカ合衆国/ }).waitFor();
  assert.match((await abroad.textContent()) ?? '', /包括的な連邦の個人情報保護法はなく/, 'OT-1: the foreign system');
  assert.match((await abroad.textContent()) ?? '', /notice-v2\+ot1-us-2026-04/, 'the information version shown');
  assert.equal(await page.getByTestId('choice-newsletter').getByLabel('継続してよい').isChecked(), true);
  assert.ok(((await page.getByTestId('choice-newsletter').textContent()) ?? '').includes(NEW_NEWSLETTER));
  await captureScreen(page, 'privacy-preferences');

  await offers.getByLabel('同意する', { exact: true }).check();
  await page.getByTestId('choice-newsletter').getByLabel('停止を希望する').check();
  await abroad.getByLabel('同意する', { exact: true }).check();
  await page.getByRole('button', { name: '設定を保存する' }).click();
  await page.getByTestId('prefs-saved').getByText('3件の変更を記録').waitFor();
  await offers.getByText(/同意いただいています/).waitFor();
  await captureScreen(page, 'privacy-preferences-saved');

  // The decisions API, as an application would call it, for the person the privacy center recorded.
  const entries = mamori
    .cli('evidence', 'list', '--type', 'consent', '--json', '--limit', '100')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { actor: string; subject: string; payload: Record<string, unknown> });
  const recorded = entries.filter((e) => e.actor === 'privacy-center');
  assert.equal(recorded.length, 3);
  const subject = recorded[0]?.subject ?? '';
  assert.match(subject, /^pc-/);
  assert.ok(!JSON.stringify(recorded).includes('example.jp'), 'the evidence holds no e-mail address');
  const appToken = mamori
    .cli('token', 'create', '--name', 'mailer', '--ledger-role', 'coordinator', '--ledger-role', 'recruiter')
    .trim()
    .split('\n')
    .at(-1);
  const call = async (method: string, path: string, data?: unknown) => {
    const res = await page.request.fetch(`${mamori.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${appToken}`, 'content-type': 'application/json' },
      ...(data === undefined ? {} : { data }),
    });
    assert.ok(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as any;
  };
  const decide = (purpose: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/api/v1/decisions', {
      action: 'use',
      actor: { kind: 'application', id: 'mailer', roles: ['coordinator'] },
      operator: 'sakura-staffing',
      subject: { id: subject, category: 'registered-staff' },
      items: ['name', 'email'],
      purpose,
      ...extra,
    });
  assert.equal((await decide('partner-offers')).allowed, true, 'consent given in the privacy center');
  const newsletter = await decide('newsletter');
  assert.equal(newsletter.allowed, false, 'opted out in the privacy center');
  assert.ok(newsletter.reasons.some((r: { code: string }) => r.code === 'OPTED_OUT'));
  const transfer = await decide('job-placement', {
    action: 'provide',
    actor: { kind: 'application', id: 'overseas', roles: ['recruiter'] },
    operator: 'sakura-career',
    subject: { id: subject, category: 'candidates' },
    recipient: 'global-talent-exchange',
  });
  assert.equal(transfer.allowed, true, 'informed consent to the transfer to the US');
  const state = await call('GET', `/api/v1/subjects/${subject}/consent-state`);
  const us = state.consents.find((c: any) => c.scope.recipient === 'global-talent-exchange');
  assert.equal(us.informationVersion, 'notice-v2+ot1-us-2026-04', 'OT-1: the information shown is recorded');
  assert.equal(us.method, 'privacy-center');

  // Withdrawing takes effect for the next decision too.
  await offers.getByLabel('同意しない').check();
  await page.getByRole('button', { name: '設定を保存する' }).click();
  await offers.getByText(/同意を撤回されています/).waitFor();
  assert.equal((await decide('partner-offers')).allowed, false);
  assert.deepEqual(browser.problems, []);
});

test('an unknown link says so and offers a new one', async () => {
  const { page } = browser;
  await page.goto(`/privacy-center/preferences/${'x'.repeat(43)}`);
  await page.getByRole('alert').getByText('このリンクは無効です').waitFor();
  await page.getByRole('button', { name: 'リンクを送信する' }).waitFor();
  // The failed API call logs a resource error only; the screen handles it.
  assert.deepEqual(browser.problems, []);
});
