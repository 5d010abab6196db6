import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { normalizeTrackingCode } from '../../core/requests/tracking-code.ts';
import { loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { REQUEST_FILES, readRequestFile } from './request-documents.ts';
import type { DownloadEvent } from './request-ports.ts';

// What the person receives: the prepared reply (not the search's working package), its CSV and the letter.
const FILES = { json: REQUEST_FILES.json, csv: REQUEST_FILES.csv, pdf: REQUEST_FILES.pdf } as const;

/**
 * Serves one file of a response through its download link: only to the person holding the tracking code, before
 * expiry, unrevoked, within the download limit. Every attempt is logged (when, outcome, from where); refusals are
 * `GONE`-style CONFLICT (expired, revoked, used up) or FORBIDDEN (wrong person).
 */
export async function downloadResponse(
  deps: RequestDeps,
  input: {
    readonly token: string;
    readonly trackingCode: string;
    readonly format: keyof typeof FILES;
    readonly address?: string;
  },
): Promise<{ readonly content: Uint8Array; readonly mediaType: string; readonly fileName: string }> {
  const delivery = await deps.store.requests.deliveryByTokenHash(deps.hash(`download:${input.token}`));
  if (delivery === undefined || delivery.kind !== 'download') throw new AppError('NOT_FOUND', 'no such download');
  const now = deps.clock.now();
  const log = async (outcome: DownloadEvent['outcome']) => {
    await deps.store.requests.addDownloadEvent({
      deliveryId: delivery.id,
      at: now,
      outcome,
      ...(input.address ? { address: input.address } : {}),
    });
    await deps.evidence.append({
      type: 'request',
      actor: 'requester',
      at: now,
      payload: {
        request: delivery.requestId,
        action: 'download',
        delivery: delivery.id,
        outcome,
        format: input.format,
      },
    });
  };
  const code = normalizeTrackingCode(input.trackingCode) ?? '';
  const expected = Buffer.from(delivery.allowedPersonHash ?? '');
  const given = Buffer.from(deps.hash(`person:${code}`));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await log('wrong-person');
    throw new AppError('FORBIDDEN', 'this link is for the person who made the request: enter their tracking code');
  }
  const gone = (outcome: DownloadEvent['outcome'], message: string) =>
    log(outcome).then(() => {
      throw new AppError('CONFLICT', message, { details: { rule: 'gone', outcome } });
    });
  if (delivery.revokedAt !== undefined) return gone('revoked', 'this link was revoked');
  if (delivery.expiresAt !== undefined && now.getTime() > delivery.expiresAt.getTime()) {
    return gone('expired', 'this link has expired');
  }
  if (!(await deps.store.requests.countDownload(delivery.id))) return gone('exhausted', 'this link has been used up');
  const file = FILES[input.format];
  const content = await readRequestFile(deps, await loadRequest(deps, delivery.requestId), input.format);
  await log('downloaded');
  return { content, ...file };
}
