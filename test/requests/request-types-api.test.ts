// Every request type, over HTTP, from the privacy center to the sent response: identity check, fee, search in the
// demo HR database on PostgreSQL, review, a second person's approval, execution where the type changes something
// (checked in that database or in the decision engine), the reply package and the letter (read back from the PDF)
// in Japanese and English, delivery by download link or post, and closing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { REQUEST_TYPES } from '../../src/core/ledger/request-procedure.ts';
import { needsExecution } from '../../src/core/requests/privacy-request.ts';
import { application } from '../support/authorized-app.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { createHrDatabase, type HrDatabase } from './hr-database.ts';
import { pdfText, squash } from './pdf-text.ts';
import { json, PEOPLE, PNG, type RequestApp, requestApp, step } from './request-app.ts';

interface Person {
  readonly id: number;
  readonly email: string;
  readonly subjectId: string;
}

interface Reply {
  readonly id: string;
  readonly person: Person;
  readonly reply: any;
  readonly csv: string;
  readonly ja: string;
  readonly en: string;
}

interface Case {
  readonly person: number;
  readonly replyMethod: 'electronic' | 'paper';
  readonly details?: object;
  readonly prepare?: (ra: RequestApp, person: Person) => Promise<void>;
  readonly check: (done: Reply) => Promise<void>;
}

let hr: HrDatabase;
let ra: RequestApp;
(PEOPLE as Record<string, unknown>).app = application('dispatch-app', {
  operators: ['sakura-staffing'],
  ledgerRoles: ['coordinator'],
});

const decide = async (person: Person, action: 'use' | 'provide', purpose: string, recipient?: string) => {
  const res = await ra.call('app' as never, 'POST', '/api/v1/decisions', {
    action,
    actor: { kind: 'application', id: 'dispatch-app', roles: ['coordinator'] },
    operator: 'sakura-staffing',
    subject: { id: person.subjectId, category: 'dispatched-staff' },
    items: ['name'],
    purpose,
    ...(recipient ? { recipient } : {}),
  });
  const body = await json(res);
  return body.decision ?? body;
};
const codes = (decision: { reasons: { code: string }[] }) => decision.reasons.map((r) => r.code);
const staffRow = async (id: number) => (await hr.query('SELECT * FROM staff WHERE id = $1', [id]))[0] ?? {};

