import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareEvidenceEvent } from './prepare-event.ts';

const base = {
  type: 'provision',
  actor: 'svc-payroll',
  subject: 'p-1',
  at: new Date('2026-04-01T09:00:00.123Z'),
  payload: { recipient: 'acme-payroll', items: ['name', 'my-number'], count: 2, decision: { allowed: true } },
};

test('a well-formed event is prepared: ISO time, canonical payload text', () => {
  const result = prepareEvidenceEvent(base);
  assert.ok(result.ok);
  const { quotedType, quotedActor, quotedSubject, ...fields } = result.event;
  assert.deepEqual(fields, {
    type: 'provision',
    actor: 'svc-payroll',
    subject: 'p-1',
    at: '2026-04-01T09:00:00.123Z',
    payloadJson: '{"count":2,"decision":{"allowed":true},"items":["name","my-number"],"recipient":"acme-payroll"}',
  });
  // Quoted as JSON.stringify quotes them (linking writes them into the hashed text as they are).
  assert.deepEqual(
    [quotedType, quotedActor, quotedSubject],
    [JSON.stringify('provision'), JSON.stringify('svc-payroll'), JSON.stringify('p-1')],
  );
  const unusual = prepareEvidenceEvent({ ...base, actor: '受付 "窓口"', subject: undefined });
  assert.ok(unusual.ok);
  assert.deepEqual([unusual.event.quotedActor, unusual.event.quotedSubject], [JSON.stringify('受付 "窓口"'), null]);
  const noSubject = prepareEvidenceEvent({ ...base, subject: undefined });
  assert.ok(noSubject.ok && noSubject.event.subject === null);
});

const REFUSED: readonly (readonly [string, unknown, string])[] = [
  ['an e-mail address in the payload', { ...base, payload: { contact: 'taro@example.jp' } }, 'payload.contact'],
  ['a phone number in a list', { ...base, payload: { items: ['name', '090-1234-5678'] } }, 'payload.items.1'],
  ['a My Number as a number', { ...base, payload: { n: 123456789012 } }, 'payload.n'],
  ['a My Number as the subject', { ...base, subject: '1234 5678 9012' }, 'subject'],
  ['an e-mail address as the actor', { ...base, actor: 'hr@example.co.jp' }, 'actor'],
  ['an e-mail address as a key', { ...base, payload: { 'taro@example.jp': true } }, 'payload.<key 0>'],
  ['an unknown type', { ...base, type: 'gossip' }, 'type'],
  ['an empty actor', { ...base, actor: '' }, 'actor'],
  ['an invalid date', { ...base, at: new Date('nope') }, 'at'],
  ['a non-finite number', { ...base, payload: { ratio: Number.NaN } }, 'payload.ratio'],
  ['a class instance', { ...base, payload: { map: new Map() } }, 'payload.map'],
  ['a huge payload', { ...base, payload: { items: Array.from({ length: 3000 }, (_, i) => `item-${i}`) } }, 'payload'],
  ['NUL in text', { ...base, payload: { note: 'a\u0000b' } }, 'payload.note'],
  ['a lone surrogate in text', { ...base, payload: { note: 'a\uD800b' } }, 'payload.note'],
  ['a lone surrogate in the actor', { ...base, actor: 'x\uDC00' }, 'actor'],
];

for (const [name, input, path] of REFUSED) {
  test(`refused: ${name}`, () => {
    const result = prepareEvidenceEvent(input, 'events.0');
    assert.equal(result.ok, false);
    const issues = result.ok ? [] : result.issues;
    assert.ok(
      issues.some((issue) => issue.path === `events.0.${path}`),
      JSON.stringify(issues),
    );
    // The refusal never repeats the value it refused.
    assert.ok(!JSON.stringify(issues).includes('taro@'));
  });
}
