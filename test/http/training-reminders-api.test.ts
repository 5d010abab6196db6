// Chasing training absentees by e-mail over a real SMTP server started here: the roster gives work addresses
// ("id,email" entries, old bare ids still accepted), `POST .../reminders` mails only the absentees with an address
// (course title and due date in the mail), a second chase the same day sends nothing new, the next day sends again;
// no mailer is a 409 naming MAMORI_SMTP_URL, another operator's course is a 404, and the evidence keeps ids only.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { openStore } from '../../src/store/open-store.ts';
import { DEMO_LEDGER, user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { mailBody } from '../support/mail-body.ts';
import { mailSubject, startTestSmtp, type TestSmtp } from '../support/test-smtp.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-training-reminders-'));
let smtp: TestSmtp;
let store: Store;
let now = new Date('2026-07-01T01:00:00Z');
let principal: Principal = user('carol', ['privacy-staff']);
let withMail: ReturnType<typeof createApp>;
let withoutMail: ReturnType<typeof createApp>;
let courseId = '';

const json = async (res: Response): Promise<any> => res.json();
// Without a body no content type either: a bare `POST .../reminders` chases the absentees.
const call = (app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown) =>
  app.request(
    path,
    body === undefined
      ? { method }
      : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
const remind = (body?: unknown, app = withMail) =>
  call(app, 'POST', `/api/v1/training/courses/${courseId}/reminders`, body);

before(async () => {
  smtp = await startTestSmtp();
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  const clock = { now: () => now };
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_LEDGER), author: 'setup', comment: 'demo' });
  const authenticate: MiddlewareHandler = async (c, next) => {
    c.set('principal' as never, principal as never);
    await next();
  };
  const base = {
    store,
    clock,
    logger: silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    authenticate,
  };
  withMail = createApp({
    ...base,
    requests: { mailer: smtpMailer(smtp.url, 'privacy@sakura.example'), publicUrl: 'https://privacy.example/' },
  });
  withoutMail = createApp(base);
});
after(async () => {
  await store.close();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the roster carries work addresses: bad ones refused at the entry, old bare ids still assign', async () => {
  const created = await call(withMail, 'POST', '/api/v1/training/courses', {
    operator: 'sakura-staffing',
    year: 2026,
    title: '個人情報保護の基礎 2026',
    dueOn: '2026-06-30',
  });
  assert.equal(created.status, 200);
  courseId = (await json(created)).id;
  const assignments = `/api/v1/training/courses/${courseId}/assignments`;
  const bad = await call(withMail, 'POST', assignments, {
    staff: [
      { staffId: 's-1', email: 's1@example.jp' },
      { staffId: 's-2', email: 'not an address' },
    ],
  });
  assert.equal(bad.status, 400);
  assert.deepEqual(
    (await json(bad)).issues.map((i: { path: string }) => i.path),
    ['staff.1.email'],
  );
  assert.deepEqual(await json(await call(withMail, 'POST', assignments, { staffIds: ['s-1', 's-2', 's-3'] })), {
    assigned: 3,
    emailsUpdated: 0,
  });
  // The roster again with addresses: nobody new, two addresses stored; s-3 has none; s-4 is new with one.
  const roster = await call(withMail, 'POST', assignments, {
    staff: [
      { staffId: 's-1', email: 's1@example.jp' },
      { staffId: 's-2', email: 's2@example.jp' },
      { staffId: 's-3' },
      { staffId: 's-4', email: 's4@example.jp' },
    ],
  });
  assert.deepEqual(await json(roster), { assigned: 1, emailsUpdated: 2 });
  const done = await call(withMail, 'POST', `/api/v1/training/courses/${courseId}/completions`, {
    completions: [{ staffId: 's-4', completedOn: '2026-06-20', score: 95 }],
  });
  assert.equal(done.status, 200);
});

test('the absentees with an address get one mail each naming the course and its due date', async () => {
  const res = await remind({});
  assert.equal(res.status, 200);
  assert.deepEqual(await json(res), { sent: 2, alreadyReminded: [], withoutEmail: ['s-3'], failed: [] });
  assert.deepEqual(smtp.mail.map((m) => m.to).sort(), [['s1@example.jp'], ['s2@example.jp']]);
  for (const mail of smtp.mail) {
    const subject = mailSubject(mail.data);
    const body = mailBody(mail.data);
    assert.match(subject, /個人情報保護の基礎 2026/);
    assert.match(subject, /2026年6月30日/);
    assert.match(body, /「個人情報保護の基礎 2026」/);
    assert.match(body, /It was due on June 30, 2026/);
    // The operator whose training it is, from the ledger.
    assert.match(body, /さくらスタッフィング/);
  }
  const status = await json(await call(withMail, 'GET', `/api/v1/training/courses/${courseId}/status`));
  assert.deepEqual(
    status.staff.map((s: any) => [s.staffId, s.state, s.hasEmail, s.reminders, s.lastRemindedOn]),
    [
      ['s-1', 'absent', true, 1, '2026-07-01'],
      ['s-2', 'absent', true, 1, '2026-07-01'],
      ['s-3', 'absent', false, 0, undefined],
      ['s-4', 'passed', true, 0, undefined],
    ],
  );
  assert.ok(!JSON.stringify(status).includes('@example.jp'), 'the status does not show addresses');
});

