import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Ledger } from '../ledger/ledger.ts';
import { parseLedger } from '../ledger/parse-ledger.ts';
import { applicablePurposes } from './applicable-purposes.ts';
import type { PrivacyRequest } from './privacy-request.ts';
import { buildReplyLetter } from './reply-letter.ts';

const DEMO = new URL('../../../examples/demo/', import.meta.url).pathname;
const parsed = parseLedger(
  readdirSync(DEMO)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.annotations.yaml'))
    .map((f) => ({ file: f, text: readFileSync(join(DEMO, f), 'utf8') })),
);
if (!parsed.ok) throw new Error('demo ledger invalid');
const ledger: Ledger = parsed.ledger;

const request = (extra: Partial<PrivacyRequest>): PrivacyRequest => ({
  id: 'r1',
  trackingCode: 'AAAA-BBBB-CCCC-DDDD',
  channel: 'privacy-center',
  operator: 'sakura-staffing',
  type: 'purpose-notification',
  status: 'approved',
  requester: { kind: 'self', identity: { kind: 'email', email: 'a@example.jp' }, contact: {} },
  replyMethod: 'paper',
  details: {},
  receivedAt: new Date('2026-04-01T00:00:00Z'),
  dueAt: new Date('2026-04-15T00:00:00Z'),
  fee: { amount: 0 },
  duplicateKey: 'k',
  updatedAt: new Date('2026-04-01T00:00:00Z'),
  version: 1,
  ...extra,
});
const NOW = new Date('2026-04-20T01:00:00Z');
const all = (letter: ReturnType<typeof buildReplyLetter>) =>
  [...letter.paragraphs, ...letter.sections.flatMap((s) => [s.heading, ...s.lines])].join('\n');

test('applicable purposes: the operator’s purposes naming one of the person’s categories, only those categories', () => {
  const purposes = applicablePurposes(ledger, 'sakura-staffing', new Set(['registered-staff']));
  const ids = purposes.map((p) => p.id);
  assert.ok(ids.includes('staff-matching'));
  assert.ok(!ids.includes('payroll-bpo'), 'another operator’s purpose');
  assert.ok(!ids.includes('shareholder-management'), 'another category’s purpose');
  const matching = purposes.find((p) => p.id === 'staff-matching');
  assert.deepEqual(
    matching?.categories.map((c) => c.id),
    ['registered-staff'],
  );
  assert.equal(matching?.items.find((i) => i.id === 'phone')?.name.en, 'Phone number');
  assert.deepEqual(applicablePurposes(ledger, 'sakura-staffing', new Set()), []);
});

test('a purpose notification lists the purposes and the request procedure, in each language', () => {
  const purposes = applicablePurposes(ledger, 'sakura-staffing', new Set(['registered-staff']));
  for (const lang of ['ja', 'en'] as const) {
    const text = all(
      buildReplyLetter({ lang, request: request({}), ledger, found: [], routed: [], purposes, now: NOW }),
    );
    const matching = ledger.purposes.find((p) => p.id === 'staff-matching');
    assert.ok(text.includes(matching?.text[lang] ?? '?'), lang);
    assert.ok(text.includes(lang === 'ja' ? '開示等の請求の手続' : 'How to make requests'), lang);
    assert.ok(text.includes(lang === 'ja' ? '1,000円' : '1,000 JPY'), `${lang}: the fee`);
    assert.ok(text.includes(lang === 'ja' ? '14日以内' : 'within 14 days'), `${lang}: the target`);
  }
  const none = all(buildReplyLetter({ lang: 'en', request: request({}), ledger, found: [], routed: [], now: NOW }));
  assert.ok(none.includes('no purposes of use to notify'));
});

test('an executed erasure says what was erased and what the law keeps, until when; a refusal its reason', () => {
  const erased = request({
    type: 'erasure',
    status: 'executed',
    execution: {
      startedBy: 'ken',
      startedAt: NOW,
      finishedAt: NOW,
      summary: {
        kind: 'erasure',
        systems: 1,
        items: ['email', 'phone'],
        kept: [{ table: 'staff', items: ['name'], rule: 'labour-records', until: '2031-03-31' }],
      },
    },
  });
  const ja = all(buildReplyLetter({ lang: 'ja', request: erased, ledger, found: [], routed: [], now: NOW }));
  assert.ok(ja.includes('消去した項目: メールアドレス、電話番号'));
  assert.ok(ja.includes('労働者名簿・賃金台帳') && ja.includes('2031-03-31まで'));
  const refused = request({ status: 'refused', refusal: { ground: 'harm-to-person', reason: 'Because.' } });
  const en = all(buildReplyLetter({ lang: 'en', request: refused, ledger, found: [], routed: [], now: NOW }));
  assert.ok(en.includes('for this reason: Because.'));
  assert.ok(!en.includes('How to make requests'), 'a refusal lists no purposes or procedure');
});
