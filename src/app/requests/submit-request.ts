import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { addJapanDays } from '../../core/japan-time.ts';
import { duplicateKey } from '../../core/requests/duplicate-key.ts';
import { type NewRequest, NewRequestSchema, type PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { feeDue } from '../../core/requests/request-fee.ts';
import { TRACKING_CODE_BYTES, trackingCodeFrom } from '../../core/requests/tracking-code.ts';
import { type UploadMediaType, uploadProblem } from '../../core/requests/upload-check.ts';
import { procedureOf, requestEvidence } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { sealDocument } from './request-documents.ts';
import type { RequestDocument } from './request-ports.ts';

const DAY_MS = 86_400_000;

/** An identity or agent-authority document sent with the request (decoded bytes). */
export interface RequestUpload {
  readonly kind: 'identity' | 'agent-authority';
  readonly fileName: string;
  readonly mediaType: UploadMediaType;
  readonly content: Uint8Array;
}

export interface SubmittedRequest {
  readonly request: PrivacyRequest;
  /** An open request with the same requester, type and operator inside the window, if there is one. */
  readonly duplicateOf?: string;
}

/**
 * Takes in a request from the privacy center, the API or staff entering a posted form: checks it against the
 * operator's procedure (type offered, agent kind accepted, reply method offered), sets the due date and fee, gives
 * it a tracking code and flags a duplicate (kept and linked, not dropped: the person may have a reason). The
 * request, its documents (checked, then sealed) and its evidence are stored in one transaction: if any document
 * is refused or cannot be stored, no request exists and no tracking code is handed out.
 */
export async function submitRequest(
  deps: RequestDeps,
  input: {
    readonly request: NewRequest;
    readonly channel: PrivacyRequest['channel'];
    readonly actor: string;
    readonly documents?: readonly RequestUpload[];
  },
): Promise<SubmittedRequest> {
  const parsed = NewRequestSchema.safeParse(input.request);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'invalid request', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const body = parsed.data;
  const procedure = await procedureOf(deps, body.operator);
  const issues: { path: string; message: string }[] = [];
  if (!procedure.types.includes(body.type)) issues.push({ path: 'type', message: 'this operator does not take it' });
  const agentKind = body.requester.agentKind;
  if (agentKind !== undefined && procedure.identity.agents[agentKind] === undefined) {
    issues.push({ path: 'requester.agentKind', message: 'this operator names no documents for this kind of agent' });
  }
  const method = body.replyMethod === 'electronic' ? ['electronic', 'email'] : ['paper'];
  if (!procedure.replyMethods.some((m) => method.includes(m))) {
    issues.push({ path: 'replyMethod', message: 'this operator does not reply this way' });
  }
  if (body.replyMethod === 'electronic' && body.requester.contact.email === undefined) {
    issues.push({ path: 'requester.contact.email', message: 'an electronic reply needs an e-mail address' });
  }
  if (body.replyMethod === 'paper' && body.requester.contact.postalAddress === undefined) {
    issues.push({ path: 'requester.contact.postalAddress', message: 'a paper reply needs a postal address' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', 'the request does not fit the procedure', { issues });
  const uploads = input.documents ?? [];
  const refused = uploads.flatMap((upload, i) => {
    const problem = uploadProblem(upload.mediaType, upload.content);
    return problem === undefined ? [] : [{ path: `documents.${i}.content`, message: problem }];
  });
  if (refused.length > 0) {
    throw new AppError('UNPROCESSABLE', 'a document was refused: nothing was stored', { issues: refused });
  }

  const now = deps.clock.now();
  const key = duplicateKey(body, deps.hash);
  const window = deps.duplicateWindowDays ?? 30;
  const earlier = await deps.store.requests.findByDuplicateKey(key, new Date(now.getTime() - window * DAY_MS));
  const duplicateOf = earlier[0]?.id;
  const fee = feeDue(procedure, body.type, now);
  const request: PrivacyRequest = {
    ...body,
    id: randomUUID(),
    trackingCode: trackingCodeFrom(deps.randomBytes(TRACKING_CODE_BYTES)),
    channel: input.channel,
    status: 'received',
    receivedAt: now,
    dueAt: addJapanDays(now, procedure.targetDays),
    fee,
    duplicateKey: key,
    ...(duplicateOf ? { duplicateOf } : {}),
    updatedAt: now,
    version: 1,
  };
  const event = {
    requestId: request.id,
    seq: 1,
    at: now,
    actor: input.actor,
    action: 'submit',
    to: request.status,
    note: {
      channel: input.channel,
      documents: uploads.length,
      ...(duplicateOf ? { duplicateOf } : {}),
    },
  };
  const documents: RequestDocument[] = [];
  for (const upload of uploads) documents.push(await sealDocument(deps, { ...upload, requestId: request.id }));
  await deps.store.requests.create(request, event, { evidence: [requestEvidence(request, event)], documents });
  return { request, ...(duplicateOf ? { duplicateOf } : {}) };
}
