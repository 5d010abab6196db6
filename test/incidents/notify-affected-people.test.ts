// BR-11 and BR-10 end to end: the affected people are looked up in a generated company database, e-mailed through
// a real SMTP server (started here) or sent a sealed PDF letter; every dispatch is recorded per person with its
// evidence; the unreached get a substitute measure; a contractor's client is told and the clocks follow.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import { SMTPServer } from 'smtp-server';
import { FieldCipher } from '../../src/app/field-cipher.ts';
import { recordNotification } from '../../src/app/incidents/incident-follow-up.ts';
import { draftReport } from '../../src/app/incidents/incident-reports.ts';
import { letterPdf, type NotifyDeps, notifyAffectedPeople } from '../../src/app/incidents/notify-affected-people.ts';
import { notifyClient } from '../../src/app/incidents/notify-client.ts';
import { type IncidentInput, recordIncident } from '../../src/app/incidents/record-incident.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { memoryKeyring } from '../../src/app/master-keyring.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import { cipherSealer } from '../../src/app/requests/cipher-sealer.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { renderLetterPdf } from '../../src/notice/render-letter.ts';
import { createDemoFixture, type DemoFixture } from '../connectors/demo-fixture.ts';
import { type ManagementFixture, managementFixture } from '../management/management-fixture.ts';
import { user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { testDialects } from '../support/test-databases.ts';

const mail: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let port: number;
let company: DemoFixture;
let people: { id: number; email: string; staffNumber: string; family: string; postal: string }[];

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => {
        data += c.toString('utf8');
      });
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  company = await createDemoFixture('sqlite', 40);
  people = (
    await company.raw('SELECT id, email, staff_number, family_name, postal_code FROM staff ORDER BY id LIMIT 4')
  ).map((r) => ({
    id: Number(r.id),
    email: String(r.email),
    staffNumber: String(r.staff_number),
    family: String(r.family_name),
    postal: String(r.postal_code),
  }));
});
after(async () => {
  await company.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Decoded text of a received message (nodemailer sends UTF-8 bodies quoted-printable or base64). */
function textOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head))
    return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

const incidentInput = (extra: Partial<IncidentInput['facts']> = {}): IncidentInput => ({
  operator: 'sakura-staffing',
  title: '委託先からのメール誤送信',
  description: 'synthetic',
  discoveredBy: '営業部',
  systems: ['hr-database'],
  facts: {
    discoveredAt: new Date('2026-05-11T01:00:00Z'),
    cause: 'unauthorised-access',
    items: ['name', 'email'],
    peopleAffected: 4,
    stronglyEncrypted: false,
    pseudonymisedOnly: false,
    privacyMarkHolder: false,
    ...extra,
  },
});
const NOTICE = {
  summary: '外部からの不正アクセスにより、登録スタッフ情報が閲覧された可能性があります。',
  personalData: '氏名、メールアドレス',
  cause: '管理画面の認証設定の不備',
  secondaryHarm: '現時点で二次被害は確認されていません。',
  other: '',
};

