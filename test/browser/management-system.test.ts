// The management system screens in Chromium against `npm start`'s server with its demo data: a training course is
// created, assigned and its completions imported from a CSV file (a bad file refused row by row, then a good one
// changing the absentees); an internal audit with an auditor from the audited department is refused at the auditors,
// a valid one planned, a finding and a corrective action recorded, completed and the audit closed; a management
// review gathers its inputs from those records; a ledger review section is planned and confirmed by its owner.
// The absentees are chased by e-mail through a real SMTP server started here (a bad roster address refused at its
// line first). Each result is then read back over the API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
import { mailBody } from '../support/mail-body.ts';
import { mailSubject, startTestSmtp, type TestSmtp } from '../support/test-smtp.ts';

let mamori: RunningMamori;
let browser: BrowserSession;
let courseId = '';
let smtp: TestSmtp;

before(async () => {
  smtp = await startTestSmtp();
  mamori = await startMamori({ MAMORI_SMTP_URL: smtp.url, MAMORI_MAIL_FROM: 'privacy@sakura.example' });
  browser = await openBrowser(mamori.url);
  await firstSignIn(browser.page, mamori.admin, 'Kanri-Seido-2026!Hogo');
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
  await smtp?.close();
});

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  assert.equal(response.status(), 200, await response.text());
  return (await response.json()) as T;
}

