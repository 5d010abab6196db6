// A disclosure request end to end in Chromium against `npm start`'s server with its demo data: the demo person asks
// in the privacy center (electronic reply, identity document uploaded), follows it with the tracking code; in the
// console a request handler checks identity, records the fee, runs the search over the demo HR database (leaving the
// page while it runs), prepares and reviews the reply; approving their own review is refused; privacy staff approve
// and send it; the e-mail with the download link arrives on this test's SMTP server and the link serves the reply.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import {
  type BrowserSession,
  captureScreen,
  firstSignIn,
  openBrowser,
  type RunningMamori,
  type SignedInUser,
  signIn,
  startMamori,
} from '../support/browser.ts';

const PERSON = 'demo.person@example.jp';
const PNG = syntheticIdCard();

let mamori: RunningMamori;
let browser: BrowserSession;
let smtp: SMTPServer;
const mail: { to: string[]; data: string }[] = [];
let trackingCode = '';
let handler: SignedInUser;
let requestUrl = '';

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
  browser = await openBrowser(mamori.url);
});
after(async () => {
  await browser?.close();
  await mamori?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

test('npm start binds the demo HR system to a generated SQLite database and names the demo person', () => {
  assert.match(mamori.output(), /demo HR database: .*demo-hr\.sqlite \(300 synthetic people, created\)/);
  assert.match(mamori.output(), /demo person for requests: demo\.person@example\.jp/);
});

test('the demo person asks for disclosure in the privacy center; field errors show by their fields', async () => {
  const { page } = browser;
  await page.goto('/privacy-center/request');
  // In English first: the same form, with the procedure's own English text.
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { name: 'Make a request about your personal data' }).waitFor();
  await page.locator('#operator').selectOption('sakura-career');
  await page.locator('#type-disclosure').check();
  await page.locator('#requester-agent').check();
  await page.locator('#agent-kind').selectOption('attorney');
  assert.match((await page.getByTestId('fee-info').textContent()) ?? '', /¥500.*tax excluded.*enclose/s);
  assert.equal(await page.locator('#reply-electronic').count(), 0, 'this operator replies on paper only');
  await page.getByText("A power of attorney and the agent's identity document").waitFor();
  await captureScreen(page, 'privacy-request-agent-en');
  await page.getByTestId('language-switch').click();

  await page.locator('#operator').selectOption('sakura-staffing');
  await page.locator('#requester-self').check();
  await page.locator('#type-disclosure').check();
  await page.getByTestId('fee-info').waitFor();
  assert.match((await page.getByTestId('fee-info').textContent()) ?? '', /1,000/, 'the fee from the ledger');
  await page.locator('#reply-electronic').check();
  await page.locator('#identity-email').fill(PERSON);
  await page.locator('#contact-email').fill('not-an-address');
  await page.getByRole('button', { name: '請求を送信する' }).click();
  const error = page.locator('#contact-email-error');
  await error.waitFor();
  assert.equal(await page.locator('#contact-email').getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('#contact-email').getAttribute('aria-describedby')) ?? '', /contact-email-error/);
  assert.notEqual((await error.textContent())?.trim(), '');
  await captureScreen(page, 'privacy-request-errors');

  await page.locator('#contact-email').fill(PERSON);
  await page.locator('#identity-documents').setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: PNG });
  await page.getByText('licence.png').waitFor();
  await captureScreen(page, 'privacy-request-form');
  await page.getByRole('button', { name: '請求を送信する' }).click();
  const code = page.getByTestId('tracking-code');
  await code.waitFor();
  trackingCode = ((await code.textContent()) ?? '').trim();
  assert.match(trackingCode, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  assert.match((await page.getByTestId('next-step').textContent()) ?? '', /本人確認/);
  await captureScreen(page, 'privacy-request-done');

  await page.getByRole('link', { name: '状況を確認する' }).click();
  await page.getByTestId('request-status').waitFor();
  assert.equal(await page.locator('#tracking-code').inputValue(), trackingCode);
  assert.equal((await page.getByTestId('status-label').textContent())?.trim(), '受付済み');
  await captureScreen(page, 'privacy-status');
  assert.deepEqual(browser.problems, []);
});

