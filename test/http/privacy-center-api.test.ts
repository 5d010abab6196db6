// The privacy center's API (issue 6): the notice follows the ledger until it is first published, then newer
// ledger versions are drafts the console previews and publishes (with evidence); the public lists every version
// that was public. Consent preferences: a link mailed through a real SMTP server opens the person's choices; each
// change is a consent record with the information version shown (OT-1) and the next decision honours it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { createApp } from '../../src/http/create-app.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { openStore } from '../../src/store/open-store.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { createApiToken, createUserAndLogin, fromIp, type LoggedIn, TEST_AUTH } from '../support/http-auth.ts';
import { mailBody } from '../support/mail-body.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';

const DEMO = new URL('../../examples/demo/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mamori-privacy-center-'));
const mail: { to: string[]; data: string }[] = [];
const evidence = new MemoryEvidenceLog();
let smtp: SMTPServer;
let store: Store;
let app: ReturnType<typeof createApp>;
let now = new Date('2026-04-01T01:00:00Z');
let auth: Record<string, string> = {};

// Response bodies are read loosely typed: the assertions are the type check.
const json = async (res: Response): Promise<any> => res.json();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const post = (path: string, body: unknown, headers: Record<string, string> = auth, ip = '192.0.2.1') =>
  app.request(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
    fromIp(ip),
  );

