import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RequestProcedure, RequestProcedureSchema } from '../ledger/request-procedure.ts';
import type { PrivacyRequest, RequestStatus } from './privacy-request.ts';
import { nextStatus, type RequestAction } from './request-transitions.ts';

const procedure = (extra: Record<string, unknown> = {}): RequestProcedure =>
  RequestProcedureSchema.parse({
    intake: { methods: ['web'] },
    identity: { self: [{ ja: '運転免許証', en: 'Driving licence' }] },
    replyMethods: ['electronic'],
    fees: { disclosure: 1000 },
    refusalGrounds: ['harm-to-person', 'unpaid-fee'],
    ...extra,
  });

const NOW = new Date('2026-04-20T00:00:00Z');
const base: PrivacyRequest = {
  id: 'r1',
  trackingCode: '0000-0000-0000-0000',
  channel: 'privacy-center',
  operator: 'op',
  type: 'disclosure',
  status: 'received',
  requester: { kind: 'self', identity: { kind: 'email', email: 'a@example.jp' }, contact: {} },
  replyMethod: 'electronic',
  details: {},
  receivedAt: new Date('2026-04-01T00:00:00Z'),
  dueAt: new Date('2026-04-15T14:59:59.999Z'),
  fee: { amount: 1000, deadline: new Date('2026-04-15T14:59:59.999Z') },
  duplicateKey: 'k',
  updatedAt: new Date('2026-04-01T00:00:00Z'),
  version: 1,
};

const verified = { identityVerifiedBy: 'hana' };
const paid = { fee: { amount: 1000, paidAt: NOW } };
const free = { fee: { amount: 0 } };
const erasure: Partial<PrivacyRequest> = { type: 'erasure' };
const running = (minutesAgo: number): Partial<PrivacyRequest> => ({
  type: 'erasure',
  execution: { startedBy: 'ken', startedAt: new Date(NOW.getTime() - minutesAgo * 60_000) },
});
const refusal = (ground: 'harm-to-person' | 'other-law', reason = 'why'): RequestAction => ({
  kind: 'refuse',
  refusal: { ground, reason },
});

type Row = [
  string,
  RequestStatus,
  RequestAction,
  Partial<PrivacyRequest>,
  RequestStatus | `!${string}`,
  { actor?: string; procedure?: RequestProcedure; now?: Date; stored?: Partial<PrivacyRequest> }?,
];