test('a second chase the same day sends nothing new; the next day reminds again and counts', async () => {
  now = new Date('2026-07-01T09:00:00Z'); // 18:00 in Japan, still 1 July
  assert.deepEqual(await json(await remind()), {
    sent: 0,
    alreadyReminded: ['s-1', 's-2'],
    withoutEmail: ['s-3'],
    failed: [],
  });
  assert.equal(smtp.mail.length, 2);
  now = new Date('2026-07-01T15:30:00Z'); // 00:30 on 2 July in Japan
  smtp.refuse.add('s2@example.jp');
  assert.deepEqual(await json(await remind({})), {
    sent: 1,
    alreadyReminded: [],
    withoutEmail: ['s-3'],
    failed: ['s-2'],
  });
  assert.deepEqual(smtp.mail.at(-1)?.to, ['s1@example.jp']);
  const status = await json(await call(withMail, 'GET', `/api/v1/training/courses/${courseId}/status`));
  const s1 = status.staff.find((s: any) => s.staffId === 's-1');
  const s2 = status.staff.find((s: any) => s.staffId === 's-2');
  assert.deepEqual([s1.reminders, s1.lastRemindedOn], [2, '2026-07-02']);
  // The refused mail is not recorded: s-2's last reminder is still the first day's.
  assert.deepEqual([s2.reminders, s2.lastRemindedOn], [1, '2026-07-01']);
  smtp.refuse.clear();
});

test('pending people only when asked; bad requests refused', async () => {
  const created = await json(
    await call(withMail, 'POST', '/api/v1/training/courses', {
      operator: 'sakura-staffing',
      year: 2026,
      title: 'Handling My Numbers',
      dueOn: '2026-09-30',
    }),
  );
  await call(withMail, 'POST', `/api/v1/training/courses/${created.id}/assignments`, {
    staff: [{ staffId: 's-7', email: 's7@example.jp' }],
  });
  const path = `/api/v1/training/courses/${created.id}/reminders`;
  assert.deepEqual(await json(await call(withMail, 'POST', path, {})), {
    sent: 0,
    alreadyReminded: [],
    withoutEmail: [],
    failed: [],
  });
  const before = smtp.mail.length;
  assert.equal((await json(await call(withMail, 'POST', path, { include: 'pending' }))).sent, 1);
  const mail = smtp.mail.slice(before);
  assert.deepEqual(
    mail.map((m) => m.to),
    [['s7@example.jp']],
  );
  assert.match(mailBody(mail[0]?.data ?? ''), /It is due on September 30, 2026/);
  assert.equal((await call(withMail, 'POST', path, { include: 'everyone' })).status, 400);
});

test('no mailer: 409 naming MAMORI_SMTP_URL, nothing recorded', async () => {
  now = new Date('2026-07-03T01:00:00Z');
  const res = await remind({}, withoutMail);
  assert.equal(res.status, 409);
  assert.match((await json(res)).message, /MAMORI_SMTP_URL/);
  const status = await json(await call(withMail, 'GET', `/api/v1/training/courses/${courseId}/status`));
  assert.ok(status.staff.every((s: any) => s.lastRemindedOn !== '2026-07-03'));
});

test("another operator's course is not found; readers cannot chase", async () => {
  const sent = smtp.mail.length;
  principal = user('erin', ['privacy-staff'], ['sakura-career']);
  assert.equal((await remind({})).status, 404);
  principal = user('dave', ['auditor']);
  assert.equal((await remind({})).status, 403);
  principal = user('carol', ['privacy-staff']);
  assert.equal(smtp.mail.length, sent);
});

test('each reminder is evidence naming ids and the day, never an address', async () => {
  const entries = await store.evidence.list({ type: 'management', limit: 10_000 });
  const reminders = entries.filter((e) => e.payload.action === 'training-reminder-sent');
  assert.deepEqual(
    reminders.map((e) => [e.payload.staffId, e.payload.on, e.payload.course === courseId, e.actor]),
    [
      ['s-1', '2026-07-01', true, 'carol'],
      ['s-2', '2026-07-01', true, 'carol'],
      ['s-1', '2026-07-02', true, 'carol'],
      ['s-7', '2026-07-02', false, 'carol'],
    ],
  );
  const everything = JSON.stringify(await store.evidence.list({ limit: 100_000 }));
  assert.ok(!everything.includes('@example.jp'), 'no address anywhere in the evidence log');
});
