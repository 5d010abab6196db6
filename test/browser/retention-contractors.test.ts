// The console's Retention & disposal and Contractors screens in Chromium against `npm start`'s server. The demo HR
// database (300 synthetic people) has rows past their retention today, so nothing is prepared: a legal hold placed
// through the UI stops the plan (and is seen over the API), its release lets a run started from the UI dispose
// everything to completion, whose certificate opens with a PDF; a contractor's disposal is recorded with an
// uploaded certificate; contractor reviews recorded through the UI move contractors between lapsed and in force,
// a suspension is placed and lifted; refused forms show the API's own message at the field.
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

before(async () => {
  mamori = await startMamori();
  browser = await openBrowser(mamori.url);
  await firstSignIn(browser.page, mamori.admin, 'Haiki-Itaku-2026!Kanri');
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
});

interface Plan {
  totals: { due: number; held: number };
  holds: { id: string; scope: { kind: string; system?: string } }[];
  systems: { system: string; heldBy: string[] }[];
}

test('a legal hold stops the plan, a run disposes what is due, and its certificate opens as PDF', async () => {
  const { page } = browser;
  const before = await getJson<Plan>(page, '/api/v1/retention/plan');
  assert.ok(before.totals.due > 0, 'the demo has rows past their retention today');

  await page.goto('/console/retention');
  const totals = page.getByTestId('plan-totals');
  await totals.waitFor();
  assert.match((await totals.textContent()) ?? '', new RegExp(`^${before.totals.due.toLocaleString('ja-JP')}`));
  await page.getByTestId('plan-system-hr-database').waitFor();
  await captureScreen(page, 'retention-plan');

  // A hold with nothing chosen: the API's messages appear at the fields, linked from the summary.
  await page.getByRole('link', { name: 'リーガルホールド' }).click();
  await page.getByRole('button', { name: 'ホールドを設定' }).click();
  const refused = await postRaw(page, '/api/v1/retention/holds', {
    scope: { kind: 'system', system: '' },
    reason: '',
    owner: '',
  });
  const issueAt = (path: string) => refused.issues.find((i) => i.path === path)?.message ?? '(none)';
  await page
    .getByTestId('hold-system-error')
    .filter({ hasText: issueAt('scope.system') })
    .waitFor();
  await page
    .getByTestId('hold-reason-error')
    .filter({ hasText: issueAt('reason') })
    .waitFor();
  assert.equal(await page.locator('#hold-system').getAttribute('aria-invalid'), 'true');
  assert.equal(
    await page.getByTestId('form-error-summary').getByRole('link', { name: 'システム' }).getAttribute('href'),
    '#hold-system',
  );
  await captureScreen(page, 'retention-hold-refused');

  await page.locator('#hold-system').selectOption('hr-database');
  await page.locator('#hold-reason').fill('Labour tribunal case 2026-17: keep the HR records');
  await page.locator('#hold-owner').fill('Legal department');
  await page.getByRole('button', { name: 'ホールドを設定' }).click();
  await page.getByTestId('hold-placed').waitFor();
  const held = await getJson<Plan>(page, '/api/v1/retention/plan');
  const hold = held.holds.find((h) => h.scope.kind === 'system' && h.scope.system === 'hr-database');
  assert.ok(hold, 'the hold placed in the console is in the plan over the API');
  assert.equal(held.totals.due, 0);
  assert.equal(held.totals.held, before.totals.due);
  await page.getByTestId(`hold-${hold.id}`).waitFor();
  await captureScreen(page, 'retention-holds');

  await page.getByRole('link', { name: '廃棄計画' }).click();
  await page.getByTestId('system-held').filter({ hasText: hold.id }).waitFor();
  assert.ok((await page.getByTestId('held-rows').count()) > 0, 'held rows are shown as such');
  assert.equal(await page.getByRole('button', { name: '廃棄を実行する…' }).isDisabled(), true);

  // Released from its card: the plan is due again.
  await page.getByRole('link', { name: 'リーガルホールド' }).click();
  const card = page.getByTestId(`hold-${hold.id}`);
  await card.getByText('このホールドを解除…').click();
  await card.getByLabel('解除の理由').fill('Case settled');
  await card.getByRole('button', { name: '解除', exact: true }).click();
  await page.getByTestId('holds-list').waitFor({ state: 'detached' });
  assert.equal((await getJson<Plan>(page, '/api/v1/retention/plan')).totals.due, before.totals.due);

  await page.getByRole('link', { name: '廃棄計画' }).click();
  await page.getByRole('button', { name: '廃棄を実行する…' }).click();
  await page.getByTestId('run-confirm').waitFor();
  await page.getByRole('button', { name: '廃棄を実行' }).click();
  await page.getByTestId('run-view').waitFor();
  // The page polls the job: it reaches its end without a reload.
  await page.getByTestId('run-certificate').waitFor({ timeout: 60_000 });
  assert.equal((await page.getByTestId('job-status').textContent())?.trim(), '完了');
  const progress = (await page.getByTestId('run-progress-text').textContent()) ?? '';
  const count = before.totals.due.toLocaleString('ja-JP');
  assert.ok(progress.includes(`${count}件中${count}件`), progress);
  await captureScreen(page, 'retention-run');
  assert.equal((await getJson<Plan>(page, '/api/v1/retention/plan')).totals.due, 0, 'nothing left due');

  await page.getByRole('link', { name: '廃棄証明書を開く' }).click();
  await page.getByTestId('certificate-view').waitFor();
  assert.equal((await page.getByTestId('certificate-verified').textContent())?.trim(), '検証済み');
  assert.match((await page.getByTestId('certificate-totals').textContent()) ?? '', new RegExp(`${count}件を廃棄`));
  const href = (await page.getByTestId('certificate-pdf').getAttribute('href')) ?? '';
  const pdf = await page.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
  await captureScreen(page, 'retention-certificate');

  await page.getByRole('link', { name: '廃棄の実行' }).click();
  await page.getByTestId('runs-table').getByText('完了').waitFor();
  assert.deepEqual(browser.problems, []);
});