/** The demo ledger, its newsletter purpose reworded from `edition` on (a visible change in the notice). */
async function importDemo(edition: number, comment: string) {
  // Sessions end after 12 hours: the clock jumps by months between versions.
  if (edition > 1)
    auth = { ...(await createUserAndLogin(app, store, { roles: ['administrator'], now: () => now })).headers };
  const sources = readLedgerSources(DEMO).map((source) =>
    edition === 1
      ? source
      : {
          ...source,
          text: source.text
            .replace(
              'To send our newsletter with vacancies and career tips',
              `Newsletter edition ${edition} with vacancies`,
            )
            .replace(
              'メールマガジンで、求人情報やキャリアに役立つ情報をお届けするため',
              `メールマガジン第${edition}版で求人情報をお届けするため`,
            ),
        },
  );
  return importLedger({ store, clock: { now: () => now } }, { sources, author: 'test', comment });
}

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
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  app = createApp({
    store,
    clock: { now: () => now },
    logger: silentLogger,
    auth: TEST_AUTH,
    evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    requests: {
      mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'privacy@sakura.example'),
      publicUrl: 'https://privacy.sakura.example/',
    },
  });
  auth = { ...(await createUserAndLogin(app, store, { roles: ['administrator'], now: () => now })).headers };
  await importDemo(1, 'first');
});
after(async () => {
  await store.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('publishing the notice', () => {
  test('before any publication the notice follows the ledger and every version is listed', async () => {
    now = new Date('2026-05-01T01:00:00Z');
    await importDemo(2, 'second');
    const versions = await json(await get('/privacy/notice/versions'));
    assert.deepEqual(
      versions.versions.map((v: any) => v.ledgerVersion),
      [2, 1],
    );
    assert.equal(versions.current.ledgerVersion, 2);
    assert.deepEqual(versions.organisation, {
      ja: 'さくらスタッフィンググループ株式会社',
      en: 'Sakura Staffing Group Inc.',
    });
    const status = await json(await get('/api/v1/notice/status', auth));
    assert.equal(status.followsLedger, true);
    assert.equal(status.upToDate, true);
    assert.equal((await get('/privacy/notice')).headers.get('x-ledger-version'), '2');
  });

  test('publishing pins the notice: a later ledger version is a draft, previewed but not public', async () => {
    const published = await post('/api/v1/notice/publications', { ledgerVersion: 2, comment: 'pin it' });
    assert.equal(published.status, 201);
    assert.equal((await json(published)).publication.ledgerVersion, 2);
    assert.deepEqual(evidence.events.at(-1)?.payload, { published: 2, previous: 2 });
    assert.equal(evidence.events.at(-1)?.type, 'notice');

    now = new Date('2026-06-01T01:00:00Z');
    await importDemo(3, 'third');
    const notice = await get('/privacy/notice?lang=en&format=md');
    assert.equal(notice.headers.get('x-ledger-version'), '2', 'the public still sees the published version');
    assert.match(await notice.text(), /Newsletter edition 2/);
    const draft = await get('/api/v1/notice/preview?lang=en&format=md', auth);
    assert.equal(draft.headers.get('x-ledger-version'), '3');
    const draftText = await draft.text();
    assert.match(draftText, /Newsletter edition 3/);
    assert.ok(draftText.includes('June 1, 2026'), 'the preview is dated as if published today');
    assert.equal((await get('/api/v1/notice/preview')).status, 401, 'drafts are not public');
    assert.equal((await get('/privacy/notice?version=3')).status, 404, 'an unpublished version is not public');
    const status = await json(await get('/api/v1/notice/status', auth));
    assert.equal(status.followsLedger, false);
    assert.equal(status.upToDate, false);
    assert.equal(status.ledgerVersion, 3);
    assert.equal(status.published.ledgerVersion, 2);
    assert.equal(status.published.comment, 'pin it');
  });

  test('publishing what was not previewed is refused; publishing the draft lists it with its date', async () => {
    const stale = await post('/api/v1/notice/publications', { ledgerVersion: 2 });
    assert.equal(stale.status, 409);
    assert.match((await json(stale)).message, /version 3/);
    const bad = await post('/api/v1/notice/publications', { ledgerVersion: 'three' });
    assert.equal(bad.status, 400);
    assert.equal((await json(bad)).issues[0].path, 'ledgerVersion');

    assert.equal((await post('/api/v1/notice/publications', { ledgerVersion: 3 })).status, 201);
    assert.equal((await post('/api/v1/notice/publications', { ledgerVersion: 3 })).status, 409, 'only once');
    const versions = await json(await get('/privacy/notice/versions'));
    assert.deepEqual(
      versions.versions.map((v: any) => [v.ledgerVersion, v.publishedAt.slice(0, 10)]),
      [
        [3, '2026-06-01'],
        [2, '2026-05-01'],
        [1, '2026-04-01'],
      ],
    );
    const current = await get('/privacy/notice?lang=ja&format=json');
    assert.match(current.headers.get('content-type') ?? '', /application\/json/);
    const model = await json(current);
    assert.equal(model.lang, 'ja');
    assert.ok(model.sections.length > 5);
    assert.ok(JSON.stringify(model).includes('メールマガジン第3版'));
    const old = await get('/privacy/notice?lang=en&format=md&version=2');
    assert.equal(old.status, 200);
    const oldText = await old.text();
    assert.ok(oldText.includes('Newsletter edition 2') && !oldText.includes('June 1, 2026'), 'its own history only');
  });
});

describe('consent preferences', () => {
  const email = 'Hanako.Test@Example.JP';
  let token = '';

  test('a link is mailed through SMTP to the address given; the same answer for any address', async () => {
    const res = await post('/privacy/preferences/links', { email, lang: 'ja' }, {});
    assert.equal(res.status, 202);
    assert.equal((await json(res)).sent, true);
    const message = mail.at(-1);
    assert.deepEqual(
      message?.to.map((to) => to.toLowerCase()),
      [email.toLowerCase()],
    );
    const link = /https:\/\/privacy\.sakura\.example\/privacy-center\/preferences\/([A-Za-z0-9_-]{40,})/.exec(
      mailBody(message?.data ?? ''),
    );
    assert.ok(link, `the mail carries a link on the public URL: ${mailBody(message?.data ?? '').slice(-600)}`);
    token = link[1] as string;
    const bad = await post('/privacy/preferences/links', { email: 'not-an-address', lang: 'ja' }, {});
    assert.equal(bad.status, 400);
    assert.equal((await json(bad)).issues[0].path, 'email');
  });

  test('the link opens the choices the ledger offers, worded as published, with OT-1 information', async () => {
    const res = await get(`/privacy/preferences/${token}?lang=en`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await json(res);
    assert.equal(body.noticeVersion, 3);
    const byId = new Map(body.choices.map((c: any) => [c.id, c]));
    const newsletter: any = byId.get('newsletter');
    assert.equal(newsletter.mode, 'opt-out');
    assert.equal(newsletter.active, true, 'an opt-out purpose applies until the person objects');
    assert.match(newsletter.title, /Newsletter edition 3/);
    const offers: any = byId.get('partner-offers');
    assert.equal(offers.mode, 'opt-in');
    assert.equal(offers.active, false);
    const abroad: any = byId.get('global-talent-exchange');
    assert.equal(abroad.overseas.country, 'US');
    assert.ok(abroad.overseas.measures.length > 10 && abroad.overseas.system.length > 0);
    assert.equal(abroad.informationVersion, 'notice-v3+ot1-us-2026-04');
    assert.ok(!byId.has('alumni-directory'), 'a suspended recipient offers nothing to choose');
    assert.ok(!byId.has('payroll'), 'purposes that need no consent are not offered');
  });

  test('changes are recorded with the information shown, and the next decision honours them', async () => {
    const [{ subjectIds }] = [await json(await post('/api/v1/subjects/lookup', { email: 'hanako.test@example.jp' }))];
    assert.equal(subjectIds.length, 1);
    const subject = subjectIds[0] as string;
    assert.match(subject, /^pc-[0-9a-f-]{36}$/);
    const decide = async (body: Record<string, unknown>) =>
      json(
        await post('/api/v1/decisions', {
          actor: { kind: 'application', id: 'mailer', roles: ['coordinator'] },
          operator: 'sakura-staffing',
          subject: { id: subject, category: 'registered-staff' },
          items: ['name', 'email'],
          action: 'use',
          ...body,
        }),
      );
    const transfer = {
      action: 'provide',
      actor: { kind: 'application', id: 'overseas', roles: ['recruiter'] },
      operator: 'sakura-career',
      subject: { id: subject, category: 'candidates' },
      purpose: 'job-placement',
      recipient: 'global-talent-exchange',
    };
    assert.equal((await decide({ purpose: 'partner-offers' })).allowed, false);
    assert.equal((await decide({ purpose: 'newsletter' })).allowed, true);
    assert.equal((await decide(transfer)).allowed, false);

    const saved = await post(
      `/privacy/preferences/${token}`,
      {
        lang: 'en',
        noticeVersion: 3,
        choices: [
          { kind: 'purpose', id: 'partner-offers', consent: true },
          { kind: 'purpose', id: 'newsletter', consent: false },
          { kind: 'recipient', id: 'global-talent-exchange', consent: true },
          { kind: 'purpose', id: 'targeted-job-ads', consent: false },
        ],
      },
      {},
    );
    assert.equal(saved.status, 200);
    const body = await json(saved);
    assert.deepEqual(
      body.saved.map((s: any) => [s.id, s.status, s.informationVersion]),
      [
        ['partner-offers', 'given', 'notice-v3'],
        ['newsletter', 'refused', 'notice-v3'],
        ['global-talent-exchange', 'given', 'notice-v3+ot1-us-2026-04'],
        ['targeted-job-ads', 'refused', 'notice-v3'],
      ],
      'a clear no to a consent never asked is kept',
    );
    assert.equal(body.preferences.choices.find((c: any) => c.id === 'partner-offers').active, true);

    const offers = await decide({ purpose: 'partner-offers' });
    assert.equal(offers.allowed, true);
    assert.ok(offers.reasons.some((r: any) => r.code === 'CONSENT_ON_RECORD'));
    const newsletter = await decide({ purpose: 'newsletter' });
    assert.equal(newsletter.allowed, false);
    assert.ok(newsletter.reasons.some((r: any) => r.code === 'OPTED_OUT'));
    assert.equal((await decide(transfer)).allowed, true, 'an informed consent to the transfer abroad');

    const state = await json(await get(`/api/v1/subjects/${subject}/consent-state`, auth));
    // An application (e.g. the newsletter mailer) knows the person by address: it finds the id and the choices.
    const mailer = await createApiToken(app, { headers: auth } as LoggedIn, { name: 'newsletter-mailer' });
    const found = await post('/api/v1/subjects/lookup', { email: 'hanako.test@example.jp' }, mailer.headers);
    assert.equal(found.status, 200);
    assert.deepEqual((await json(found)).subjectIds, [subject]);
    const seen = await json(await get(`/api/v1/subjects/${subject}/consent-state`, mailer.headers));
    assert.deepEqual(
      seen.consents.filter((c: any) => c.scope.purpose === 'partner-offers').map((c: any) => c.status),
      ['given'],
    );
    const transferConsent = state.consents.find((c: any) => c.scope.recipient === 'global-talent-exchange');
    assert.equal(transferConsent.method, 'privacy-center');
    assert.equal(transferConsent.scope.country, 'US');
    assert.equal(transferConsent.informationVersion, 'notice-v3+ot1-us-2026-04');
    const consentEvidence = evidence.events.filter((e) => e.type === 'consent' && e.subject === subject);
    assert.equal(consentEvidence.length, 4);
    assert.ok(!JSON.stringify(consentEvidence).includes('example.jp'), 'the evidence never holds the address');

    const again = await post(
      `/privacy/preferences/${token}`,
      { lang: 'en', noticeVersion: 3, choices: [{ kind: 'purpose', id: 'targeted-job-ads', consent: false }] },
      {},
    );
    assert.deepEqual((await json(again)).saved, [], 'the same answer again records nothing');

    now = new Date(now.getTime() + 60_000);
    const withdrawn = await post(
      `/privacy/preferences/${token}`,
      { lang: 'ja', noticeVersion: 3, choices: [{ kind: 'purpose', id: 'partner-offers', consent: false }] },
      {},
    );
    assert.deepEqual(
      (await json(withdrawn)).saved.map((s: any) => s.status),
      ['withdrawn'],
    );
    const after = await decide({ purpose: 'partner-offers' });
    assert.equal(after.allowed, false);
    assert.ok(after.reasons.some((r: any) => r.code === 'CONSENT_WITHDRAWN'));
  });

  test('a stale page, an unknown choice, an unknown or expired link are refused with reasons', async () => {
    const choices = [{ kind: 'purpose', id: 'partner-offers', consent: true }];
    const stale = await post(`/privacy/preferences/${token}`, { lang: 'ja', noticeVersion: 2, choices }, {});
    assert.equal(stale.status, 409);
    const unknown = await post(
      `/privacy/preferences/${token}`,
      { lang: 'ja', noticeVersion: 3, choices: [{ kind: 'purpose', id: 'payroll', consent: false }] },
      {},
    );
    assert.equal(unknown.status, 400);
    assert.equal((await json(unknown)).issues[0].path, 'choices.0.id');
    assert.equal((await get(`/privacy/preferences/${'x'.repeat(43)}`)).status, 404);
    now = new Date(now.getTime() + 25 * 3_600_000);
    const expired = await get(`/privacy/preferences/${token}`);
    assert.equal(expired.status, 410);
    assert.equal((await json(expired)).code, 'GONE');
  });

  test('links are rate-limited per mailbox, whatever address asks', async () => {
    const ask = (ip: string) => post('/privacy/preferences/links', { email: 'flood@example.jp', lang: 'en' }, {}, ip);
    const statuses = [];
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'])
      statuses.push((await ask(ip)).status);
    assert.deepEqual(statuses, [202, 202, 202, 429]);
  });
});
