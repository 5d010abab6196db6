// The console's sign-in in Chromium: the first-start administrator changes the printed password, enrols an
// authenticator, keeps the recovery codes, signs out, and signs in again with password + TOTP; a wrong code is
// refused with a message; the language switch changes every label and survives a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type BrowserSession,
  captureScreen,
  enterCode,
  firstSignIn,
  openBrowser,
  type RunningMamori,
  type SignedInUser,
  startMamori,
} from '../support/browser.ts';

let mamori: RunningMamori;
let browser: BrowserSession;
let admin: SignedInUser;

before(async () => {
  mamori = await startMamori();
  browser = await openBrowser(mamori.url);
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
});

test('the first-start administrator signs in, changes the password and enrols TOTP', async () => {
  const { page } = browser;
  await page.goto('/');
  assert.match(page.url(), /\/console\/$/, '/ leads to the console');
  await page.locator('#email').waitFor();
  await captureScreen(page, 'console-sign-in');
  admin = await firstSignIn(page, mamori.admin, 'Kanri-Sekinin-2026!Hogo');
  const who = await page.getByTestId('who').textContent();
  assert.match(who ?? '', new RegExp(mamori.admin.email.replace('.', '\\.')));
  assert.match(who ?? '', /個人情報保護管理者/, 'the role is shown (Japanese by default)');
  assert.deepEqual(browser.problems, []);
});

test('sign-out, then sign-in again asks for the code and refuses a wrong one', async () => {
  const { page } = browser;
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await page.locator('#email').waitFor();
  await page.locator('#email').fill(admin.email);
  await page.locator('#password').fill(admin.password);
  await page.locator('form button[type=submit]').click();
  await page.locator('#code').waitFor();
  await captureScreen(page, 'console-totp');
  await page.locator('#code').fill('000000');
  await page.locator('form button[type=submit]').click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.notEqual((await alert.textContent())?.trim(), '', 'a wrong code gets a message');
  assert.equal(await page.getByTestId('who').count(), 0, 'a wrong code does not sign in');

  await enterCode(page, admin);
  assert.equal(await page.getByTestId('who').count(), 1);
});

test('switching language changes the labels and is remembered', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'ダッシュボード' }).waitFor();
  await page.getByTestId('language-switch').click();
  await page.getByRole('link', { name: 'Dashboard' }).waitFor();
  assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
  await page.reload();
  await page.getByRole('link', { name: 'Dashboard' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1);
  await captureScreen(page, 'console-dashboard-en');
  await page.getByTestId('language-switch').click();
  await page.getByRole('link', { name: 'ダッシュボード' }).waitFor();
  assert.deepEqual(browser.problems, []);
});