test('a person hold is placed with how to find them, which the API never shows again', async () => {
  const { page } = browser;
  await page.goto('/console/retention/holds');
  await page.locator('#hold-kind').selectOption('person');
  await page.locator('#hold-subject').fill('case-2026-031');
  await page.locator('#hold-identity-kind').selectOption('email');
  await page.locator('#hold-identity-value').fill('demo.person@example.jp');
  await page.locator('#hold-reason').fill('Complaint under investigation');
  await page.locator('#hold-owner').fill('Privacy office');
  await page.getByRole('button', { name: 'ホールドを設定' }).click();
  await page.getByTestId('hold-placed').waitFor();
  const holds = await page.request.get('/api/v1/retention/holds?active=true');
  const text = await holds.text();
  assert.ok(!text.includes('demo.person@example.jp'), 'the identity is sealed, never returned');
  const items = (JSON.parse(text) as { items: { id: string; scope: { kind: string; subject?: string } }[] }).items;
  const hold = items.find((h) => h.scope.kind === 'person' && h.scope.subject === 'case-2026-031');
  assert.ok(hold, 'the person hold is active over the API');
  await page.getByTestId(`hold-${hold.id}`).getByText('case-2026-031').waitFor();
  const plan = await getJson<Plan>(page, '/api/v1/retention/plan');
  assert.ok(
    plan.holds.some((h) => h.id === hold.id),
    'the plan applies it',
  );
  assert.deepEqual(browser.problems, []);
});

