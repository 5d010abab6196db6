import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { addJapanDays } from '../japan-time.ts';
import { RequestProcedureSchema } from '../ledger/request-procedure.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';
import { duplicateKey, isWithinDuplicateWindow } from './duplicate-key.ts';
import { deadlineState } from './request-deadline.ts';
import { feeDue, unpaidOutcome } from './request-fee.ts';
import { isExcludedTable, routedToCustomer } from './request-scope.ts';
import { normalizeTrackingCode, trackingCodeFrom } from './tracking-code.ts';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const procedure = (extra: Record<string, unknown> = {}) =>
  RequestProcedureSchema.parse({
    intake: { methods: ['web'] },
    identity: { self: [{ ja: '旅券', en: 'Passport' }] },
    replyMethods: ['paper'],
    fees: { disclosure: 1000 },
    ...extra,
  });

test('deadlines count calendar days in Japan time and end at midnight JST', () => {
  // 2026-04-01 08:00 JST (23:00 UTC the day before) + 14 days: end of 15 April JST.
  assert.equal(addJapanDays(new Date('2026-03-31T23:00:00Z'), 14).toISOString(), '2026-04-15T14:59:59.999Z');
  // 2026-04-01 10:00 JST (01:00 UTC): same day in Japan.
  assert.equal(addJapanDays(new Date('2026-04-01T01:00:00Z'), 14).toISOString(), '2026-04-15T14:59:59.999Z');
  // Month and year ends roll over.
  assert.equal(addJapanDays(new Date('2026-12-25T03:00:00Z'), 14).toISOString(), '2027-01-08T14:59:59.999Z');
  const due = new Date('2026-04-15T14:59:59.999Z');
  for (const [now, state] of [
    ['2026-04-01T00:00:00Z', 'on-track'],
    ['2026-04-13T00:00:00Z', 'due-soon'],
    ['2026-04-15T14:59:59.999Z', 'due-soon'],
    ['2026-04-15T15:00:00Z', 'overdue'],
  ] as const) {
    assert.equal(deadlineState(due, new Date(now)), state, now);
  }
});

test('fees: the ledger fee per type, a payment deadline, none when enclosed; unpaid outcome per ledger', () => {
  const at = new Date('2026-04-01T01:00:00Z');
  assert.deepEqual(feeDue(procedure(), 'disclosure', at), {
    amount: 1000,
    deadline: new Date('2026-04-15T14:59:59.999Z'),
  });
  assert.deepEqual(feeDue(procedure(), 'erasure', at), { amount: 0 });
  assert.deepEqual(feeDue(procedure({ payment: { enclosedWithRequest: true } }), 'disclosure', at), { amount: 1000 });
  assert.equal(unpaidOutcome(procedure({ payment: { unpaid: 'deemed-not-made' } })), 'closed-not-made');
  assert.equal(unpaidOutcome(procedure()), 'refused');
});

test('duplicate key: same normalised identity, type and operator; window in days', () => {
  const key = (name: string, type: 'disclosure' | 'erasure' = 'disclosure', operator = 'op') =>
    duplicateKey(
      {
        operator,
        type,
        requester: { kind: 'self', identity: { kind: 'name-birth', name, birthDate: '1990-04-01' }, contact: {} },
      },
      sha,
    );
  assert.equal(key('髙橋　花子'), key('高橋 花子'));
  assert.notEqual(key('高橋 花子'), key('高橋 花子', 'erasure'));
  assert.notEqual(key('高橋 花子'), key('高橋 花子', 'disclosure', 'other'));
  assert.equal(key('高橋 花子').includes('高橋'), false);
  const t = new Date('2026-04-01T00:00:00Z');
  assert.equal(isWithinDuplicateWindow(t, new Date('2026-04-08T00:00:00Z'), 30), true);
  assert.equal(isWithinDuplicateWindow(t, new Date('2026-05-08T00:00:00Z'), 30), false);
});

test('tracking codes: 4x4 Crockford groups, forgiving when typed back, refusing anything else', () => {
  const code = trackingCodeFrom(new Uint8Array(16).map((_, i) => i * 37));
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  assert.equal(normalizeTrackingCode(code.toLowerCase().replace(/-/g, ' ')), code);
  assert.equal(normalizeTrackingCode('oooo-llll-0000-1111'), '0000-1111-0000-1111');
  assert.equal(normalizeTrackingCode('short'), undefined);
  assert.equal(normalizeTrackingCode('UUUU-0000-0000-0000'), undefined);
  assert.throws(() => trackingCodeFrom(new Uint8Array(4)));
});

test('entrusted data is routed to the customer unless its authorisation is recorded', () => {
  const cat = (id: string, extra: Partial<SubjectCategory> = {}): SubjectCategory => ({
    id,
    name: { ja: id, en: id },
    role: 'controller',
    includesMinors: false,
    ...extra,
  });
  const categories = [
    cat('staff'),
    cat('client-employees', { role: 'processor', requestHandling: 'refer-to-controller' }),
    cat('customer-users', { role: 'processor', requestHandling: 'controller-authorisation' }),
  ];
  assert.deepEqual(
    routedToCustomer(categories, new Set()).map((c) => c.id),
    ['client-employees', 'customer-users'],
  );
  assert.deepEqual(
    routedToCustomer(categories, new Set(['customer-users', 'client-employees'])).map((c) => c.id),
    ['client-employees'],
  );
  const routed = new Set(['client-employees']);
  assert.equal(isExcludedTable(['client-employees'], routed), true);
  assert.equal(isExcludedTable(['client-employees', 'staff'], routed), false);
  assert.equal(isExcludedTable(undefined, routed), false);
});
