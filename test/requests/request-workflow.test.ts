import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { FieldCipher } from '../../src/app/field-cipher.ts';
import { importLedger } from '../../src/app/import-ledger.ts';
import { makeDecisions } from '../../src/app/make-decisions.ts';
import { memoryKeyring } from '../../src/app/master-keyring.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Clock, Store } from '../../src/app/ports.ts';
import { cipherSealer } from '../../src/app/requests/cipher-sealer.ts';
import { sendResponse } from '../../src/app/requests/deliver-response.ts';
import { downloadResponse } from '../../src/app/requests/download-response.ts';
import { executeRequest } from '../../src/app/requests/execute-request.ts';
import { prepareResponse } from '../../src/app/requests/prepare-response.ts';
import type { RequestDeps } from '../../src/app/requests/request-deps.ts';
import { purgeRequestDocuments, storeDocument } from '../../src/app/requests/request-documents.ts';
import {
  approveResponse,
  closeRequest,
  completeReview,
  lapseUnpaidRequests,
  recordPayment,
  verifyIdentity,
} from '../../src/app/requests/request-steps.ts';
import { runSearch } from '../../src/app/requests/run-search.ts';
import { submitRequest } from '../../src/app/requests/submit-request.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { AppError } from '../../src/core/app-error.ts';
import { prepareEvidenceEvent } from '../../src/core/evidence/prepare-event.ts';
import type { NewRequest } from '../../src/core/requests/privacy-request.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { renderLetterPdf } from '../../src/notice/render-letter.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createDemoFixture, DEMO_DIR, type DemoFixture } from '../connectors/demo-fixture.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-requests-'));
let now = new Date('2026-04-01T01:00:00Z');
const clock: Clock = { now: () => now };
const mail: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let store: Store;
let fixture: DemoFixture;
let deps: RequestDeps & { evidence: MemoryEvidenceLog };
let person: { email: string; id: string };

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
  const port = (smtp.server.address() as AddressInfo).port;
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_DIR), author: 't', comment: 'demo' });
  fixture = await createDemoFixture('sqlite', 50);
  const [row] = await fixture.raw('SELECT id, email FROM staff WHERE email IS NOT NULL ORDER BY id LIMIT 1');
  person = { email: String(row?.email), id: `staff-${String(row?.id)}` };
  deps = {
    store,
    clock,
    evidence: new MemoryEvidenceLog(),
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    randomBytes: (n) => randomBytes(n),
    hash: (t) => createHash('sha256').update(t).digest('hex'),
    datasets: [fixture.binding],
    sealer: cipherSealer(
      new FieldCipher({
        dataKeys: store.dataKeys,
        masters: memoryKeyring([{ id: 'm1', key: randomBytes(32) }]),
        clock,
      }),
    ),
    mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'privacy@sakura.example'),
  };
});
after(async () => {
  await fixture.close();
  await store.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const disclosure = (): NewRequest => ({
  operator: 'sakura-staffing',
  type: 'disclosure',
  requester: { kind: 'self', identity: { kind: 'email', email: person.email }, contact: { email: person.email } },
  replyMethod: 'electronic',
  details: {},
});

test('a disclosure goes from the privacy center to a logged, single-person download and an e-mail', async () => {
  const { request } = await submitRequest(deps, { request: disclosure(), channel: 'privacy-center', actor: 'public' });
  assert.equal(request.status, 'received');
  assert.equal(request.fee.amount, 1000);
  assert.equal(request.dueAt.toISOString(), '2026-04-15T14:59:59.999Z');
  const again = await submitRequest(deps, { request: disclosure(), channel: 'api', actor: 'api' });
  assert.equal(again.duplicateOf, request.id, 'the same request within the window is flagged');

  await storeDocument(deps, {
    requestId: request.id,
    kind: 'identity',
    fileName: 'licence.png',
    mediaType: 'image/png',
    content: new TextEncoder().encode('identity-document-bytes'),
  });
  const [stored] = await store.requests.documents(request.id);
  assert.equal(stored?.encrypted, true);
  assert.ok(
    !Buffer.from(stored?.content ?? [])
      .toString()
      .includes('identity-document-bytes'),
    'sealed at rest',
  );
  assert.equal(
    (await verifyIdentity(deps, { requestId: request.id, actor: 'hana', documents: ['licence'] })).status,
    'fee',
  );
  assert.equal(
    (await recordPayment(deps, { requestId: request.id, actor: 'hana', method: 'bank-transfer' })).status,
    'search',
  );
  const pkg = await runSearch(deps, { requestId: request.id, actor: 'hana' });
  const tables = pkg.systems.flatMap((s) => s.tables.map((t) => t.table));
  assert.ok(tables.includes('staff'), 'the staff table is found');
  const emails = pkg.systems.flatMap((s) =>
    s.tables.flatMap((t) =>
      t.items.filter((i) => i.item === 'email').flatMap((i) => i.rows.map((r) => r.values.email)),
    ),
  );
  assert.ok(emails.length > 0 && emails.every((e) => e === person.email), 'only this person');

  await completeReview(deps, request.id, 'hana');
  await assert.rejects(
    approveResponse(deps, request.id, 'hana'),
    (e: unknown) => e instanceof AppError && e.code === 'CONFLICT',
  );
  assert.equal((await approveResponse(deps, request.id, 'ken')).status, 'approved');

  const prepared = await prepareResponse(deps, {
    requestId: request.id,
    actor: 'ken',
    lang: 'ja',
    render: renderLetterPdf,
  });
  assert.equal(Buffer.from(prepared.pdf).subarray(0, 4).toString(), '%PDF');
  assert.ok(Buffer.from(prepared.pdf).toString('latin1').includes('NotoSansJP'), 'Noto Sans JP is embedded');
  assert.ok(prepared.csv.startsWith('\uFEFFsystem,table,row,item,column,value'));
  assert.ok(prepared.csv.includes(person.email));

  const sent = await sendResponse(deps, {
    requestId: request.id,
    actor: 'ken',
    downloadBaseUrl: 'https://privacy.example/privacy/downloads/',
    maxDownloads: 1,
  });
  assert.equal(sent.request.status, 'response-sent');
  const token = sent.link?.split('/').at(-1) ?? '';
  await assert.rejects(
    downloadResponse(deps, { token, trackingCode: again.request.trackingCode, format: 'json' }),
    (e: unknown) => e instanceof AppError && e.code === 'FORBIDDEN',
  );
  const file = await downloadResponse(deps, {
    token,
    trackingCode: request.trackingCode.toLowerCase(),
    format: 'json',
    address: '192.0.2.1',
  });
  assert.deepEqual(JSON.parse(new TextDecoder().decode(file.content)).request.id, request.id);
  await assert.rejects(
    downloadResponse(deps, { token, trackingCode: request.trackingCode, format: 'pdf' }),
    (e: unknown) => e instanceof AppError && e.details.outcome === 'exhausted',
  );
  const log = await store.requests.downloadEvents(request.id);
  assert.deepEqual(
    log.map((e) => e.outcome),
    ['wrong-person', 'downloaded', 'exhausted'],
  );
  assert.equal((await store.requests.deliveries(request.id))[0]?.downloads, 1);

  assert.equal(mail.length, 1);
  assert.deepEqual(mail[0]?.to, [person.email]);
  const message = decodeMail(mail[0]?.data ?? '');
  assert.equal(message.subject, '【回答のご案内】ご請求への回答 / Your reply is ready');
  assert.ok(message.body.includes(`https://privacy.example/privacy/downloads/${token}`), 'the link is in the mail');
  assert.ok(!mail[0]?.data.includes(request.trackingCode), 'the code that opens it is not');
  assert.ok(!message.body.includes('@') && !message.body.includes(person.id), 'no personal data in the body');

  assert.equal((await closeRequest(deps, request.id, 'ken')).status, 'closed');
  const trail = await store.requests.events(request.id);
  assert.deepEqual(
    trail.map((e) => e.to),
    // prepare-response is a step of its own that keeps the status (the reply's files are recorded with it).
    [
      'received',
      'identity-check',
      'fee',
      'search',
      'review',
      'approval',
      'approved',
      'approved',
      'response-sent',
      'closed',
    ],
  );
  now = new Date('2026-05-20T00:00:00Z');
  assert.ok((await purgeRequestDocuments(deps, 'system')).includes(request.id));
  assert.equal((await store.requests.documents(request.id)).length, 0);
  for (const event of deps.evidence.events) {
    assert.equal(
      prepareEvidenceEvent(event).ok,
      true,
      `evidence without personal data: ${JSON.stringify(event.payload)}`,
    );
  }
  // Every step's evidence is in the store's chain, written with the step itself.
  const chained = await store.evidence.list({ type: 'request', limit: 1000 });
  const mine = chained.filter((e) => e.payload.request === request.id).map((e) => e.payload.action);
  assert.deepEqual(
    mine,
    trail.map((e) => e.action),
  );
});

test('a suspension of provision makes the decision engine deny provision for that person', async () => {
  now = new Date('2026-06-01T01:00:00Z');
  const decide = () =>
    makeDecisions(deps, [
      {
        action: 'provide',
        actor: { kind: 'application', id: 'dispatch-app', roles: ['coordinator'] },
        operator: 'sakura-staffing',
        subject: { id: person.id, category: 'dispatched-staff' },
        items: ['name'],
        purpose: 'dispatch-administration',
        recipient: 'client-companies',
      },
    ]);
  const codes = async () => (await decide())[0]?.decision.reasons.map((r) => r.code) ?? [];
  assert.equal((await codes()).includes('PROVISION_SUSPENDED'), false);
  const { request } = await submitRequest(deps, {
    request: {
      operator: 'sakura-staffing',
      type: 'suspension-of-provision',
      requester: {
        kind: 'self',
        identity: { kind: 'email', email: person.email },
        contact: { postalAddress: '東京都千代田区1-1' },
        subjectId: person.id,
      },
      replyMethod: 'paper',
      details: { ground: 'rights-harmed' },
    },
    channel: 'staff',
    actor: 'hana',
  });
  assert.equal(request.fee.amount, 0);
  assert.equal(
    (await verifyIdentity(deps, { requestId: request.id, actor: 'hana', documents: ['passport'] })).status,
    'search',
  );
  await runSearch(deps, { requestId: request.id, actor: 'hana' });
  await completeReview(deps, request.id, 'hana');
  await approveResponse(deps, request.id, 'ken');
  const executed = await executeRequest(deps, { requestId: request.id, actor: 'ken' });
  assert.equal(executed.request.status, 'executed');
  assert.equal(executed.summary.suspension?.kind, 'provision');
  assert.ok((await codes()).includes('PROVISION_SUSPENDED'));
  await prepareResponse(deps, { requestId: request.id, actor: 'ken', lang: 'ja', render: renderLetterPdf });
  const sent = await sendResponse(deps, {
    requestId: request.id,
    actor: 'ken',
    dispatch: { method: 'restricted-delivery', reference: 'JP-123' },
  });
  assert.equal(sent.delivery.dispatch?.method, 'restricted-delivery');
});

test('an unpaid fee past the deadline closes the request as not made (the ledger says deemed-not-made)', async () => {
  now = new Date('2026-07-01T01:00:00Z');
  const { request } = await submitRequest(deps, {
    request: { ...disclosure(), type: 'provision-records' },
    channel: 'api',
    actor: 'api',
  });
  await verifyIdentity(deps, { requestId: request.id, actor: 'hana', documents: ['licence'] });
  now = new Date('2026-07-10T00:00:00Z');
  assert.deepEqual(await lapseUnpaidRequests(deps, 'system'), []);
  now = new Date('2026-07-16T00:00:00Z');
  const [lapsed] = await lapseUnpaidRequests(deps, 'system');
  assert.equal(lapsed?.id, request.id);
  assert.equal(lapsed?.status, 'closed-not-made');
  assert.ok(lapsed?.closedAt);
});

/** Subject (RFC 2047 words) and quoted-printable body of a received message, enough for these assertions. */
function decodeMail(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
  return { subject: subject.trim(), body: qp(rest.join('\n\n').replace(/=\r?\n/g, '')) };
}

function qp(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
