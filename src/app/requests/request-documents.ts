import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { procedureOf } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import type { RequestDocument } from './request-ports.ts';

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Stores an upload or response file, sealed when a sealer is configured (bound to the document's id). */
export async function storeDocument(
  deps: RequestDeps,
  input: Omit<RequestDocument, 'id' | 'encrypted' | 'uploadedAt'>,
): Promise<RequestDocument> {
  if (input.content.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError('VALIDATION', `a document may be at most ${MAX_DOCUMENT_BYTES} bytes`);
  }
  const id = randomUUID();
  const content = deps.sealer ? await deps.sealer.seal(input.content, id) : input.content;
  const document: RequestDocument = {
    ...input,
    id,
    content,
    encrypted: deps.sealer !== undefined,
    uploadedAt: deps.clock.now(),
  };
  await deps.store.requests.addDocument(document);
  return document;
}

/** A stored document's content in the clear. */
export async function openDocument(deps: RequestDeps, document: RequestDocument): Promise<Uint8Array> {
  if (!document.encrypted) return document.content;
  if (deps.sealer === undefined) throw new AppError('INTERNAL', 'a sealed document needs the sealer to open it');
  return deps.sealer.open(document.content, document.id);
}

/** The newest stored document of a request by file name. */
export async function readDocument(deps: RequestDeps, requestId: string, fileName: string): Promise<Uint8Array> {
  const found = (await deps.store.requests.documents(requestId)).filter((d) => d.fileName === fileName).at(-1);
  if (found === undefined) throw new AppError('NOT_FOUND', `request ${requestId} has no ${fileName}`);
  return openDocument(deps, found);
}

/**
 * Deletes the documents of closed requests once the ledger's identityDocumentRetentionDays have passed since
 * closing; records a `disposal` evidence entry per request. Returns the ids purged.
 */
export async function purgeRequestDocuments(deps: RequestDeps, actor: string): Promise<readonly string[]> {
  const now = deps.clock.now();
  const closed = await deps.store.requests.list(
    { status: ['closed', 'refused', 'closed-not-made'] },
    { limit: 1000, offset: 0 },
  );
  const purged: string[] = [];
  for (const request of closed.items) {
    if (request.closedAt === undefined) continue;
    const days = (await procedureOf(deps, request.operator)).identityDocumentRetentionDays;
    if (now.getTime() < request.closedAt.getTime() + days * 86_400_000) continue;
    const count = await deps.store.requests.purgeDocuments(request.id);
    if (count === 0) continue;
    purged.push(request.id);
    await deps.evidence.append({
      type: 'disposal',
      actor,
      at: now,
      payload: { request: request.id, documents: count, retentionDays: days },
    });
  }
  return purged;
}