const csvFile = (text: string) => ({ name: 'completions.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

test('training: a course assigned to all staff, completions imported from CSV, absentees counted', async () => {
  const { page } = browser;
  await page.goto('/console/');
  await page.getByRole('link', { name: 'マネジメントシステム' }).click();
  await page.getByRole('heading', { name: /年の教育/ }).waitFor();
  await page.goto('/console/management/training?year=2025');
  await page.getByRole('heading', { name: '2025年の教育' }).waitFor();
  await page.locator('#course-title').fill('個人情報保護教育 2025');
  await page.locator('#course-due').fill('2025-06-30');
  await page.getByRole('button', { name: '講座を追加' }).click();
  await page.getByRole('heading', { name: '個人情報保護教育 2025' }).waitFor();
  courseId = page.url().split('/').at(-1) ?? '';
  assert.match(courseId, /^[0-9a-f-]{36}$/);

  await page.locator('#assign-staff').fill('staff_id\ns-001\ns-002\ns-003\n');
  await page.getByRole('button', { name: '割り当てる' }).click();
  await page.getByText('3名を新たに割り当てました。').waitFor();
  // Due in 2025 and nobody has completed: everyone is absent.
  await page.getByTestId('count-absent').filter({ hasText: '3' }).waitFor();
  await page.getByRole('heading', { name: 'フォローが必要な未受講者：3名' }).waitFor();

  // A file with a bad date is refused whole, its row named by line and column.
  await page
    .locator('#import-file')
    .setInputFiles(csvFile('staff_id,completed_on,score\ns-001,2025-06-01,90\ns-002,yesterday,80\n'));
  await page.getByRole('button', { name: '取り込む' }).click();
  const problems = page.getByTestId('import-problems');
  await problems.waitFor();
  const row = problems.locator('tbody tr');
  assert.equal(await row.count(), 1);
  assert.equal((await row.locator('th').textContent())?.trim(), '3');
  assert.equal((await row.locator('td').first().textContent())?.trim(), 'completed_on');
  assert.match((await page.getByTestId('count-absent').textContent()) ?? '', /3/);
  await captureScreen(page, 'management-training-import-refused');

  await page
    .locator('#import-file')
    .setInputFiles(csvFile('staff_id,completed_on,score\ns-001,2025-06-01,90\ns-002,2025-06-02,50\n'));
  await page.getByRole('button', { name: '取り込む' }).click();
  await page.getByTestId('import-done').filter({ hasText: '2件' }).waitFor();
  await page.getByTestId('count-absent').filter({ hasText: '1' }).waitFor();
  await page.getByTestId('count-passed').filter({ hasText: '1' }).waitFor();
  await page.getByTestId('count-failed').filter({ hasText: '1' }).waitFor();
  assert.equal(await page.locator('tr.mgmt-absent th').textContent(), 's-003');
  // The absentees to chase, as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '未受講者をダウンロード（CSV）' }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), '\uFEFFstaff_id\r\ns-003\r\n');
  await captureScreen(page, 'management-training-course');

  const status = await getJson<{ absentees: string[]; staff: { staffId: string; state: string; score?: number }[] }>(
    page,
    `/api/v1/training/courses/${courseId}/status`,
  );
  assert.deepEqual(status.absentees, ['s-003']);
  assert.deepEqual(
    status.staff.map((s) => [s.staffId, s.state, s.score]),
    [
      ['s-001', 'passed', 90],
      ['s-002', 'failed', 50],
      ['s-003', 'absent', undefined],
    ],
  );
  await page.goto('/console/management/training?year=2025');
  await page.getByTestId('course-list').getByRole('link', { name: '個人情報保護教育 2025' }).waitFor();
  assert.deepEqual(browser.problems, []);
});

test('training: the absentees chased by e-mail, once a day, a bad roster address refused at its line', async () => {
  const { page } = browser;
  await page.goto(`/console/management/training/${courseId}`);
  await page.getByRole('heading', { name: '個人情報保護教育 2025' }).waitFor();
  // The roster's second field is the work e-mail; a wrong one is refused with its line, nothing assigned.
  await page.locator('#assign-staff').fill('s-003,s003@example.jp\ns-002,not-an-address\n');
  await page.getByRole('button', { name: '割り当てる' }).click();
  const problems = page.getByTestId('assign-problems');
  await problems.waitFor();
  assert.equal((await problems.locator('tbody th').textContent())?.trim(), '2');
  assert.equal((await problems.locator('tbody td').first().textContent())?.trim(), 'email');
  await page.getByTestId('assign-staff-error').waitFor();
  // Everyone is assigned already: the roster only gives s-003 an address (the review below counts the same staff).
  await page.locator('#assign-staff').fill('s-003,s003@example.jp\n');
  await page.getByRole('button', { name: '割り当てる' }).click();
  await page.getByTestId('assign-done').filter({ hasText: '0名を新たに割り当てました。' }).waitFor();
  await page.getByTestId('assign-done').filter({ hasText: '1件のメールアドレスを更新しました。' }).waitFor();
  await page.getByRole('heading', { name: 'フォローが必要な未受講者：1名' }).waitFor();

  await page.getByRole('button', { name: '未受講者にメールで督促' }).click();
  const result = page.getByTestId('chase-result');
  await result.getByText('1件の督促メールを送信しました。').waitFor();
  assert.deepEqual(
    smtp.mail.map((m) => m.to),
    [['s003@example.jp']],
  );
  const [mail] = smtp.mail;
  assert.match(mailSubject(mail?.data ?? ''), /個人情報保護教育 2025.*2025年6月30日/);
  assert.match(mailBody(mail?.data ?? ''), /「個人情報保護教育 2025」/);
  const s003 = page.locator('tr', { has: page.getByRole('rowheader', { name: 's-003' }) });
  await s003.getByTestId('reminders').filter({ hasText: '1回' }).waitFor();
  await captureScreen(page, 'management-training-chased');

  // The same day again: nobody is mailed twice, and the answer says so.
  await page.getByRole('button', { name: '未受講者にメールで督促' }).click();
  await result.getByText('0件の督促メールを送信しました。').waitFor();
  assert.match((await page.getByTestId('chase-already').textContent()) ?? '', /s-003/);
  assert.equal(smtp.mail.length, 1);
  const status = await getJson<{ staff: { staffId: string; reminders: number; hasEmail: boolean }[] }>(
    page,
    `/api/v1/training/courses/${courseId}/status`,
  );
  assert.deepEqual(
    status.staff.map((s) => [s.staffId, s.hasEmail, s.reminders]),
    [
      ['s-001', false, 0],
      ['s-002', false, 0],
      ['s-003', true, 1],
    ],
  );
  assert.deepEqual(browser.problems, []);
});

test('internal audit: a dependent auditor refused at the field, then a valid audit with a finding and an action', async () => {
  const { page } = browser;
  await page.goto('/console/management/audits?year=2026');
  await page.getByRole('heading', { name: '2026年の内部監査' }).waitFor();
  await page.locator('#audit-department').fill('sales');
  await page.locator('#audit-planned').fill('2026-09-01');
  await page.locator('#audit-scope').fill('同意の取得と記録');
  await page.locator('#auditor-0-user').fill('auditor.one@example.jp');
  await page.locator('#auditor-0-department').fill('sales');
  await page.getByRole('button', { name: '監査を計画する' }).click();
  const refusal = page.getByTestId('audit-auditors-error');
  await refusal.waitFor();
  assert.match((await refusal.textContent()) ?? '', /auditor\.one@example\.jp belong\(s\) to sales/);
  assert.equal(await page.locator('#auditor-0-department').getAttribute('aria-invalid'), 'true');
  // The summary links to the auditors.
  await page.getByTestId('form-problems').getByRole('link', { name: '監査員' }).waitFor();
  await captureScreen(page, 'management-audit-refused');
  const none = await getJson<{ items: unknown[] }>(page, '/api/v1/audits?year=2026');
  assert.equal(none.items.length, 0, 'nothing was planned');

  await page.locator('#auditor-0-department').fill('legal');
  await page.getByRole('button', { name: '監査を計画する' }).click();
  await page.getByRole('heading', { name: /salesの監査/ }).waitFor();
  const auditId = page.url().split('/').at(-1) ?? '';

  await page.locator('#finding-severity').selectOption('major');
  await page.locator('#finding-description').fill('アクセスログの定期確認が行われていない');
  await page.locator('#finding-requirement').fill('PM-3');
  await page.getByRole('button', { name: '指摘事項を記録' }).click();
  const finding = page.getByTestId('finding');
  await finding.getByText('アクセスログの定期確認が行われていない').waitFor();

  await finding.getByText('F1に是正処置を追加').click();
  await page.locator('#action-F1-action').fill('週次でログを確認する手順を定める');
  await page.locator('#action-F1-owner').fill('情報システム部');
  await page.locator('#action-F1-due').fill('2026-10-31');
  await page.getByRole('button', { name: '是正処置を追加' }).click();
  await finding.getByRole('rowheader', { name: '週次でログを確認する手順を定める' }).waitFor();
  await captureScreen(page, 'management-audit');

  await finding.getByRole('button', { name: '完了にする' }).click();
  await finding.getByText(/完了$/).waitFor();
  await page.getByRole('button', { name: '監査を終了する' }).click();
  await page
    .getByRole('heading', { name: /salesの監査/ })
    .getByText('終了')
    .waitFor();

  const audit = await getJson<{
    auditors: { userId: string; department: string }[];
    findings: {
      severity: string;
      requirement?: string;
      actions: { owner: string; dueOn: string; completedOn?: string }[];
    }[];
    closedOn?: string;
  }>(page, `/api/v1/audits/${auditId}`);
  assert.deepEqual(audit.auditors, [{ userId: 'auditor.one@example.jp', department: 'legal' }]);
  assert.equal(audit.findings[0]?.severity, 'major');
  assert.equal(audit.findings[0]?.requirement, 'PM-3');
  assert.equal(audit.findings[0]?.actions[0]?.owner, '情報システム部');
  assert.equal(audit.findings[0]?.actions[0]?.dueOn, '2026-10-31');
  assert.ok(audit.findings[0]?.actions[0]?.completedOn);
  assert.ok(audit.closedOn);
  assert.deepEqual(browser.problems, []);
});

test('management review: its inputs are gathered from the records and shown, a decision recorded', async () => {
  const { page } = browser;
  await page.goto('/console/management/reviews');
  await page.getByRole('heading', { name: 'マネジメントレビュー', exact: true }).waitFor();
  await page.locator('#review-from').fill('2025-01-01');
  await page.locator('#review-to').fill('2025-12-31');
  await page.locator('#review-held').fill('2026-01-20');
  await page.locator('#review-participants').fill('代表取締役\n個人情報保護管理者');
  await page.getByRole('button', { name: 'インプットを確認' }).click();
  const preview = page.getByTestId('review-inputs');
  await preview.getByRole('rowheader', { name: '個人情報保護教育 2025' }).waitFor();
  await page.getByRole('button', { name: 'レビューを記録' }).click();
  await page.getByRole('heading', { name: /のマネジメントレビュー/ }).waitFor();
  const reviewId = page.url().split('/').at(-1) ?? '';
  const inputs = page.getByTestId('review-inputs');
  // One of three passed the course due in the period.
  const course = inputs.getByRole('row', { name: /個人情報保護教育 2025/ });
  assert.match((await course.textContent()) ?? '', /33％/);
  for (const heading of [
    '本人からの請求',
    '事故',
    '苦情・相談',
    '内部監査',
    '2025年の台帳の見直し',
    '教育の修了状況',
  ]) {
    await inputs.getByRole('heading', { name: heading, exact: true }).waitFor();
  }

  await page.locator('#decision-text').fill('未受講者への再教育を3月までに実施する');
  await page.locator('#decision-owner').fill('個人情報保護管理者');
  await page.locator('#decision-due').fill('2026-03-31');
  await page.getByRole('button', { name: '決定事項を記録' }).click();
  await page.getByTestId('decisions').getByText('未受講者への再教育を3月までに実施する').waitFor();
  await captureScreen(page, 'management-review');

  const review = await getJson<{
    participants: string[];
    inputs: { training: { courseId: string; assigned: number; passed: number }[] };
    decisions: { decision: string; category: string; dueOn?: string }[];
  }>(page, `/api/v1/management-reviews/${reviewId}`);
  assert.deepEqual(review.participants, ['代表取締役', '個人情報保護管理者']);
  assert.deepEqual(review.inputs.training, [
    { courseId, title: '個人情報保護教育 2025', dueOn: '2025-06-30', assigned: 3, passed: 1, completionRate: 0.333 },
  ]);
  assert.deepEqual(
    review.decisions.map((d) => [d.decision, d.category, d.dueOn]),
    [['未受講者への再教育を3月までに実施する', 'improvement', '2026-03-31']],
  );
  assert.deepEqual(browser.problems, []);
});

test('ledger review: the year planned with an owner, who confirms a section', async () => {
  const { page } = browser;
  const me = await getJson<{ account: { id: string } }>(page, '/api/v1/auth/me');
  await page.goto('/console/management/ledger-review?year=2026');
  await page.getByRole('heading', { name: '2026年の台帳の見直し' }).waitFor();
  await page.getByTestId('ledger-review-progress').filter({ hasText: '0区分を確認済み' }).waitFor();
  await page.locator('#plan-due').fill('2026-12-25');
  await page.locator('#plan-default-owner').selectOption(me.account.id);
  await page.getByRole('button', { name: '計画を保存' }).click();
  const purposes = page.locator('tr[data-section="purposes"]');
  await purposes.getByText('利用目的を確認').click();
  await purposes.getByLabel('メモ（任意）').fill('目的の文言を確認済み');
  await purposes.getByRole('button', { name: '利用目的を今年度分として確認する' }).click();
  await purposes.getByText(/確認（第\d+版）/).waitFor();
  await page.getByTestId('ledger-review-progress').filter({ hasText: '1区分を確認済み' }).waitFor();
  await captureScreen(page, 'management-ledger-review');

  const status = await getJson<{
    confirmed: number;
    sections: { section: string; owner?: string; dueOn: string; confirmedBy?: string; note?: string }[];
  }>(page, '/api/v1/ledger-reviews/2026');
  assert.equal(status.confirmed, 1);
  const section = status.sections.find((s) => s.section === 'purposes');
  assert.equal(section?.confirmedBy, me.account.id);
  assert.equal(section?.note, '目的の文言を確認済み');
  assert.ok(status.sections.every((s) => s.owner === me.account.id && s.dueOn === '2026-12-25'));

  // The dashboard's ledger review number opens this screen.
  await page.goto('/console/');
  await page.getByTestId('db-ledger-review').click();
  await page.getByRole('heading', { name: /年の台帳の見直し/ }).waitFor();
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { name: /^Ledger review \d{4}$/ }).waitFor();
  await captureScreen(page, 'management-ledger-review-en');
  assert.deepEqual(browser.problems, []);
});