const CASES: Record<(typeof REQUEST_TYPES)[number], Case> = {
  'purpose-notification': {
    person: 1,
    replyMethod: 'electronic',
    async check({ reply, ja, en }) {
      const ids = reply.purposes.map((p: { id: string }) => p.id);
      assert.ok(ids.includes('staff-matching') && ids.includes('dispatch-administration'), ids.join());
      assert.ok(!ids.includes('shareholder-management') && !ids.includes('payroll-bpo'), 'only the person’s');
      const matching = reply.purposes.find((p: { id: string }) => p.id === 'staff-matching');
      assert.deepEqual(
        matching.categories.map((c: { id: string }) => c.id),
        ['registered-staff', 'candidates'].filter((c) =>
          reply.subjectCategories.some((s: { id: string }) => s.id === c),
        ),
      );
      assert.ok(matching.items.some((i: { id: string; name: { ja: string } }) => i.id === 'phone' && i.name.ja));
      assert.deepEqual(reply.systems, [], 'a purpose notification carries no found values');
      assert.equal(reply.procedure.targetDays, 14);
      assert.equal(reply.procedure.fees['purpose-notification'], 1000);
      for (const text of [
        '派遣登録スタッフの方に、ご希望とスキルに合ったお仕事をご紹介するため',
        '利用する項目',
        '電話番号',
        '開示等の請求の手続',
        '1,000円',
        'さくらスタッフィング個人情報相談窓口',
      ]) {
        assert.ok(squash(ja).includes(squash(text)), `ja letter: ${text}`);
      }
      for (const text of [
        'To offer registered staff temporary work that fits their wishes and skills',
        'Phone number',
      ]) {
        assert.ok(squash(en).includes(squash(text)), `en letter: ${text}`);
      }
      assert.ok(!squash(ja).includes('shareholder') && !squash(ja).includes('株主'));
    },
  },
  disclosure: {
    person: 2,
    replyMethod: 'electronic',
    async check({ reply, csv, ja, person }) {
      const staff = reply.systems[0].tables.find((t: { table: string }) => t.table === 'staff');
      const email = staff.items.find((i: { item: string }) => i.item === 'email');
      assert.equal(email.rows[0].values.email, person.email);
      assert.ok(csv.includes(person.email));
      assert.ok(squash(ja).includes('staff:') && ja.includes('メールアドレス'));
    },
  },
  'provision-records': {
    person: 3,
    replyMethod: 'electronic',
    async prepare(ra, person) {
      const consent = await ra.call('hana', 'POST', '/api/v1/consents', {
        subjectId: person.subjectId,
        status: 'given',
        scope: { recipient: 'client-companies' },
        method: 'paper',
        recordedBy: 'hana',
      });
      assert.equal(consent.status, 201);
      const decision = await decide(person, 'provide', 'dispatch-administration', 'client-companies');
      assert.equal(decision.allowed, true, JSON.stringify(decision));
    },
    async check({ reply, ja, en }) {
      assert.equal(reply.provisionRecords.length, 1);
      assert.equal(reply.provisionRecords[0].recipient, 'client-companies');
      assert.deepEqual(reply.provisionRecords[0].items, ['name']);
      assert.deepEqual(reply.systems, []);
      assert.ok(squash(ja).includes('第三者提供記録') && squash(ja).includes('派遣先企業:氏名'));
      assert.ok(en.includes('Records of provision to third parties'));
    },
  },
  correction: {
    person: 4,
    replyMethod: 'electronic',
    details: { corrections: [{ item: 'phone', values: { phone: '090-1111-2222' } }] },
    async check({ reply, ja, person }) {
      assert.equal((await staffRow(person.id)).phone, '090-1111-2222', 'corrected in the company database');
      assert.equal(reply.execution.kind, 'correction');
      assert.deepEqual(reply.execution.items, ['phone']);
      assert.ok(ja.includes('訂正しました') && squash(ja).includes('訂正した項目:電話番号'));
    },
  },
  addition: {
    person: 5,
    replyMethod: 'electronic',
    details: { corrections: [{ item: 'qualifications', values: { qualifications: '日商簿記検定2級' } }] },
    async check({ reply, en, person }) {
      assert.equal((await staffRow(person.id)).qualifications, '日商簿記検定2級');
      assert.deepEqual(reply.execution.items, ['qualifications']);
      assert.ok(squash(en).includes(squash('Items corrected: Qualifications and skills')));
    },
  },
  deletion: {
    person: 6,
    replyMethod: 'electronic',
    details: { items: ['phone'] },
    async check({ reply, ja, person }) {
      const row = await staffRow(person.id);
      assert.notEqual(row.phone, (await staffRowBefore.get(person.id))?.phone, 'the phone number is gone');
      assert.equal(row.email, person.email, 'what was not asked for stays');
      assert.deepEqual(reply.execution.items, ['phone']);
      assert.ok(squash(ja).includes('消去した項目:電話番号'));
    },
  },
  erasure: {
    person: 0,
    replyMethod: 'electronic',
    async check({ reply, ja, en, person }) {
      const row = await staffRow(person.id);
      assert.notEqual(row.email, person.email, 'erased from the company database');
      assert.equal(reply.execution.kind, 'erasure');
      const kept = reply.execution.kept.find((k: { rule: string }) => k.rule === 'labour-records');
      assert.ok(kept, 'the employee register is kept under the law');
      assert.ok(squash(ja).includes('法令により保存が必要なため保持') && ja.includes('労働者名簿・賃金台帳'));
      assert.ok(en.includes('Kept because the law requires it'));
      assert.equal(JSON.stringify(reply).includes(person.email), false, 'the reply does not repeat erased data');
    },
  },
  'suspension-of-use': {
    person: 7,
    replyMethod: 'electronic',
    details: { purpose: 'staff-matching', ground: 'no-longer-needed' },
    async check({ reply, ja, person }) {
      assert.ok(codes(await decide(person, 'use', 'staff-matching')).includes('USE_SUSPENDED'));
      assert.equal(reply.execution.suspension.kind, 'use');
      assert.ok(
        squash(ja).includes(squash('「派遣登録スタッフの方に、ご希望とスキルに合ったお仕事をご紹介するため」')),
      );
    },
  },
  'suspension-of-provision': {
    person: 8,
    replyMethod: 'paper',
    details: { recipient: 'client-companies', ground: 'rights-harmed' },
    async check({ reply, en, person }) {
      assert.ok(
        codes(await decide(person, 'provide', 'dispatch-administration', 'client-companies')).includes(
          'PROVISION_SUSPENDED',
        ),
      );
      assert.equal(reply.execution.suspension.recipient, 'client-companies');
      assert.ok(squash(en).includes(squash('we stopped providing your personal data to Client companies')));
    },
  },
};

const staffRowBefore = new Map<number, Record<string, unknown>>();

async function person(n: number): Promise<Person> {
  const [row] = await hr.query('SELECT * FROM staff WHERE email IS NOT NULL ORDER BY id OFFSET $1 LIMIT 1', [n]);
  staffRowBefore.set(Number(row?.id), row ?? {});
  return { id: Number(row?.id), email: String(row?.email), subjectId: `staff-${String(row?.id)}` };
}