// [case, from, action, request facts, expected status or !refusal-code, context]
const TABLE: Row[] = [
  ['intake starts the identity check', 'received', { kind: 'begin-identity-check' }, {}, 'identity-check'],
  ['verified with a fee due waits for it', 'identity-check', { kind: 'verify-identity' }, {}, 'fee'],
  ['verified and free goes to search', 'identity-check', { kind: 'verify-identity' }, free, 'search'],
  ['verified and already paid goes to search', 'identity-check', { kind: 'verify-identity' }, paid, 'search'],
  ['payment moves a waiting request on', 'fee', { kind: 'record-payment' }, verified, 'search'],
  ['payment enclosed with the request stays put', 'received', { kind: 'record-payment' }, {}, 'received'],
  ['no payment for a free request', 'fee', { kind: 'record-payment' }, free, '!no-fee'],
  ['search done goes to review', 'search', { kind: 'complete-search' }, { ...verified, ...paid }, 'review'],
  ['search refused without identity', 'search', { kind: 'complete-search' }, paid, '!identity-unverified'],
  ['search refused while the fee is unpaid', 'search', { kind: 'complete-search' }, verified, '!fee-unpaid'],
  ['review done asks for approval', 'review', { kind: 'complete-review' }, {}, 'approval'],
  ['a second person approves', 'approval', { kind: 'approve' }, { reviewedBy: 'hana' }, 'approved', { actor: 'ken' }],
  ['nobody approves their own review', 'approval', { kind: 'approve' }, { reviewedBy: 'ken' }, '!second-person'],
  ['approval needs a review on record', 'approval', { kind: 'approve' }, {}, '!second-person'],
  ['approved is sent', 'approved', { kind: 'send-response' }, { ...verified, ...paid }, 'response-sent'],
  ['not sent before approval', 'approval', { kind: 'send-response' }, { ...verified, ...paid }, '!not-allowed'],
  ['sent is closed', 'response-sent', { kind: 'close' }, {}, 'closed'],
  ['an approved erasure is claimed for execution', 'approved', { kind: 'begin-execution' }, erasure, 'executing'],
  ['a disclosure is answered, not carried out', 'approved', { kind: 'begin-execution' }, {}, '!not-executable'],
  [
    'a running execution is not claimed twice',
    'executing',
    { kind: 'begin-execution' },
    running(1),
    '!already-executed',
  ],
  ['a claim left for an hour is taken over', 'executing', { kind: 'begin-execution' }, running(60), 'executing'],
  [
    'a takeover is judged on the stored claim, not on its own new one',
    'executing',
    { kind: 'begin-execution' },
    running(0),
    'executing',
    { stored: running(60) },
  ],
  [
    'a fresh stored claim holds even when the new claim is stamped now',
    'executing',
    { kind: 'begin-execution' },
    running(0),
    '!already-executed',
    { stored: running(1) },
  ],
  ['nothing is carried out twice', 'executed', { kind: 'begin-execution' }, erasure, '!already-executed'],
  ['a finished execution is recorded', 'executing', { kind: 'complete-execution' }, erasure, 'executed'],
  ['a failed execution goes back to approved', 'executing', { kind: 'fail-execution' }, erasure, 'approved'],
  ['no completion without a claim', 'approved', { kind: 'complete-execution' }, erasure, '!not-allowed'],
  [
    'an erasure is not answered before it is carried out',
    'approved',
    { kind: 'send-response' },
    { ...erasure, ...verified, ...free },
    '!not-executed',
  ],
  [
    'an executed erasure is sent',
    'executed',
    { kind: 'send-response' },
    { ...erasure, ...verified, ...free },
    'response-sent',
  ],
  [
    'not sent while being carried out',
    'executing',
    { kind: 'send-response' },
    { ...erasure, ...verified },
    '!not-allowed',
  ],
  ['an executed request is not refused', 'executed', refusal('harm-to-person'), erasure, '!not-allowed'],
  ['a reply is prepared in review', 'review', { kind: 'prepare-response' }, {}, 'review'],
  ['a refusal gets its letter', 'refused', { kind: 'prepare-response' }, {}, 'refused'],
  ['no reply is prepared while being carried out', 'executing', { kind: 'prepare-response' }, {}, '!not-allowed'],
  ['nor after it was sent', 'response-sent', { kind: 'prepare-response' }, {}, '!not-allowed'],
  ['an authorisation during the search keeps it there', 'search', { kind: 'record-authorisation' }, {}, 'search'],
  ['an authorisation after the search searches again', 'review', { kind: 'record-authorisation' }, {}, 'search'],
  ['no authorisation once approval is asked', 'approval', { kind: 'record-authorisation' }, {}, '!not-allowed'],
  ['not closed before the response', 'review', { kind: 'close' }, {}, '!not-allowed'],
  ['refused on a ledger ground', 'review', refusal('harm-to-person'), {}, 'refused'],
  ['refused only on a ground the ledger lists', 'review', refusal('other-law'), {}, '!ground-not-in-ledger'],
  ['a refusal states its reason', 'search', refusal('harm-to-person', '  '), {}, '!reason-missing'],
  ['nothing after closing', 'closed', refusal('harm-to-person'), {}, '!not-allowed'],
  ['nothing after refusal', 'refused', { kind: 'begin-identity-check' }, {}, '!not-allowed'],
  ['nothing after not-made', 'closed-not-made', { kind: 'record-payment' }, {}, '!not-allowed'],
  [
    'unpaid before the deadline stays',
    'fee',
    { kind: 'lapse-unpaid' },
    {},
    '!fee-not-late',
    { now: new Date('2026-04-10T00:00:00Z') },
  ],
  [
    'unpaid past the deadline: not made',
    'fee',
    { kind: 'lapse-unpaid' },
    {},
    'closed-not-made',
    { procedure: procedure({ payment: { unpaid: 'deemed-not-made' } }) },
  ],
  ['unpaid past the deadline: refused', 'fee', { kind: 'lapse-unpaid' }, {}, 'refused'],
  ['no lapse without a fee', 'fee', { kind: 'lapse-unpaid' }, free, '!no-fee'],
  ['identity is checked before the fee', 'received', { kind: 'verify-identity' }, {}, '!not-allowed'],
];

for (const [name, from, action, facts, expected, ctx = {}] of TABLE) {
  test(`request transition: ${name}`, () => {
    const result = nextStatus(
      {
        request: { ...base, ...facts, status: from },
        procedure: ctx.procedure ?? procedure(),
        actor: ctx.actor ?? 'ken',
        now: ctx.now ?? NOW,
        ...(ctx.stored ? { stored: { ...base, ...ctx.stored, status: from } } : {}),
      },
      action,
    );
    if (expected.startsWith('!')) {
      assert.equal(result.ok, false, `${name}: expected a refusal`);
      if (!result.ok) {
        assert.equal(result.code, expected.slice(1));
        assert.ok(result.reason.length > 0);
      }
    } else {
      assert.deepEqual(result, { ok: true, to: expected });
    }
  });
}
