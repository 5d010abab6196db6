import { AppError } from '../app-error.ts';
import { requireSecondPerson } from '../auth/second-person.ts';
import type { RequestProcedure } from '../ledger/request-procedure.ts';
import { needsExecution, type PrivacyRequest, type Refusal, type RequestStatus } from './privacy-request.ts';

/** A claim older than this is taken over (the node that claimed it is presumed gone); see ARCHITECTURE.md. */
export const EXECUTION_LEASE_MS = 15 * 60_000;

export type RequestAction =
  | { readonly kind: 'begin-identity-check' }
  | { readonly kind: 'verify-identity' }
  | { readonly kind: 'record-payment' }
  | { readonly kind: 'complete-search' }
  | { readonly kind: 'complete-review' }
  | { readonly kind: 'approve' }
  | { readonly kind: 'record-authorisation' }
  | { readonly kind: 'prepare-response' }
  | { readonly kind: 'begin-execution' }
  | { readonly kind: 'complete-execution' }
  | { readonly kind: 'fail-execution' }
  | { readonly kind: 'send-response' }
  | { readonly kind: 'close' }
  | { readonly kind: 'refuse'; readonly refusal: Refusal }
  | { readonly kind: 'lapse-unpaid' };
export type RequestActionKind = RequestAction['kind'];

/** Everything a guard may look at: the request, the operator's procedure, who acts and when. */
export interface TransitionContext {
  readonly request: PrivacyRequest;
  readonly procedure: RequestProcedure;
  readonly actor: string;
  readonly now: Date;
  /** The request as stored, before this action's own change (a claim's lease is judged on the old claim). */
  readonly stored?: PrivacyRequest;
}

export type TransitionResult =
  | { readonly ok: true; readonly to: RequestStatus }
  | { readonly ok: false; readonly code: string; readonly reason: string };

type Guard = (ctx: TransitionContext, action: RequestAction) => TransitionResult | undefined;

interface Row {
  readonly action: RequestActionKind;
  readonly from: readonly RequestStatus[];
  readonly to: RequestStatus | ((ctx: TransitionContext) => RequestStatus);
  readonly guards: readonly Guard[];
}

const refuse = (code: string, reason: string): TransitionResult => ({ ok: false, code, reason });
const feeOutstanding = (r: PrivacyRequest): boolean => r.fee.amount > 0 && r.fee.paidAt === undefined;

const identityVerified: Guard = ({ request }) =>
  request.identityVerifiedBy === undefined ? refuse('identity-unverified', 'the identity is not verified') : undefined;
const feeSettled: Guard = ({ request }) =>
  feeOutstanding(request) ? refuse('fee-unpaid', `the fee of JPY ${request.fee.amount} is not paid`) : undefined;
const feeDue: Guard = ({ request }) =>
  request.fee.amount === 0 ? refuse('no-fee', 'the ledger sets no fee for this request') : undefined;
const pastDeadline: Guard = ({ request, now }) =>
  request.fee.deadline === undefined || now.getTime() <= request.fee.deadline.getTime()
    ? refuse('fee-not-late', 'the payment deadline has not passed')
    : undefined;
const secondPerson: Guard = ({ request, actor }) => {
  try {
    requireSecondPerson(request.reviewedBy ?? '', actor, 'this response');
    return undefined;
  } catch (error) {
    return refuse('second-person', error instanceof AppError ? error.message : 'a second person must approve');
  }
};
const groundAllowed: Guard = ({ procedure }, action) => {
  if (action.kind !== 'refuse') return undefined;
  const { ground, reason } = action.refusal;
  if (!procedure.refusalGrounds.includes(ground))
    return refuse('ground-not-in-ledger', `"${ground}" is not a refusal ground of this operator's procedure`);
  return reason.trim() === '' ? refuse('reason-missing', 'a refusal states its reason to the person') : undefined;
};
const executable: Guard = ({ request }) =>
  needsExecution(request.type)
    ? undefined
    : refuse('not-executable', `a ${request.type} request is answered, not carried out`);
const notYetExecuted: Guard = ({ request }) =>
  request.status === 'executed'
    ? refuse('already-executed', `request ${request.id} was already carried out; it is not carried out twice`)
    : undefined;
const claimLapsed: Guard = ({ request, stored, now }) => {
  const claim = (stored ?? request).execution;
  const started = claim?.startedAt.getTime() ?? Number.NEGATIVE_INFINITY;
  return now.getTime() - started > EXECUTION_LEASE_MS
    ? undefined
    : refuse('already-executed', `request ${request.id} is being carried out (claimed by ${claim?.startedBy})`);
};
const answeredWithoutExecution: Guard = ({ request }) =>
  needsExecution(request.type)
    ? refuse('not-executed', `a ${request.type} request is carried out (POST .../execute) before its response is sent`)
    : undefined;