async function letter(id: string): Promise<string> {
  const res = await ra.call('aki', 'GET', `/api/v1/requests/${id}/package?format=pdf`);
  assert.equal(res.status, 200);
  return pdfText(new Uint8Array(await res.arrayBuffer()));
}

/** Submission to closing; returns what the person received. */
async function work(type: string, c: Case): Promise<Reply> {
  const who = await person(c.person);
  await c.prepare?.(ra, who);
  const contact = c.replyMethod === 'electronic' ? { email: who.email } : { postalAddress: '東京都千代田区1-1-1' };
  const submitted = await ra.call('anonymous', 'POST', '/privacy/requests', {
    operator: 'sakura-staffing',
    type,
    requester: { kind: 'self', identity: { kind: 'email', email: who.email }, contact },
    replyMethod: c.replyMethod,
    details: c.details ?? {},
    documents: [{ kind: 'identity', fileName: 'licence.png', mediaType: 'image/png', content: PNG }],
  });
  assert.equal(submitted.status, 201, JSON.stringify(await submitted.clone().json()));
  const { trackingCode } = await json(submitted);
  const id = (await ra.store.requests.byTrackingCode(trackingCode))?.id ?? '';
  const verified = await step(ra, 'hana', id, 'verify-identity', { documents: ['licence'], subjectId: who.subjectId });
  if (verified.request.fee.amount > 0) {
    assert.equal(verified.request.status, 'fee');
    await step(ra, 'hana', id, 'record-payment', { method: 'bank-transfer' });
  }
  assert.equal((await step(ra, 'hana', id, 'search')).request.status, 'review');
  await step(ra, 'hana', id, 'review');
  assert.equal((await step(ra, 'ken', id, 'approve')).request.status, 'approved');
  if (needsExecution(type as never)) assert.equal((await step(ra, 'ken', id, 'execute')).request.status, 'executed');
  await step(ra, 'ken', id, 'prepare-response', { lang: 'en' });
  const en = await letter(id);
  await step(ra, 'ken', id, 'prepare-response', { lang: 'ja' });
  let reply: unknown;
  let csv: string;
  let ja: string;
  if (c.replyMethod === 'electronic') {
    const sent = await step(ra, 'ken', id, 'deliver', {});
    assert.equal(sent.request.status, 'response-sent');
    const mail = ra.mail.at(-1);
    assert.equal(mail?.to, who.email);
    const token = /\/privacy\/downloads\/(\S+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const get = (format: string) =>
      ra.call('anonymous', 'GET', `/privacy/downloads/${token}?trackingCode=${trackingCode}&format=${format}`);
    reply = await json(await get('json'));
    csv = await (await get('csv')).text();
    ja = pdfText(new Uint8Array(await (await get('pdf')).arrayBuffer()));
  } else {
    const sent = await step(ra, 'ken', id, 'dispatch', { method: 'restricted-delivery', reference: 'JP-1' });
    assert.equal(sent.request.status, 'response-sent');
    reply = await json(await ra.call('aki', 'GET', `/api/v1/requests/${id}/package?format=reply`));
    csv = await (await ra.call('aki', 'GET', `/api/v1/requests/${id}/package?format=csv`)).text();
    ja = await letter(id);
  }
  assert.equal((await step(ra, 'ken', id, 'close')).request.status, 'closed');
  const status = await json(await ra.call('anonymous', 'GET', `/privacy/requests/${trackingCode}`));
  assert.equal(status.status, 'closed');
  return { id, person: who, reply, csv, ja, en };
}

for (const dialect of testDialects()) {
  describe(`every request type over HTTP, Mamori on ${dialect.kind}, the company database on PostgreSQL`, () => {
    let database: TestDatabase;
    before(async () => {
      hr = await createHrDatabase(60);
      database = await dialect.createDatabase();
      ra = await requestApp({ config: database.config, datasets: [hr.binding()] });
    });
    after(async () => {
      await ra.close();
      await database.drop();
      await hr.close();
    });

    for (const type of REQUEST_TYPES) {
      test(`${type}: submitted, worked, ${needsExecution(type) ? 'executed, ' : ''}answered and closed`, async () => {
        const c = CASES[type];
        const done = await work(type, c);
        assert.equal(done.reply.request.type, type);
        assert.ok(done.ja.includes('受付番号'), 'the letter is in Japanese');
        assert.ok(squash(done.en).includes('trackingcode'), `and in English: ${done.en}`);
        await c.check(done);
        const trail = (await ra.store.requests.events(done.id)).map((e) => e.to);
        assert.equal(trail.at(-1), 'closed');
        assert.equal(trail.includes('executed'), needsExecution(type));
      });
    }
  });
}
