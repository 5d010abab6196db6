import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();
const admin = user('admin-1', ['administrator']);
const payrollHandler = user('handler-p', ['request-handler'], ['sakura-payroll']);
const auditor = user('auditor-1', ['auditor']);

before(async () => {
  t = await authorizedApp({ ledgerApprovals: 0 });
  const at = new Date('2026-05-01T00:00:00Z');
  for (let i = 1; i <= 150; i++) {
    await t.store.provisions.recordProvision({
      id: `pr-${i}`,
      operator: i % 2 === 0 ? 'sakura-payroll' : 'sakura-staffing',
      recipient: 'client-companies',
      subjectId: `p-${1000 + i}`,
      items: ['name', 'salary'],
      basis: 'consent',
      bulk: false,
      at,
    });
  }
});
after(() => t.close());

const accessEntries = async () =>
  (await t.store.evidence.list({ limit: 1000 })).filter((e) =>
    ['read', 'export', 'ledger-version', 'access-denied'].includes(e.type),
  );

test('a read of personal data is evidence: who, scope, role, route, subjects, items, rows; never values', async () => {
  t.as(payrollHandler);
  const res = await t.call('GET', '/api/v1/subjects/p-1002/provisions');
  assert.equal(res.status, 200);
  const [entry] = (await accessEntries()).slice(-1);
  assert.equal(entry?.type, 'read');
  assert.equal(entry?.actor, 'handler-p');
  assert.equal(entry?.subject, 'p-1002');
  assert.deepEqual(entry?.payload, {
    route: 'GET /api/v1/subjects/{subjectId}/provisions',
    requestId: res.headers.get('x-request-id'),
    principalKind: 'user',
    roles: ['request-handler'],
    operatorScope: ['sakura-payroll'],
    operators: ['sakura-payroll'],
    subjects: ['p-1002'],
    subjectCount: 1,
    items: ['name', 'salary'],
    rows: 1,
  });
});

test('a page of many people is recorded in full, 100 subject ids per entry', async () => {
  t.as(admin);
  const before = (await accessEntries()).length;
  const page = await json(await t.call('GET', '/api/v1/provisions?limit=150'));
  assert.equal(page.items.length, 150);
  const entries = (await accessEntries()).slice(before);
  assert.deepEqual(
    entries.map((e) => [e.payload.part, e.payload.parts, (e.payload.subjects as string[]).length]),
    [
      [1, 2, 100],
      [2, 2, 50],
    ],
  );
  assert.equal(entries[0]?.subject, undefined);
});

test('refused and failed calls are not recorded as reads; exports and ledger changes are', async () => {
  t.as(auditor);
  const before = (await accessEntries()).length;
  assert.equal((await t.call('GET', '/api/v1/subjects/p-1/provisions', undefined)).status, 200);
  t.as(user('no-mfa', ['auditor'], 'all', false));
  assert.equal((await t.call('GET', '/api/v1/provisions')).status, 403);
  t.as(auditor);
  assert.equal((await t.call('GET', '/api/v1/ledger/export?format=yaml')).status, 200);
  t.as(admin);
  const yaml = await (await t.call('GET', '/api/v1/ledger/export?format=yaml')).text();
  const changed = yaml.replace(/disclosure: \d+/, 'disclosure: 300');
  assert.notEqual(changed, yaml);
  const stored = await t.call('POST', '/api/v1/ledger/versions', { comment: 'lower fee', yaml: changed });
  assert.equal(stored.status, 201);
  const entries = (await accessEntries()).slice(before);
  assert.deepEqual(
    entries.map((e) => [e.type, e.actor, e.payload.route]),
    [
      ['read', 'auditor-1', 'GET /api/v1/subjects/{subjectId}/provisions'],
      ['export', 'auditor-1', 'GET /api/v1/ledger/export'],
      ['export', 'admin-1', 'GET /api/v1/ledger/export'],
      ['ledger-version', 'admin-1', 'POST /api/v1/ledger/versions'],
    ],
  );
  assert.equal(entries[1]?.payload.format, 'yaml');
  assert.equal(entries[3]?.payload.action, 'imported');
  assert.equal(entries[3]?.payload.version, 2);
});

test('GET /api/v1/access-log: auditors filter by actor, type, subject, operator and time, page by cursor', async () => {
  t.as(payrollHandler);
  assert.equal((await t.call('GET', '/api/v1/access-log')).status, 403);
  t.as(auditor);
  const all = await json(await t.call('GET', '/api/v1/access-log?limit=1000'));
  assert.ok(all.items.length >= 6);
  const seqs = all.items.map((e: any) => e.seq);
  assert.deepEqual(
    seqs,
    [...seqs].sort((a: number, b: number) => a - b),
    'stable order',
  );
  const byActor = await json(await t.call('GET', '/api/v1/access-log?actor=handler-p'));
  assert.deepEqual([...new Set(byActor.items.map((e: any) => e.actor))], ['handler-p']);
  const bySubject = await json(await t.call('GET', '/api/v1/access-log?subject=p-1150'));
  assert.equal(bySubject.items.length, 1);
  assert.equal(bySubject.items[0].payload.parts, 2, 'found inside a multi-subject entry');
  assert.ok(bySubject.items[0].payload.subjects.includes('p-1150'));
  const byType = await json(await t.call('GET', '/api/v1/access-log?type=ledger-version'));
  assert.deepEqual(
    byType.items.map((e: any) => e.payload.action),
    ['imported'],
  );
  const byOperator = await json(await t.call('GET', '/api/v1/access-log?operator=sakura-payroll'));
  assert.ok(byOperator.items.length >= 1);
  const future = await json(await t.call('GET', '/api/v1/access-log?from=2999-01-01T00:00:00Z'));
  assert.deepEqual(future.items, []);
  const first = await json(await t.call('GET', '/api/v1/access-log?limit=2'));
  const second = await json(await t.call('GET', `/api/v1/access-log?limit=2&after=${first.next}`));
  assert.deepEqual(
    [...first.items, ...second.items].map((e: any) => e.seq),
    seqs.slice(0, 4),
  );
});

test('the access log downloads as CSV, and the download is itself logged as an export', async () => {
  t.as(auditor);
  const res = await t.call('GET', '/api/v1/access-log?format=csv&type=read&limit=2');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
  const lines = (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.equal(
    lines[0],
    'seq,at,type,actor,roles,operatorScope,route,purpose,subjects,operators,items,rows,detail,requestId,hash',
  );
  assert.equal(lines.length, 3);
  assert.match(
    lines[1] ?? '',
    /,read,handler-p,request-handler,sakura-payroll,GET \/api\/v1\/subjects\/\{subjectId\}\/provisions,,p-1002,/,
  );
  const [last] = (await accessEntries()).slice(-1);
  assert.equal(last?.type, 'export');
  assert.equal(last?.payload.of, 'access-log');
  assert.equal(last?.payload.rows, 2);
});