const unpaidRule =
  (rule: RequestProcedure['payment']['unpaid']): Guard =>
  ({ procedure }) =>
    procedure.payment.unpaid === rule ? undefined : refuse('unpaid-rule', `the ledger's unpaid rule is not ${rule}`);

const OPEN: readonly RequestStatus[] = [
  'received',
  'identity-check',
  'fee',
  'search',
  'review',
  'approval',
  'approved',
];

/** Every allowed move. Anything not listed is refused with `not-allowed`. */
export const REQUEST_TRANSITIONS: readonly Row[] = [
  { action: 'begin-identity-check', from: ['received'], to: 'identity-check', guards: [] },
  {
    action: 'verify-identity',
    from: ['identity-check'],
    to: ({ request }) => (feeOutstanding(request) ? 'fee' : 'search'),
    guards: [],
  },
  { action: 'record-payment', from: ['fee'], to: 'search', guards: [feeDue] },
  // A fee paid with the request (or before identity is checked) is recorded where the request is.
  { action: 'record-payment', from: ['received', 'identity-check'], to: (c) => c.request.status, guards: [feeDue] },
  { action: 'complete-search', from: ['search'], to: 'review', guards: [identityVerified, feeSettled] },
  { action: 'complete-review', from: ['review'], to: 'approval', guards: [] },
  { action: 'approve', from: ['approval'], to: 'approved', guards: [secondPerson] },
  // A customer's authorisation arrives before or during the search; after a search it is searched again.
  {
    action: 'record-authorisation',
    from: ['received', 'identity-check', 'fee', 'search'],
    to: (c) => c.request.status,
    guards: [],
  },
  { action: 'record-authorisation', from: ['review'], to: 'search', guards: [] },
  // Preparing the reply changes no status; for a refusal it is the letter stating the reason.
  {
    action: 'prepare-response',
    from: ['review', 'approval', 'approved', 'executed', 'refused'],
    to: (c) => c.request.status,
    guards: [],
  },
  // Exactly one claim: the store's version check lets one of two racing claims through, this table refuses the rest.
  { action: 'begin-execution', from: ['approved'], to: 'executing', guards: [executable] },
  { action: 'begin-execution', from: ['executing'], to: 'executing', guards: [executable, claimLapsed] },
  { action: 'begin-execution', from: ['executed'], to: 'executed', guards: [notYetExecuted] },
  { action: 'complete-execution', from: ['executing'], to: 'executed', guards: [] },
  { action: 'fail-execution', from: ['executing'], to: 'approved', guards: [] },
  {
    action: 'send-response',
    from: ['approved'],
    to: 'response-sent',
    guards: [identityVerified, feeSettled, answeredWithoutExecution],
  },
  { action: 'send-response', from: ['executed'], to: 'response-sent', guards: [identityVerified, feeSettled] },
  { action: 'close', from: ['response-sent'], to: 'closed', guards: [] },
  { action: 'refuse', from: OPEN, to: 'refused', guards: [groundAllowed] },
  {
    action: 'lapse-unpaid',
    from: ['fee'],
    to: 'closed-not-made',
    guards: [feeDue, pastDeadline, unpaidRule('deemed-not-made')],
  },
  { action: 'lapse-unpaid', from: ['fee'], to: 'refused', guards: [feeDue, pastDeadline, unpaidRule('refused')] },
];

/** Decides one move: the new status, or why not (the first failing guard of the closest matching row). */
export function nextStatus(ctx: TransitionContext, action: RequestAction): TransitionResult {
  const rows = REQUEST_TRANSITIONS.filter((r) => r.action === action.kind && r.from.includes(ctx.request.status));
  if (rows.length === 0) {
    return refuse('not-allowed', `a request in status "${ctx.request.status}" cannot ${action.kind}`);
  }
  let firstRefusal: TransitionResult | undefined;
  for (const row of rows) {
    const failed = row.guards.map((g) => g(ctx, action)).find((r) => r !== undefined);
    if (failed === undefined) return { ok: true, to: typeof row.to === 'function' ? row.to(ctx) : row.to };
    firstRefusal ??= failed;
  }
  return firstRefusal as TransitionResult;
}

/** Like `nextStatus`, but a refusal is an AppError (CONFLICT) carrying the guard's code. */
export function requireNextStatus(ctx: TransitionContext, action: RequestAction): RequestStatus {
  const result = nextStatus(ctx, action);
  if (!result.ok) throw new AppError('CONFLICT', result.reason, { details: { rule: result.code } });
  return result.to;
}
