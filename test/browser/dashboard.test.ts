// The console's dashboard in Chromium against `npm start`'s server: the numbers of what needs action come from
// GET /api/v1/dashboard (requests received in the privacy center, a consent withdrawn this week, the evidence
// verification just run) and each request number opens the list behind it, whose entries open the request.
import assert from 'node:assert/strict';
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

let mamori: RunningMamori;
let browser: BrowserSession;
const codes: string[] = [];

before(async () => {
  mamori = await startMamori();
  browser = await openBrowser(mamori.url);
  for (const email of ['dashboard.one@example.jp', 'dashboard.two@example.jp']) {
    const response = await fetch(`${mamori.url}/privacy/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operator: 'sakura-staffing',
        type: 'disclosure',
        requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
        replyMethod: 'electronic',
      }),
    });
    assert.equal(response.status, 201);
    codes.push(((await response.json()) as { trackingCode: string }).trackingCode);
  }
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
});

test('the dashboard shows what needs action, and its numbers open the lists behind them', async () => {
  const { page } = browser;
  await firstSignIn(page, mamori.admin, 'Dashboard-Kanri-2026!Hogo');
  // This week's facts: a consent withdrawn, and a verification of the evidence log.
  await post(page, '/api/v1/consents', {
    subjectId: 'staff-000001',
    status: 'withdrawn',
    scope: { purpose: 'newsletter' },
    method: 'web',
    recordedBy: 'dashboard-test',
  });
  const verified = await page.request.get('/api/v1/evidence/verify');
  assert.equal(verified.status(), 200);
  assert.equal(((await verified.json()) as { ok: boolean }).ok, true);

  await page.goto('/console/');
  await page.getByTestId('db-requests-open').waitFor();
  assert.match((await page.getByTestId('db-requests-open').textContent()) ?? '', /^2/);
  assert.match((await page.getByTestId('db-requests-overdue').textContent()) ?? '', /^0/);
  assert.match((await page.getByTestId('db-consents').textContent()) ?? '', /^1/);
  assert.match((await page.getByTestId('db-evidence').textContent()) ?? '', /改ざんなし/);
  const list = page.getByTestId('db-request-list');
  for (const code of codes) await list.getByRole('link', { name: code }).waitFor();
  await captureScreen(page, 'dashboard');

  await page.getByTestId('db-requests-overdue').click();
  await list.getByRole('heading', { name: '期限を超過した請求' }).waitFor();
  assert.equal(await list.getByRole('link', { name: codes[0] ?? '' }).count(), 0, 'nothing is overdue yet');
  assert.equal(await page.getByTestId('db-requests-overdue').getAttribute('aria-current'), 'true');
  await captureScreen(page, 'dashboard-overdue');

  await page.getByTestId('db-requests-open').click();
  await list.getByRole('link', { name: codes[1] ?? '' }).click();
  await page.getByTestId('detail-tracking-code').waitFor();
  assert.equal((await page.getByTestId('detail-tracking-code').textContent())?.trim(), codes[1]);

  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await page.getByRole('link', { name: '請求一覧を開く' }).click();
  await page.getByTestId('queue-count').filter({ hasText: '2件' }).waitFor();
  for (const code of codes) assert.equal(await page.getByRole('link', { name: code }).count(), 1, 'in the queue');
  assert.deepEqual(browser.problems, []);
});

/** A change through the API with the console's session (the CSRF token echoed from its cookie). */
async function post(page: Page, path: string, body: unknown): Promise<void> {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name.endsWith('mamori_csrf'))?.value ?? '';
  const response = await page.request.post(path, { data: body, headers: { 'x-csrf-token': csrf } });
  assert.equal(response.status(), 201, await response.text());
}