for (const dialect of testDialects()) {
  describe(`BR-11 and BR-10 notices on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    let deps: NotifyDeps;
    before(async () => {
      f = await managementFixture(dialect, '2026-05-12T01:00:00Z');
      const cipher = new FieldCipher({
        dataKeys: f.store.dataKeys,
        masters: memoryKeyring([{ id: 'm1', key: randomBytes(32) }]),
        clock: f.clock,
      });
      deps = {
        store: f.store,
        clock: f.clock,
        datasets: [company.binding],
        mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'privacy@sakura.example'),
        sealer: cipherSealer(cipher),
        renderLetter: renderLetterPdf,
      };
    });
    after(() => f.close());

    test('each person found is e-mailed or sent a sealed letter, recorded per person with evidence', async () => {
      const incident = await recordIncident(deps, incidentInput(), 'carol');
      await assert.rejects(
        notifyAffectedPeople(
          deps,
          {
            incidentId: incident.id,
            identities: [{ kind: 'email', email: people[0]?.email ?? '' }],
            channel: 'auto',
            lang: 'ja',
          },
          'carol',
        ),
        (e: { code?: string; issues?: { path: string }[] }) =>
          e.code === 'VALIDATION' && e.issues?.[0]?.path === 'notice',
        'no notice text and no report draft yet',
      );
      await assert.rejects(
        notifyAffectedPeople(
          deps,
          {
            incidentId: incident.id,
            identities: [{ kind: 'my-number', myNumber: '123456789012' }],
            channel: 'auto',
            lang: 'ja',
            notice: NOTICE,
          },
          'carol',
        ),
        (e: { issues?: { path: string }[] }) => e.issues?.[0]?.path === 'identities.0.myNumber',
        'an invalid identity is refused before anyone is contacted',
      );
      const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
      const before = mail.length;
      const emailed = await notifyAffectedPeople(
        deps,
        {
          incidentId: incident.id,
          identities: [
            { kind: 'email', email: a.email.toUpperCase() },
            { kind: 'staff-number', staffNumber: b.staffNumber },
            { kind: 'email', email: 'nobody@example.invalid' },
          ],
          channel: 'auto',
          lang: 'ja',
          notice: NOTICE,
        },
        'carol',
      );
      assert.deepEqual(
        emailed.outcomes.map((o) => [o.index, o.outcome, o.subjectId]),
        [
          [0, 'emailed', `hr-database:staff:${a.id}`],
          [1, 'emailed', `hr-database:staff:${b.id}`],
          [2, 'not-found', undefined],
        ],
      );
      assert.deepEqual([emailed.emailed, emailed.letters, emailed.unreached], [2, 0, 1]);
      const sent = mail.slice(before);
      assert.deepEqual(
        sent.map((m) => m.to),
        [[a.email], [b.email]],
      );
      const text = textOf(sent[0]?.data ?? '');
      assert.ok(text.includes(NOTICE.summary) && text.includes(NOTICE.cause), 'items 1 and 4 of BR-11');
      assert.ok(text.includes(`${a.family} `), 'addressed to the person by name');
      assert.ok(text.includes('お問い合わせ窓口'), 'with the enquiry desk');

      const letters = await notifyAffectedPeople(
        deps,
        {
          incidentId: incident.id,
          identities: [
            { kind: 'staff-number', staffNumber: c.staffNumber },
            { kind: 'email', email: a.email },
          ],
          channel: 'letter',
          lang: 'en',
          notice: NOTICE,
        },
        'carol',
      );
      assert.deepEqual(
        letters.outcomes.map((o) => o.outcome),
        ['letter', 'already-notified'],
      );
      const letterId = letters.outcomes[0]?.notificationId ?? '';
      const stored = await f.store.incidents.letter(letterId);
      assert.equal(stored?.encrypted, true);
      assert.ok(
        !Buffer.from(stored?.content ?? [])
          .toString('latin1')
          .startsWith('%PDF'),
        'sealed at rest',
      );
      const pdf = Buffer.from(await letterPdf(deps, incident.id, letterId));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      await assert.rejects(letterPdf(deps, 'another-incident', letterId), { code: 'NOT_FOUND' });

      await recordNotification(
        deps,
        { incidentId: incident.id, kind: 'substitute', description: 'announcement on the website and enquiry desk' },
        'carol',
      );
      const recorded = await f.store.incidents.notifications(incident.id);
      assert.deepEqual(
        recorded
          .map((n) => [n.kind, n.channel, n.subjectId])
          .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        [
          ['dispatch', 'email', `hr-database:staff:${a.id}`],
          ['dispatch', 'email', `hr-database:staff:${b.id}`],
          ['dispatch', 'letter', `hr-database:staff:${c.id}`],
          ['substitute', undefined, undefined],
        ],
      );
      const evidence = (await f.store.evidence.list({ type: 'incident', limit: 1000 })).filter(
        (e) => e.payload.incident === incident.id && String(e.payload.action).startsWith('notification'),
      );
      assert.deepEqual(
        evidence.map((e) => [e.payload.action, e.subject]),
        [
          ['notification-dispatch', `hr-database:staff:${a.id}`],
          ['notification-dispatch', `hr-database:staff:${b.id}`],
          ['notification-dispatch', `hr-database:staff:${c.id}`],
          ['notification-substitute', undefined],
        ],
      );
      assert.ok(
        evidence.every((e) => !JSON.stringify(e.payload).includes('@')),
        'no address in the evidence',
      );
    });

    test('the notice defaults to the newest report draft; a refused mail is not recorded as sent', async () => {
      const incident = await recordIncident(deps, incidentInput(), 'carol');
      await draftReport(
        deps,
        {
          incidentId: incident.id,
          kind: 'ppc-preliminary',
          items: {
            ...NOTICE,
            peopleAffected: '4',
            responseToIndividuals: '',
            publicAnnouncement: '',
            recurrencePrevention: '',
            summary: 'draft summary',
          },
        },
        'carol',
      );
      const failing: NotifyDeps = {
        ...deps,
        mailer: {
          async send() {
            throw new Error('550 mailbox unavailable');
          },
        },
      };
      const result = await notifyAffectedPeople(
        failing,
        {
          incidentId: incident.id,
          identities: [{ kind: 'email', email: people[3]?.email ?? '' }],
          channel: 'email',
          lang: 'ja',
        },
        'carol',
      );
      assert.deepEqual(
        result.outcomes.map((o) => o.outcome),
        ['failed'],
      );
      assert.equal(result.unreached, 1);
      assert.deepEqual(await f.store.incidents.notifications(incident.id), []);
      const before = mail.length;
      const retried = await notifyAffectedPeople(
        deps,
        {
          incidentId: incident.id,
          identities: [{ kind: 'email', email: people[3]?.email ?? '' }],
          channel: 'email',
          lang: 'ja',
        },
        'carol',
      );
      assert.deepEqual(
        retried.outcomes.map((o) => o.outcome),
        ['emailed'],
      );
      assert.ok(textOf(mail[before]?.data ?? '').includes('draft summary'), 'the draft report’s summary');
    });

    test('BR-10: a contractor’s client is told by e-mail; the exemption applies and the deadline goes', async () => {
      const incident = await recordIncident(
        deps,
        incidentInput({
          cause: 'misdelivery',
          items: ['health-check-results'],
          asContractorFor: 'client-co',
          clientNotified: false,
        }),
        'carol',
      );
      assert.equal(incident.classification.reportable, true, 'both report until the client is told');
      assert.equal(incident.classification.deadlines.clientNotification?.toISOString(), '2026-05-14T14:59:59.999Z');
      const before = mail.length;
      await notifyClient(
        deps,
        { incidentId: incident.id, channel: 'email', email: 'privacy@client.example', description: '' },
        'carol',
      );
      assert.deepEqual(mail[before]?.to, ['privacy@client.example']);
      assert.ok(textOf(mail[before]?.data ?? '').includes(incident.id));
      const updated = await f.store.incidents.get(incident.id);
      assert.equal(updated?.facts.clientNotified, true);
      assert.equal(updated?.classification.exemption, 'contractor-notified-client');
      assert.equal(updated?.classification.reportable, false);
      assert.equal(updated?.classification.deadlines.clientNotification, undefined);
      const [notice] = await f.store.incidents.notifications(incident.id);
      assert.deepEqual([notice?.kind, notice?.channel], ['client', 'email']);
      const other = await recordIncident(deps, incidentInput(), 'carol');
      await assert.rejects(
        notifyClient(deps, { incidentId: other.id, channel: 'phone', description: 'called' }, 'carol'),
        { code: 'CONFLICT' },
      );
    });
  });
}

describe('BR-11 over HTTP', () => {
  let f: ManagementFixture;
  let app: ReturnType<typeof createApp>;
  let principal: Principal = { kind: 'anonymous' };
  const call = (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  before(async () => {
    f = await managementFixture(testDialects()[0] as ReturnType<typeof testDialects>[0], '2026-05-12T01:00:00Z');
    const authenticate: MiddlewareHandler = async (c, next) => {
      c.set('principal' as never, principal as never);
      await next();
    };
    app = createApp({
      store: f.store,
      clock: f.clock,
      logger: silentLogger,
      evidence: f.store.evidence,
      policies: new PolicyHolder(f.store, { refreshMs: 0 }),
      evidenceKeys: TEST_EVIDENCE_KEYS,
      authenticate,
      requests: {
        datasets: [company.binding],
        mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'privacy@sakura.example'),
      },
    });
  });
  after(() => f.close());

  test('staff of the operator notify people and print letters; the access log names people by reference only', async () => {
    principal = user('carol', ['privacy-staff'], ['sakura-staffing']);
    const created = await call('POST', '/api/v1/incidents', {
      operator: 'sakura-staffing',
      title: 'lost laptop',
      description: 'synthetic',
      discoveredBy: '営業部',
      facts: { discoveredAt: '2026-05-11T01:00:00Z', cause: 'theft', items: ['name'], peopleAffected: 2 },
    });
    const { id } = (await created.json()) as { id: string };
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    const res = await call('POST', `/api/v1/incidents/${id}/notifications/affected-people`, {
      identities: [
        { kind: 'email', email: a.email },
        { kind: 'staff-number', staffNumber: b.staffNumber },
      ],
      channel: 'letter',
      notice: { summary: 'ノートPCの盗難', personalData: '氏名', cause: '車上荒らし' },
    });
    assert.equal(res.status, 200);
    const result = (await res.json()) as { letters: number; outcomes: { notificationId: string }[] };
    assert.equal(result.letters, 2);
    const pdf = await call('GET', `/api/v1/incidents/${id}/notifications/${result.outcomes[0]?.notificationId}/letter`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    const log = await f.store.evidence.list({ type: 'read', limit: 100 });
    assert.ok(
      log.some((e) => (e.payload.subjects as string[] | undefined)?.includes(`hr-database:staff:${a.id}`)),
      'who was looked up is in the access log',
    );
    assert.ok(log.every((e) => !JSON.stringify(e.payload).includes('@')));
    principal = user('erin', ['privacy-staff'], ['sakura-career']);
    assert.equal(
      (await call('GET', `/api/v1/incidents/${id}/notifications/${result.outcomes[0]?.notificationId}/letter`)).status,
      404,
    );
    principal = user('dave', ['auditor']);
    assert.equal((await call('POST', `/api/v1/incidents/${id}/notifications/affected-people`, {})).status, 403);
  });
});