test('a request handler checks identity, records the fee, searches the demo database and prepares the reply', async () => {
  const { page } = browser;
  handler = await firstSignIn(page, newAccount('handler@sakura.example', 'request-handler'), 'Seikyu-Taiou-2026!Hogo');
  await page.getByRole('link', { name: '開示等の請求' }).click();
  await page.getByRole('heading', { name: '開示等の請求' }).waitFor();
  await page.locator('#filter-type').selectOption('disclosure');
  const row = page.getByRole('link', { name: trackingCode });
  await row.waitFor();
  await captureScreen(page, 'console-requests-queue');
  await row.click();
  await page.getByTestId('detail-tracking-code').waitFor();
  requestUrl = page.url();
  assert.match((await page.getByTestId('identity').textContent()) ?? '', /demo\.person@example\.jp/);
  assert.match((await page.getByTestId('documents').textContent()) ?? '', /licence\.png/);
  await captureScreen(page, 'console-request-detail');

  await page.getByLabel('licence.png').check();
  await page.getByRole('button', { name: '本人確認済みにする' }).click();
  await statusIs(page, '手数料待ち');
  await page.getByRole('button', { name: '入金を記録' }).click();
  await statusIs(page, '検索');
  assert.match((await page.getByTestId('fee-status').textContent()) ?? '', /支払済み/);

  // The search runs on the server: leave the page at once, come back, and find it finished.
  await page.getByRole('button', { name: '検索を実行' }).click();
  await page.getByTestId('search-progress').waitFor();
  await page.getByRole('link', { name: '← 一覧へ戻る' }).click();
  await page.getByRole('link', { name: trackingCode }).click();
  await statusIs(page, '確認');
  const results = page.getByTestId('search-results');
  await results.getByText(PERSON).first().waitFor();
  assert.match((await results.textContent()) ?? '', /人事データベース/, 'found in the demo HR system');
  assert.match((await page.getByTestId('found-summary').textContent()) ?? '', /1システム/);
  await captureScreen(page, 'console-request-search-results');

  await page.getByRole('button', { name: '回答と回答書を作成' }).click();
  await page.getByTestId('response-preview').waitFor();
  const letter = await page.getByTestId('letter-link').getAttribute('href');
  const pdf = await page.request.get(letter ?? '');
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-', 'the reply letter is a PDF');
  await captureScreen(page, 'console-request-preview');

  await page.getByRole('button', { name: '確認完了（承認へ回す）' }).click();
  await statusIs(page, '承認待ち');
  await page.getByRole('button', { name: '承認', exact: true }).click();
  const refusal = page.getByTestId('step-error');
  await refusal.waitFor();
  assert.match((await refusal.textContent()) ?? '', /確認したのはあなたのため、承認できません/);
  await statusIs(page, '承認待ち');
  await captureScreen(page, 'console-request-approve-refused');
  assert.deepEqual(browser.problems, []);
});

test('privacy staff approve and send the response; the person gets the link by e-mail and sees it sent', async () => {
  const { page } = browser;
  await page.getByRole('button', { name: 'ログアウト' }).click();
  const staff = newAccount('staff@sakura.example', 'privacy-staff');
  await firstSignIn(page, staff, 'Kojin-Jouhou-2026!Tantou');
  await page.goto(requestUrl);
  await statusIs(page, '承認待ち');
  await page.getByRole('button', { name: '承認', exact: true }).click();
  await statusIs(page, '承認済み');
  await page.getByRole('button', { name: '回答を送付' }).click();
  await statusIs(page, '回答済み');
  assert.match((await page.getByTestId('deliveries').textContent()) ?? '', /0\/3/);
  assert.match((await page.getByTestId('timeline').textContent()) ?? '', /回答送付/);
  await captureScreen(page, 'console-request-sent');

  const message = mail.find((m) => m.to.includes(PERSON));
  assert.ok(message, 'an e-mail went to the person');
  const link = /(https?:\/\/\S+?)\/privacy\/downloads\/([A-Za-z0-9_-]+)/.exec(bodyOf(message.data));
  assert.ok(link, 'the e-mail holds the download link');
  // Started with PORT=0: the link names the port the server really listens on.
  assert.equal(new URL(link[1] as string).port, new URL(mamori.url).port);
  assert.ok(!message.data.includes(trackingCode), 'but not the tracking code that opens it');
  const download = await page.request.get(
    `/privacy/downloads/${link[2]}?trackingCode=${encodeURIComponent(trackingCode)}&format=json`,
  );
  assert.equal(download.status(), 200);
  assert.match(await download.text(), /demo\.person@example\.jp/, 'the reply holds what the search found');

  await page.goto(`/privacy-center/status?code=${encodeURIComponent(trackingCode.toLowerCase())}`);
  await page.getByTestId('request-status').waitFor();
  assert.equal((await page.getByTestId('status-label').textContent())?.trim(), '回答済み');
  await captureScreen(page, 'privacy-status-sent');

  await page.goto(requestUrl);
  await page.getByRole('button', { name: '完了にする' }).click();
  await statusIs(page, '完了');
  assert.deepEqual(browser.problems, []);
});

