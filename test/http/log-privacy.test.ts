// Application logs hold no personal data: a representative flow over the demo ledger runs with the pino logger
// writing to a buffer, and the buffer is searched for every name, e-mail address and phone number in the demo.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { pinoLogger } from '../../src/app/pino-logger.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { type AuthorizedApp, application, authorizedApp, DEMO_LEDGER, user } from '../support/authorized-app.ts';

const lines: string[] = [];
let t: AuthorizedApp;

before(async () => {
  t = await authorizedApp({
    demo: false,
    logger: pinoLogger({ destination: { write: (line: string) => void lines.push(line) } }),
  });
});
after(() => t.close());

/** Every person's name (objects with a title), e-mail address and phone or fax number in the demo ledger. */
function demoPersonalData(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, key);
      return;
    }
    if (typeof value === 'string') {
      if (/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(value) || (/^(phone|fax)$/.test(key) && /\d/.test(value))) found.add(value);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if ('title' in record && typeof record.name === 'object' && record.name !== null) {
      for (const text of Object.values(record.name)) if (typeof text === 'string') found.add(text);
    }
    for (const [k, v] of Object.entries(record)) walk(v, k);
  };
  for (const source of readLedgerSources(DEMO_LEDGER)) walk(parse(source.text), '');
  return [...found];
}

test('a representative flow logs one structured line per request, with route patterns and no personal data', async () => {
  const alice = user('alice', ['administrator']);
  const bob = user('bob', ['administrator']);
  const files = readLedgerSources(DEMO_LEDGER).map((s) => ({
    name: s.file.replace(/^.*examples\//, ''),
    text: s.text,
  }));
  t.as(alice);
  const proposed = await t.call('POST', '/api/v1/ledger/versions', { comment: 'demo ledger', files });
  assert.equal(proposed.status, 202);
  t.as(bob);
  const { id } = (await proposed.json()) as { id: string };
  assert.equal((await t.call('POST', `/api/v1/ledger/proposals/${id}/approve`, {})).status, 201);

  const decision = {
    action: 'use',
    actor: { kind: 'application', id: 'matching-app', roles: ['coordinator'] },
    operator: 'sakura-staffing',
    subject: { id: 'p-3001', category: 'registered-staff' },
    items: ['name', 'email', 'phone'],
    purpose: 'staff-matching',
  };
  t.as(application('matching-app', { ledgerRoles: ['coordinator'] }));
  assert.equal((await t.call('POST', '/api/v1/decisions', decision)).status, 200);
  assert.equal((await t.call('POST', '/api/v1/decisions/batch', { requests: [decision, decision] })).status, 200);
  const consent = { subjectId: 'p-3001', status: 'given', scope: { purpose: 'newsletter' }, method: 'web' };
  assert.equal((await t.call('POST', '/api/v1/consents', { ...consent, recordedBy: 'matching-app' })).status, 201);

  t.as(user('staff', ['privacy-staff']));
  assert.equal((await t.call('GET', '/api/v1/consents?subjectId=p-3001')).status, 200);
  assert.equal((await t.call('GET', '/api/v1/subjects/p-3001/consent-state')).status, 200);
  // Ids in URLs may be anything a caller types, personal data included: the log keeps the route pattern.
  const email = 'privacy@sakura-staffing.example';
  assert.equal((await t.call('GET', `/api/v1/consents?subjectId=${encodeURIComponent(email)}`)).status, 200);
  assert.equal((await t.call('GET', `/api/v1/subjects/${encodeURIComponent('桜井 花子')}/provisions`)).status, 200);
  for (const query of ['lang=ja', 'lang=en', 'lang=en&format=md']) {
    const notice = await t.call('GET', `/privacy/notice?${query}`);
    assert.equal(notice.status, 200);
    assert.match(await notice.text(), /Sakurai|桜井/, 'the notice itself names the representative');
  }
  for (const format of ['csv', 'yaml', 'xlsx']) {
    const res = await t.call('GET', `/api/v1/ledger/export?format=${format}`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
  }
  assert.equal(
    (await t.call('POST', '/api/v1/ledger/validate', { yaml: `operators: [{ email: ${email} }]` })).status,
    200,
  );
  t.as(user('auditor', ['auditor']));
  assert.equal((await t.call('GET', '/api/v1/access-log?format=csv')).status, 200);

  const log = lines.join('');
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = records.filter((r) => r.msg === 'request');
  assert.ok(requests.length >= 17, `one line per request (${requests.length})`);
  assert.ok(requests.every((r) => typeof r.requestId === 'string' && typeof r.ms === 'number' && r.status));
  assert.ok(requests.some((r) => r.route === '/api/v1/subjects/{subjectId}/provisions' && r.principal === 'staff'));

  const personal = demoPersonalData();
  assert.ok(personal.includes('Hanako Sakurai') && personal.includes(email) && personal.includes('03-0000-0000'));
  assert.ok(personal.length >= 10, `collected ${personal.length} values`);
  const leaked = personal.filter((value) => log.includes(value) || log.includes(JSON.stringify(value).slice(1, -1)));
  assert.deepEqual(leaked, []);
});

test('credentials and personal data passed as fields are redacted by the logger itself', () => {
  const own: string[] = [];
  const logger = pinoLogger({ destination: { write: (line: string) => void own.push(line) } });
  logger.info('sign-in', { authorization: 'Bearer secret-token', cookie: 'sid=abc', note: 'call 090-1234-5678' });
  logger.warn('mail to hanako@example.test failed');
  const text = own.join('');
  for (const secret of ['secret-token', 'sid=abc', '090-1234-5678', 'hanako@example.test']) {
    assert.ok(!text.includes(secret), secret);
  }
  assert.match(text, /"level":"info"/);
});
