// Incidents and the complaints desk in Chromium against `npm start`'s server: an incident recorded through the
// console is classified (special-care data of one person: BR-1, reportable) with its clocks, a report version
// written on screen is found over the API, a refused form shows the API's own message at the field, and a
// complaint linked to the incident is recorded and answered. Screens are checked at 1280 and 390 px.
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
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
});

interface ApiIncident {
  id: string;
  title: string;
  classification: { reportable: boolean; grounds: string[]; deadlines: Record<string, string> };
  submitted: Record<string, string>;
  reports: { kind: string; version: number; items: Record<string, string> }[];
  actions: { description: string; status: string }[];
  notifications: { kind: string; description: string }[];
}

test('an incident is recorded, classified and reported; a complaint about it is recorded and answered', async () => {
  const { page } = browser;
  await firstSignIn(page, mamori.admin, 'Jiko-Taiou-2026!Hogo');

  // An older incident, recorded over the API, whose preliminary report is already overdue.
  const old = await call(page, 'POST', '/api/v1/incidents', {
    operator: 'sakura-staffing',
    title: 'Misdelivered payslips',
    description: 'Payslips were posted to the wrong addresses.',
    discoveredBy: 'Payroll',
    facts: {
      discoveredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      cause: 'misdelivery',
      items: ['name', 'salary'],
      peopleAffected: 1500,
    },
  });
  assert.equal(old.status, 201);

  await page.goto('/console/');
  await page.locator('nav.sidenav').waitFor();
  await page.locator('nav.sidenav').getByRole('link', { name: '漏えい等事案' }).click();
  await page.getByRole('heading', { name: '漏えい等事案・報告' }).waitFor();
  await page.getByRole('link', { name: 'Misdelivered payslips' }).waitFor();

  // Filters live in the address: overdue only.
  await page.locator('#inc-filter-overdue').selectOption('1');
  await page.waitForURL(/overdue=1/);
  await page.getByTestId('incident-count').filter({ hasText: '1件' }).waitFor();
  assert.match((await page.locator('table.inc-table tbody tr').first().textContent()) ?? '', /期限超過/);
  await captureScreen(page, 'incidents-list');

  // The overdue clock is highlighted on the incident's page.
  await page.getByRole('link', { name: 'Misdelivered payslips' }).click();
  await page.getByTestId('clocks').waitFor();
  const overdueRow = page.getByTestId('clocks').locator('tr.inc-overdue');
  assert.equal(await overdueRow.count(), 1);
  assert.match((await overdueRow.textContent()) ?? '', /速報.*期限超過/);
  await page.getByRole('link', { name: '← 事案一覧' }).click();

  // Recording: an empty form is refused, and the API's own message is shown at the title field.
  await page.getByRole('link', { name: '事案を登録' }).click();
  await page.locator('#inc-title').waitFor();
  await page.locator('#inc-operator').selectOption('sakura-staffing');
  await page.getByRole('button', { name: '登録して分類する' }).click();
  await page.getByTestId('form-error').waitFor();
  const refused = await call(page, 'POST', '/api/v1/incidents', {
    operator: 'sakura-staffing',
    title: '',
    description: '',
    discoveredBy: '',
    systems: [],
    facts: { discoveredAt: new Date().toISOString(), cause: 'loss', items: [], peopleAffected: 0 },
  });
  assert.equal(refused.status, 400);
  const titleMessage = (refused.body as { issues: { path: string; message: string }[] }).issues.find(
    (i) => i.path === 'title',
  )?.message;
  assert.ok(titleMessage, 'the API names the title');
  assert.equal((await page.locator('#inc-title-error').textContent())?.trim(), titleMessage);
  assert.equal(await page.locator('#inc-title').getAttribute('aria-invalid'), 'true');
  assert.ok((await page.locator('#inc-people-error').count()) === 1, 'a blank number is refused at its field');
  await captureScreen(page, 'incident-form-refused');

  // Health check results of one person: special-care data (BR-1), reportable whatever the number.
  await page.locator('#inc-title').fill('健康診断結果の誤送信');
  await page.locator('#inc-description').fill('健康診断結果のファイルを別の派遣スタッフへ誤ってメール送信した。');
  await page.locator('#inc-cause').selectOption('misdelivery');
  await page.locator('#inc-discovered-by').fill('人材派遣事業部');
  await page.locator('#inc-systems-staffing-platform').check();
  await page.locator('#inc-items-health-check-results').check();
  await page.locator('#inc-people').fill('1');
  await page.getByRole('button', { name: '登録して分類する' }).click();
  await page.getByTestId('incident-title').filter({ hasText: '健康診断結果の誤送信' }).waitFor();
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  const panel = page.getByTestId('classification-panel');
  await panel.getByText('個人情報保護委員会へ報告').first().waitFor();
  assert.match((await panel.textContent()) ?? '', /BR-1.*要配慮個人情報が含まれます: 健康診断の結果/);
  const clocks = page.getByTestId('clocks');
  assert.equal(await clocks.locator('tbody tr').count(), 2);
  assert.match((await clocks.textContent()) ?? '', /速報.*確報/);
  let incident = await getIncident(page, id);
  assert.equal(incident.classification.reportable, true);
  assert.deepEqual(incident.classification.grounds, ['BR-1']);
  assert.ok(incident.classification.deadlines.preliminaryReport);
  assert.ok(incident.classification.deadlines.confirmedReport);

  // More people found: changing the facts classifies it again (BR-4 joins BR-1).
  await page.getByRole('link', { name: '事実を変更' }).click();
  await page.locator('#inc-people').fill('1200');
  await page.getByRole('button', { name: '保存して再分類' }).click();
  await page.getByText('事実を変更し、事案を再分類しました。').waitFor();
  // The threshold comes from the operator's breach rules (the default, 1,000 people).
  await panel.getByText('本人の数が1,200人で、1,000人を超えています。').waitFor();
  assert.deepEqual((await getIncident(page, id)).classification.grounds, ['BR-1', 'BR-4']);

  // A preliminary report version written on screen is stored, and listed over the API.
  await page.getByText('新しい版を作成').click();
  await page.locator('#rep-summary').fill('健康診断結果1名分の誤送信');
  await page.locator('#rep-personalData').fill('氏名、健康診断の結果');
  await page.locator('#rep-cause').fill('宛先の選択誤り');
  await page.getByRole('button', { name: '新しい版として保存' }).click();
  await page.getByText('第1版を保存しました。').waitFor();
  incident = await getIncident(page, id);
  assert.deepEqual(
    incident.reports.map((r) => [r.kind, r.version, r.items.summary]),
    [['ppc-preliminary', 1, '健康診断結果1名分の誤送信']],
  );
  await page.getByRole('button', { name: '第1版の様式データ' }).click();
  await page.getByTestId('report-data').getByText('1. 概要', { exact: true }).waitFor();
  assert.match(await page.locator('#rep-text').inputValue(), /1\. 概要\n健康診断結果1名分の誤送信/);
  const pdfHref = (await page.getByRole('link', { name: '第1版のPDF' }).getAttribute('href')) ?? '';
  const pdf = await page.request.get(pdfHref);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');

  await page.getByRole('button', { name: '提出済みとして記録' }).click();
  await page.getByTestId('reports').getByText('提出済み', { exact: true }).waitFor();
  assert.ok((await getIncident(page, id)).submitted['ppc-preliminary'], 'the filing is recorded');

  // BR-11: the person is found in the demo HR database and gets a letter with the draft's notice items.
  await page.getByText('本人へ通知する（書面・メール）').click();
  await page.locator('#ntf-channel').selectOption('letter');
  await page.locator('#ntf-people').fill('demo.person@example.jp');
  await page.getByRole('button', { name: '照合して通知' }).click();
  const outcome = page.getByTestId('notify-result');
  await outcome.getByText('書面作成 1件', { exact: false }).waitFor();
  const letterHref = (await outcome.getByRole('link', { name: '通知書（PDF）' }).getAttribute('href')) ?? '';
  const letter = await page.request.get(letterHref);
  assert.equal(letter.headers()['content-type'], 'application/pdf');
  assert.deepEqual(
    (await getIncident(page, id)).notifications.map((n) => n.kind),
    ['dispatch'],
  );

  // A corrective action, closed; a substitute measure.
  await page.getByText('処置を追加', { exact: true }).click();
  await page.locator('#act-description').fill('送信前の宛先確認を二人で行う');
  await page.locator('#act-owner').fill('人材派遣事業部長');
  await page.locator('#act-due').fill('2030-01-31');
  await page.getByRole('button', { name: '処置を追加する' }).click();
  await page.getByRole('button', { name: /完了にする/ }).click();
  await page.getByTestId('actions').getByText('完了', { exact: true }).waitFor();
  await page.getByText('Mamori 以外で行った通知、または代替措置を記録').click();
  await page.locator('#ntf-description').fill('ウェブサイトで公表し、問い合わせ窓口を設置した。');
  await page.getByRole('button', { name: '記録する' }).click();
  await page.getByTestId('notifications').locator('td', { hasText: '代替措置' }).waitFor();
  incident = await getIncident(page, id);
  assert.deepEqual(
    incident.actions.map((a) => a.status),
    ['closed'],
  );
  assert.deepEqual(
    incident.notifications.map((n) => n.kind),
    ['dispatch', 'substitute'],
  );
  assert.match((await page.getByTestId('timeline').textContent()) ?? '', /第1版を作成.*提出/);
  await captureScreen(page, 'incident-detail');

  // The complaints desk: a summary with an e-mail address is refused at the field with the API's message.
  await page.locator('nav.sidenav').getByRole('link', { name: '苦情・相談' }).click();
  await page.getByRole('link', { name: '苦情・相談を登録' }).click();
  await page.locator('#cmp-operator').selectOption('sakura-staffing');
  await page.locator('#cmp-channel').selectOption('phone');
  await page.locator('#cmp-summary').fill('taro@example.jp から誤送信について苦情');
  await page.getByRole('button', { name: '登録する' }).click();
  await page.locator('#cmp-summary-error').waitFor();
  assert.equal(
    (await page.locator('#cmp-summary-error').textContent())?.trim(),
    'write the summary without contact details or My Numbers; link the person by subject id',
  );
  await captureScreen(page, 'complaint-form-refused');
  await page.locator('#cmp-summary').fill('健康診断結果の誤送信について、本人から苦情の電話');
  await page.getByLabel('健康診断結果の誤送信').check();
  await page.getByRole('button', { name: '登録する' }).click();
  await page.getByText('案件を登録し、回答期限を設定しました。').waitFor();
  const complaintId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await page.getByTestId('complaint-incidents').getByRole('link', { name: '健康診断結果の誤送信' }).waitFor();
  const listed = await call(page, 'GET', '/api/v1/complaints');
  const stored = (listed.body as { items: { id: string; incidentIds: string[]; status: string }[] }).items;
  assert.deepEqual(
    stored.map((c) => [c.id, c.incidentIds, c.status]),
    [[complaintId, [id], 'open']],
  );
  assert.match((await page.getByTestId('respond-by').textContent()) ?? '', /\d/);

  await page.locator('#cmp-response').fill('経緯を説明し、再発防止策をお伝えした。');
  await page.getByRole('button', { name: '回答を記録' }).click();
  await page.getByTestId('complaint-response').waitFor();
  assert.equal((await page.getByTestId('complaint-status').textContent())?.trim(), '回答済み');
  const one = await call(page, 'GET', `/api/v1/complaints/${complaintId}`);
  assert.equal((one.body as { status: string }).status, 'responded');
  await captureScreen(page, 'complaint-detail');

  await page.getByRole('link', { name: '← 苦情・相談' }).click();
  await page.getByRole('link', { name: 'マネジメントレビュー用の件数' }).click();
  const totals = page.getByTestId('complaint-totals');
  await totals.waitFor();
  assert.match((await totals.locator('tbody tr').first().textContent()) ?? '', /^\d{4}-\d{2}1000$/);
  await captureScreen(page, 'complaint-counts');

  // The operator's report periods: a refused value is shown at its field; a change classifies open incidents again.
  await page.goto('/console/incidents/rules?operator=sakura-staffing');
  await page.getByTestId('rules-source').filter({ hasText: '既定値' }).waitFor();
  await page.locator('#rules-preliminaryDays').fill('0');
  await page.getByRole('button', { name: '保存して対応中の事案を再分類' }).click();
  await page.locator('#rules-preliminaryDays-error').waitFor();
  await page.locator('#rules-preliminaryDays').fill('5');
  await page.getByRole('button', { name: '保存して対応中の事案を再分類' }).click();
  await page.getByText('対応中の事案 2件を再分類しました。').waitFor();
  const rules = await call(page, 'GET', '/api/v1/breach-rules/sakura-staffing');
  assert.deepEqual(
    [
      (rules.body as { source: string }).source,
      (rules.body as { rules: { preliminaryDays: number } }).rules.preliminaryDays,
    ],
    ['operator', 5],
  );
  await captureScreen(page, 'breach-rules');

  // The incident's page in English, at both widths.
  await page.goto(`/console/incidents/${id}`);
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { name: 'Classification' }).waitFor();
  await page.getByTestId('classification-panel').getByText('Report to the PPC').first().waitFor();
  await captureScreen(page, 'incident-detail-en');
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { name: '分類' }).waitFor();

  // The dashboard's numbers open these lists.
  await page.locator('nav.sidenav').getByRole('link', { name: 'ダッシュボード' }).click();
  await page.getByTestId('db-incidents-open').click();
  await page.waitForURL(/\/console\/incidents\?status=open/);
  await page.getByRole('link', { name: '健康診断結果の誤送信' }).waitFor();
  assert.deepEqual(browser.problems, []);
});

/** An API call with the console's session (the CSRF token echoed from its cookie). */
async function call(page: Page, method: string, path: string, body?: unknown) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name.endsWith('mamori_csrf'))?.value ?? '';
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': csrf },
    ...(body === undefined ? {} : { data: body }),
  });
  return { status: response.status(), body: (await response.json()) as unknown };
}

async function getIncident(page: Page, id: string): Promise<ApiIncident> {
  const answer = await call(page, 'GET', `/api/v1/incidents/${id}`);
  assert.equal(answer.status, 200);
  return answer.body as ApiIncident;
}