test('an erasure is carried out once after approval, and its reply says what was done', async () => {
  const { page } = browser;
  // As the public does: no session (the console's cookie would make it a staff call needing CSRF).
  const submitted = await fetch(`${mamori.url}/privacy/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      operator: 'sakura-staffing',
      type: 'erasure',
      requester: { kind: 'self', identity: { kind: 'email', email: PERSON }, contact: { email: PERSON } },
      replyMethod: 'electronic',
      details: { ground: 'no-longer-needed' },
    }),
  });
  assert.equal(submitted.status, 201);
  const code = ((await submitted.json()) as { trackingCode: string }).trackingCode;
  // Privacy staff (still signed in) check identity, search and review.
  await page.goto('/console/requests?type=erasure');
  await page.getByRole('link', { name: code }).click();
  await page.getByTestId('detail-tracking-code').waitFor();
  const erasureUrl = page.url();
  await page.getByLabel('その他の確認書類（窓口での提示など）').fill('運転免許証（窓口で提示）');
  await page.getByRole('button', { name: '本人確認済みにする' }).click();
  await statusIs(page, '検索');
  await page.getByRole('button', { name: '検索を実行' }).click();
  await statusIs(page, '確認');
  await page.getByRole('button', { name: '確認完了（承認へ回す）' }).click();
  await statusIs(page, '承認待ち');

  // The handler approves and carries it out; the letter is prepared after the execution, then sent.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await signIn(page, handler);
  await page.goto(erasureUrl);
  await page.getByRole('button', { name: '承認', exact: true }).click();
  await statusIs(page, '承認済み');
  const execute = page.getByRole('button', { name: '実施', exact: true });
  assert.equal(await execute.isDisabled(), true, 'carried out only once the change is confirmed');
  await page.getByLabel('変更内容を確認しました').check();
  await execute.click();
  await statusIs(page, '実施済み');
  assert.match((await page.getByTestId('timeline').textContent()) ?? '', /実施完了/);
  await page.getByRole('button', { name: '回答と回答書を作成' }).click();
  const preview = page.getByTestId('response-preview');
  await preview.getByRole('heading', { name: '実施内容' }).waitFor();
  await captureScreen(page, 'console-request-executed');
  await page.getByRole('button', { name: '回答を送付' }).click();
  await statusIs(page, '回答済み');

  // The reply shows what the execution recorded. How many rows go and how many stay (address overwritten, kept
  // under a retention rule) depends on today's date against the demo's fixed dates: read the record, not a number.
  const requestId = new URL(erasureUrl).pathname.split('/').at(-1) ?? '';
  const recorded = (await (await page.request.get(`/api/v1/requests/${requestId}`)).json()) as {
    request?: {
      execution?: { summary?: { kind?: string; systems?: number; rowsDeleted?: number; rowsUpdated?: number } };
    };
  };
  const summary = recorded.request?.execution?.summary;
  assert.equal(summary?.kind, 'erasure');
  assert.ok((summary?.rowsDeleted ?? 0) >= 1, 'the person had rows no rule keeps');
  assert.match(
    (await preview.getByTestId('execution').textContent()) ?? '',
    new RegExp(
      `消去.*${summary?.systems}システムで削除${summary?.rowsDeleted}行・上書き${summary?.rowsUpdated ?? 0}行`,
      's',
    ),
  );
  // The demo HR database no longer knows the address (rows deleted, or the address hashed where a row is kept).
  const db = new Database(join(mamori.dataDir, 'demo-hr.sqlite'), { readonly: true });
  try {
    for (const table of ['candidates', 'staff', 'employees']) {
      const row = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE email = ?`).get(PERSON) as { n: number };
      assert.equal(row.n, 0, `${table} still holds the address`);
    }
  } finally {
    db.close();
  }
  assert.equal(mail.filter((m) => m.to.includes(PERSON)).length, 2, 'the erasure reply was mailed too');
  assert.deepEqual(browser.problems, []);
});

/** Creates a console account for sakura-staffing with the CLI; its one-time password is printed. */
function newAccount(email: string, role: string) {
  const printed = mamori.cli(
    'user',
    'add',
    '--email',
    email,
    '--role',
    role,
    '--operator',
    'sakura-staffing',
    '--json',
  );
  const { password } = JSON.parse(printed) as { password: string };
  return { email, password };
}

async function statusIs(page: Page, label: string): Promise<void> {
  await page.locator('.rq-status-line [data-testid="status-badge"]', { hasText: new RegExp(`^${label}$`) }).waitFor();
}

/** The text of a mail: quoted-printable or base64 bodies decoded. */
function bodyOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding:\s*base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A small real PNG that looks like an ID card (a photo box and lines of text), drawn here: nothing personal. */
function syntheticIdCard(): Buffer {
  const [width, height] = [160, 100];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const photo = x >= 10 && x < 50 && y >= 20 && y < 80;
      const line = x >= 60 && x < 150 && [25, 40, 55, 70].some((top) => y >= top && y < top + 5);
      const edge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      const rgb = edge ? [40, 70, 120] : photo ? [150, 160, 170] : line ? [60, 60, 70] : [225, 236, 248];
      raw.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
