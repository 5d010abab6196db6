import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { createApp } from '../../src/http/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { createUserAndLogin, TEST_AUTH } from '../support/http-auth.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';

const MINIMAL = readFileSync(new URL('../fixtures/minimal-ledger.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mamori-http-'));
let store: Store;
let app: ReturnType<typeof createApp>;
let now = new Date('2026-04-01T09:00:00Z');

before(async () => {
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  app = createApp({
    store,
    clock: { now: () => now },
    logger: silentLogger,
    auth: TEST_AUTH,
    evidence: new MemoryEvidenceLog(),
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    // Direct imports: the proposal flow (a second administrator) is covered in ledger-proposals.test.ts.
    ledgerApprovals: 0,
  });
  auth = await login();
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

// Response bodies are read loosely typed: the assertions are the type check.
const json = async (res: Response): Promise<any> => res.json();
// An administrator's console session (cookie and CSRF header); logged in again when the clock jumps past 12 h.
let auth: Record<string, string> = {};
const login = async () =>
  ({ ...(await createUserAndLogin(app, store, { roles: ['administrator'], now: () => now })).headers }) as Record<
    string,
    string
  >;
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });

test('GET /health names the store', async () => {
  const res = await app.request('/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await json(res), { status: 'ok', store: 'sqlite' });
});

test('before any import the current ledger is a 404 in the error shape', async () => {
  assert.equal((await app.request('/api/v1/ledger')).status, 401, 'reading the ledger needs the token too');
  const res = await app.request('/api/v1/ledger', { headers: auth });
  assert.equal(res.status, 404);
  const body = await json(res);
  assert.equal(body.code, 'NOT_FOUND');
  assert.match(body.message, /no ledger/);
});

test('writing the ledger needs a login (session or token)', async () => {
  const none = await post(
    '/api/v1/ledger/versions',
    { comment: 'x', yaml: MINIMAL },
    { 'content-type': 'application/json' },
  );
  assert.equal(none.status, 401);
  assert.equal((await json(none)).code, 'UNAUTHENTICATED');
  const wrong = await post(
    '/api/v1/ledger/versions',
    { comment: 'x', yaml: MINIMAL },
    { ...auth, authorization: 'Bearer nope' },
  );
  assert.equal(wrong.status, 401);
});

test('import stores versions with history; an unchanged ledger is not stored twice', async () => {
  const first = await post('/api/v1/ledger/versions', { comment: 'initial ledger', yaml: MINIMAL });
  assert.equal(first.status, 201);
  const v1 = await json(first);
  assert.equal(v1.number, 1);
  assert.equal(v1.comment, 'initial ledger');
  assert.equal(v1.createdAt, '2026-04-01T09:00:00.000Z');
  assert.equal(v1.ledger.purposes.length, 3);

  const again = await post('/api/v1/ledger/versions', {
    comment: 'same again',
    yaml: `# only a comment differs\n${MINIMAL}`,
  });
  assert.equal(again.status, 200);
  assert.equal((await json(again)).number, 1);

  now = new Date('2026-05-01T09:00:00Z');
  auth = await login();
  const changed = MINIMAL.replace('disclosure: 1000', 'disclosure: 500');
  const second = await post('/api/v1/ledger/versions', { comment: 'lower disclosure fee', yaml: changed });
  assert.equal(second.status, 201);
  assert.equal((await json(second)).number, 2);

  const list = await json(await app.request('/api/v1/ledger/versions?limit=1', { headers: auth }));
  assert.equal(list.total, 2);
  assert.deepEqual(
    list.items.map((v: { number: number }) => v.number),
    [2],
  );
  const current = await json(await app.request('/api/v1/ledger', { headers: auth }));
  assert.equal(current.ledger.requestProcedures[0].fees.disclosure, 500);
  const old = await json(await app.request('/api/v1/ledger/versions/1', { headers: auth }));
  assert.equal(old.ledger.requestProcedures[0].fees.disclosure, 1000);
});

test('an invalid ledger is a 422 listing every problem with line numbers, and nothing is stored', async () => {
  const broken = MINIMAL.replace('items: [name, my-number]', 'items: [name, my-number, ghost]').replace(
    'email: privacy@example.test',
    'email: nope',
  );
  const res = await post('/api/v1/ledger/versions', { comment: 'broken', yaml: broken });
  assert.equal(res.status, 422);
  const body = await json(res);
  assert.equal(body.code, 'UNPROCESSABLE');
  assert.deepEqual(
    body.issues.map((i: { path: string }) => i.path),
    ['operators[0].complaintDesk.email', 'purposes[1].items[2]'],
  );
  assert.ok(body.issues.every((i: { line: number; file: string }) => i.line > 0 && i.file === 'ledger.yaml'));
  assert.equal((await json(await app.request('/api/v1/ledger/versions', { headers: auth }))).total, 2);
});

test('validate reports problems without storing anything', async () => {
  const res = await post('/api/v1/ledger/validate', { files: [{ name: 'a.yaml', text: 'ledger: [' }] });
  assert.equal(res.status, 200);
  const body = await json(res);
  assert.equal(body.ok, false);
  assert.equal(body.issues[0].code, 'YAML_SYNTAX');
});

test('malformed requests name the field and the reason', async () => {
  const both = await post('/api/v1/ledger/versions', {
    comment: 'x',
    yaml: MINIMAL,
    files: [{ name: 'a.yaml', text: MINIMAL }],
  });
  assert.equal(both.status, 400);
  const body = await json(both);
  assert.equal(body.code, 'VALIDATION');
  assert.equal(body.issues[0].path, 'yaml');
  const noComment = await post('/api/v1/ledger/versions', { yaml: MINIMAL });
  assert.equal(noComment.status, 400);
  assert.equal((await json(noComment)).issues[0].path, 'comment');
  const badNumber = await app.request('/api/v1/ledger/versions/abc', { headers: auth });
  assert.equal(badNumber.status, 400);
  const traversal = await post('/api/v1/ledger/validate', { files: [{ name: '../../etc/passwd', text: 'x' }] });
  assert.equal(traversal.status, 400);
  const notJson = await app.request('/api/v1/ledger/validate', { method: 'POST', headers: auth, body: '{oops' });
  assert.equal(notJson.status, 400);
  assert.ok(!(await notJson.text()).includes('    at '), 'no stack trace');
});

test('oversized bodies are refused with 413', async () => {
  const res = await post('/api/v1/ledger/validate', { yaml: 'x'.repeat(6 * 1024 * 1024) });
  assert.equal(res.status, 413);
  assert.equal((await json(res)).code, 'PAYLOAD_TOO_LARGE');
});

test('the OpenAPI document describes the ledger routes', async () => {
  const doc = await json(await app.request('/api/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  for (const path of ['/health', '/api/v1/ledger', '/api/v1/ledger/versions', '/api/v1/ledger/versions/{number}']) {
    assert.ok(doc.paths[path], `documents ${path}`);
  }
  assert.equal((await app.request('/api/docs')).status, 200);
  assert.equal((await app.request('/nowhere')).status, 404);
});

test('the published notice follows the current ledger version and lists its revision dates', async () => {
  const html = await app.request('/privacy/notice?lang=ja');
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(html.headers.get('x-ledger-version'), '2');
  const text = await html.text();
  assert.match(text, /<html lang="ja(-JP)?"/);
  assert.ok(text.includes('派遣先との就業マッチングのため'));
  assert.ok(text.includes('500'), 'the current fee');
  assert.ok(text.includes('2026-04-01') || text.includes('2026年4月1日'), 'first version date');
  assert.ok(text.includes('2026-05-01') || text.includes('2026年5月1日'), 'second version date');
  const old = await (await app.request('/privacy/notice?lang=en&format=md&version=1')).text();
  assert.ok(old.includes('To match staff with assignments'));
  assert.ok(old.includes('1,000'), 'version 1 had the old fee');
  assert.ok(!old.includes('2026-05-01') && !old.includes('May 1, 2026'), 'revisions up to that version only');
  const pdf = await app.request('/privacy/notice?lang=en&format=pdf');
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 5)
      .toString(),
    '%PDF-',
  );
  const badLang = await app.request('/privacy/notice?lang=fr');
  assert.equal(badLang.status, 400);
  assert.equal((await json(badLang)).issues[0].path, 'lang');
  assert.equal((await app.request('/privacy/notice?entity=nobody')).status, 404);
});

test('diff between stored versions speaks the domain, and export gives the auditors layout', async () => {
  const diff = await json(await app.request('/api/v1/ledger/diff?from=1&lang=en', { headers: auth }));
  assert.equal(diff.from, 1);
  assert.equal(diff.to, 2);
  assert.equal(diff.changes.length, 1);
  assert.equal(diff.changes[0].kind, 'fee-changed');
  assert.match(diff.changes[0].sentence, /1,000.*500|500.*1,000/);
  const csv = await app.request('/api/v1/ledger/export?format=csv&lang=en', { headers: auth });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition') ?? '', /ledger-v2-en\.csv/);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.equal(
    lines.length,
    1 + 5,
    'header + one row per item x category x purpose (name x3, my-number, health-check)',
  );
  const xlsx = await app.request('/api/v1/ledger/export?format=xlsx&version=1', { headers: auth });
  assert.equal(
    Buffer.from(await xlsx.arrayBuffer())
      .subarray(0, 2)
      .toString(),
    'PK',
  );
  const missing = await app.request('/api/v1/ledger/diff?from=9', { headers: auth });
  assert.equal(missing.status, 404);
});
