import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { requireNextStatus } from '../../core/requests/request-transitions.ts';
import { applyTransition, loadRequest, procedureOf } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import type { Delivery } from './request-ports.ts';

const DAY_MS = 86_400_000;

/**
 * Sends an approved response (an executed one, for the types carried out), its letter prepared. Electronic: a download link for the requester only (the token in the link, and their
 * tracking code to open it), expiring and limited in downloads, e-mailed with nothing else personal in the mail.
 * Paper: records the dispatch (method, postal reference) for the printed letter.
 */
export async function sendResponse(
  deps: RequestDeps,
  input: {
    readonly requestId: string;
    readonly actor: string;
    /** Where the privacy center serves downloads, e.g. `https://privacy.example.jp/privacy/downloads/`. */
    readonly downloadBaseUrl?: string;
    readonly expiresInDays?: number;
    readonly maxDownloads?: number;
    readonly dispatch?: { readonly method: string; readonly reference?: string };
  },
): Promise<{ readonly request: PrivacyRequest; readonly delivery: Delivery; readonly link?: string }> {
  const request = await loadRequest(deps, input.requestId);
  // The state machine first (an erasure not yet carried out: `not-executed`), then the prepared letter.
  const procedure = await procedureOf(deps, request.operator);
  requireNextStatus({ request, procedure, actor: input.actor, now: deps.clock.now() }, { kind: 'send-response' });
  requirePreparedReply(request);
  const now = deps.clock.now();
  const base = { id: randomUUID(), requestId: request.id, createdAt: now, createdBy: input.actor, downloads: 0 };
  let delivery: Delivery;
  let link: string | undefined;
  if (request.replyMethod === 'electronic') {
    if (input.downloadBaseUrl === undefined)
      throw new AppError('VALIDATION', 'an electronic reply needs the download URL');
    const token = Buffer.from(deps.randomBytes(32)).toString('base64url');
    link = `${input.downloadBaseUrl}${token}`;
    delivery = {
      ...base,
      kind: 'download',
      tokenHash: deps.hash(`download:${token}`),
      allowedPersonHash: deps.hash(`person:${request.trackingCode}`),
      expiresAt: new Date(now.getTime() + (input.expiresInDays ?? 14) * DAY_MS),
      maxDownloads: input.maxDownloads ?? 5,
    };
  } else {
    if (input.dispatch === undefined) throw new AppError('VALIDATION', 'a paper reply records how it was posted');
    delivery = { ...base, kind: 'paper', maxDownloads: 0, dispatch: { ...input.dispatch, at: now } };
  }
  // The state machine decides; the delivery is stored in the same transaction as the step and its evidence.
  const sent = await applyTransition(deps, {
    requestId: request.id,
    actor: input.actor,
    action: { kind: 'send-response' },
    note: { delivery: delivery.id, kind: delivery.kind },
    delivery,
  });
  const email = request.requester.contact.email;
  if (link !== undefined && deps.mailer !== undefined && email !== undefined) {
    await deps.mailer.send({
      to: email,
      // No tracking code here: it is the second half of what opens the link.
      subject: '【回答のご案内】ご請求への回答 / Your reply is ready',
      text: [
        'ご請求への回答をご用意しました。下記のリンクから、受付番号を入力してダウンロードしてください。',
        'Your reply is ready. Open the link below and enter your tracking code to download it.',
        '',
        link,
        '',
        `有効期限 / Expires: ${delivery.expiresAt?.toISOString().slice(0, 10) ?? ''}`,
      ].join('\n'),
    });
  }
  return { request: sent, delivery, ...(link ? { link } : {}) };
}

/**
 * A reply is sent only once its letter is prepared, and for an executed request only a letter prepared after the
 * execution (it says what was done).
 */
function requirePreparedReply(request: PrivacyRequest): void {
  const prepared = request.reply?.preparedAt.getTime();
  const executedAt = request.execution?.finishedAt?.getTime();
  if (prepared === undefined || (executedAt !== undefined && prepared < executedAt)) {
    throw new AppError('CONFLICT', 'prepare the reply first (POST .../prepare-response)', {
      details: { rule: 'not-prepared' },
    });
  }
}

/** Stops a download link at once; later attempts are refused (410) and logged. */
export async function revokeDelivery(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly deliveryId: string; readonly actor: string },
): Promise<void> {
  const delivery = (await deps.store.requests.deliveries(input.requestId)).find((d) => d.id === input.deliveryId);
  if (delivery === undefined) throw new AppError('NOT_FOUND', `no delivery ${input.deliveryId}`);
  const now = deps.clock.now();
  if (!(await deps.store.requests.revokeDelivery(delivery.id, now))) return;
  await deps.evidence.append({
    type: 'request',
    actor: input.actor,
    at: now,
    payload: { request: input.requestId, action: 'revoke-delivery', delivery: delivery.id },
  });
}