test("a contractor's disposal is recorded with the contractor's certificate uploaded", async () => {
  const { page } = browser;
  await page.goto('/console/retention/contractor-disposal');
  await page.locator('#cd-contractor').selectOption('kamome-shredding');
  await page.getByRole('button', { name: '廃棄を記録' }).click();
  // No rule, no date, no file: the API names each at its field.
  await page.getByTestId('cd-rule-error').waitFor();
  await page.getByTestId('cd-file-error').waitFor();
  await captureScreen(page, 'retention-contractor-refused');

  const rule = await page.locator('#cd-rule option').nth(1).getAttribute('value');
  await page.locator('#cd-rule').selectOption(rule ?? '');
  await page.locator('#cd-rows').fill('120');
  await page.locator('#cd-disposed-on').fill('2026-10-01');
  await page.locator('#cd-method').fill('Paper records dissolved at the plant');
  const certificate = Buffer.from('%PDF-1.4\n% synthetic certificate for the test\n%%EOF\n', 'latin1');
  await page
    .locator('#cd-file')
    .setInputFiles({ name: 'kamome-2026-10.pdf', mimeType: 'application/pdf', buffer: certificate });
  await page.getByRole('button', { name: '廃棄を記録' }).click();
  await page.getByTestId('certificate-contractor').waitFor();
  const documentHref = (await page.getByTestId('certificate-document').getAttribute('href')) ?? '';
  const document = await page.request.get(documentHref);
  assert.equal(document.status(), 200);
  assert.deepEqual(Buffer.from(await document.body()), certificate);
  const list = await getJson<{ items: { kind: string; contractor?: { rows: number } }[] }>(
    page,
    '/api/v1/retention/certificates',
  );
  assert.equal(list.items.find((c) => c.kind === 'contractor')?.contractor?.rows, 120);
  await captureScreen(page, 'retention-contractor-certificate');
  assert.deepEqual(browser.problems, []);
});

interface Due {
  items: { contractor: string; state: string; dueBy: string; suspendedByRecord: boolean }[];
}

test('contractor reviews recorded in the console move contractors between lapsed and in force', async () => {
  const { page } = browser;
  const due = await getJson<Due>(page, '/api/v1/contractors/reviews/due?soonDays=30');
  const active = due.items.filter((d) => !d.suspendedByRecord);
  const [first, second] = active;
  assert.ok(first && second, 'the demo has contractors under review');

  await page.goto('/console/');
  await page.getByTestId('db-contractors-open').click();
  await page.getByTestId('due-table').waitFor();
  await captureScreen(page, 'contractors-due');

  // A failed review dated yesterday makes the second contractor's review lapse at once.
  await page.getByTestId(`due-${second.contractor}`).getByRole('link').click();
  await page.getByTestId('contractor-view').waitFor();
  await page.locator('#review-reason').selectOption('incident');
  await page.locator('#review-on').fill(dayBefore(today()));
  await page.locator('#review-reviewer').fill('Privacy office');
  const foreign = page.locator('#review-foreign-no');
  if ((await foreign.count()) > 0) await foreign.check();
  await page.locator('#review-result').selectOption('fail');
  await page.getByRole('button', { name: '点検を記録' }).click();
  await page.getByTestId('review-recorded').waitFor();
  await page.getByTestId('contractor-state').filter({ hasText: '期限切れ' }).waitFor();
  await page.getByRole('link', { name: '点検の期限' }).click();
  await page.getByTestId('lapsed-alert').waitFor();
  assert.match((await page.getByTestId(`due-${second.contractor}`).getAttribute('class')) ?? '', /rt-lapsed/);
  await page.locator('#due-state').selectOption('lapsed');
  await page.getByTestId(`due-${second.contractor}`).waitFor();
  assert.match(page.url(), /state=lapsed/);
  await captureScreen(page, 'contractors-lapsed');
  const lapsed = await getJson<Due>(page, '/api/v1/contractors/reviews/due');
  assert.equal(lapsed.items.find((d) => d.contractor === second.contractor)?.state, 'lapsed');

  // The soonest-due contractor passes: every term confirmed, the OT-3 check done where overseas.
  await page.goto(`/console/contractors/${first.contractor}`);
  await page.getByTestId('contractor-view').waitFor();
  await page.getByRole('button', { name: '点検を記録' }).click();
  // Refused without a reviewer: the API's message for the field appears at it.
  const expected = await postRaw(page, '/api/v1/contractors/reviews', {
    contractor: first.contractor,
    reviewedOn: today(),
    reviewer: '',
    termsConfirmed: [],
    reason: 'periodic',
  });
  const reviewerMessage = expected.issues.find((i) => i.path === 'reviewer')?.message ?? '(none)';
  await page.getByTestId('review-reviewer-error').filter({ hasText: reviewerMessage }).waitFor();
  await captureScreen(page, 'contractors-review-refused');

  await page.locator('#review-reviewer').fill('Privacy office');
  for (const box of await page.locator('#review-terms input[type=checkbox]').all()) await box.check();
  const yes = page.locator('#review-foreign-yes');
  if ((await yes.count()) > 0) await yes.check();
  await page.locator('#review-result').selectOption('pass');
  await page.getByRole('button', { name: '点検を記録' }).click();
  await page.getByTestId('review-recorded').waitFor();
  await page.getByTestId('reviews-table').getByText('合格').waitFor();
  await captureScreen(page, 'contractors-contractor');
  const after = await getJson<Due>(page, '/api/v1/contractors/reviews/due');
  const passed = after.items.find((d) => d.contractor === first.contractor);
  assert.equal(passed?.state, 'ok');
  assert.ok((passed?.dueBy ?? '') > first.dueBy, 'the next review is due later than before');

  // Suspended and lifted through the console; the API agrees at each step.
  await page.getByRole('link', { name: '停止', exact: true }).click();
  await page.locator('#suspend-contractor').selectOption(first.contractor);
  await page.locator('#suspend-reason').fill('Audit finding not corrected');
  await page.getByRole('button', { name: '停止', exact: true }).click();
  const suspension = page.getByTestId(`suspension-${first.contractor}`);
  await suspension.waitFor();
  const suspended = await getJson<Due>(page, '/api/v1/contractors/reviews/due');
  assert.equal(suspended.items.find((d) => d.contractor === first.contractor)?.suspendedByRecord, true);
  await suspension.getByText('この停止を解除…').click();
  await suspension.getByLabel('解除の理由').fill('Corrected and re-audited');
  await suspension.getByRole('button', { name: '停止を解除' }).click();
  await suspension.getByText('解除済み').waitFor();
  const lifted = await getJson<Due>(page, '/api/v1/contractors/reviews/due');
  assert.equal(lifted.items.find((d) => d.contractor === first.contractor)?.suspendedByRecord, false);
  await captureScreen(page, 'contractors-suspensions');
  assert.deepEqual(browser.problems, []);
});

test('an overseas contractor shows what people are told about the transfer (OT-1)', async () => {
  const { page } = browser;
  await page.goto('/console/contractors/example-cloud');
  const info = page.getByTestId('overseas-info');
  await info.waitFor();
  const text = (await info.textContent()) ?? '';
  assert.match(text, /アメリカ合衆国/);
  assert.match(text, /相当措置/);
  await captureScreen(page, 'contractors-overseas');
  assert.deepEqual(browser.problems, []);
});

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  assert.equal(response.status(), 200, await response.text());
  return (await response.json()) as T;
}

/** A change the API refuses, sent with the console's session: its `issues` are what the form must show. */
async function postRaw(
  page: Page,
  path: string,
  body: unknown,
): Promise<{ issues: { path: string; message: string }[] }> {
  const csrf = (await page.context().cookies()).find((c) => c.name.endsWith('mamori_csrf'))?.value ?? '';
  const response = await page.request.post(path, { data: body, headers: { 'x-csrf-token': csrf } });
  assert.equal(response.status(), 400, await response.text());
  return (await response.json()) as { issues: { path: string; message: string }[] };
}

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
