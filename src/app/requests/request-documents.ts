import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { procedureOf } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import type { RequestDocument } from './request-ports.ts';

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** An upload or response file ready to store: sealed when a sealer is configured (bound to the document's id). */
export async function sealDocument(
  deps: RequestDeps,
  input: Omit<RequestDocument, 'id' | 'encrypted' | 'uploadedAt'>,
): Promise<RequestDocument> {
  if (input.content.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError('VALIDATION', `a document may be at most ${MAX_DOCUMENT_BYTES} bytes`);
  }
  const id = randomUUID();
  const content = deps.sealer ? await deps.sealer.seal(input.content, id) : input.content;
  return { ...input, id, content, encrypted: deps.sealer !== undefined, uploadedAt: deps.clock.now() };
}

/** Seals and stores a file on its own (response files prepared for review; uploads go in with their request). */
export async function storeDocument(
  deps: RequestDeps,
  input: Omit<RequestDocument, 'id' | 'encrypted' | 'uploadedAt'>,
): Promise<RequestDocument> {
  const document = await sealDocument(deps, input);
  await deps.store.requests.addDocument(document);
  return document;
}

/** A stored document's content in the clear. */
export async function openDocument(deps: RequestDeps, document: RequestDocument): Promise<Uint8Array> {
  if (!document.encrypted) return document.content;
  if (deps.sealer === undefined) throw new AppError('INTERNAL', 'a sealed document needs the sealer to open it');
  return deps.sealer.open(document.content, document.id);
}

/** What a request's files are called; `package` is the search's, the others the prepared reply's. */
export const REQUEST_FILES = {
  package: { fileName: 'package.json', mediaType: 'application/json' },
  json: { fileName: 'reply.json', mediaType: 'application/json' },
  csv: { fileName: 'package.csv', mediaType: 'text/csv; charset=utf-8' },
  pdf: { fileName: 'letter.pdf', mediaType: 'application/pdf' },
} as const;
export type RequestFile = keyof typeof REQUEST_FILES;

/**
 * A file of the request as it stands: the document the request points at (the last search's package, the files
 * of the reply as last prepared), so what is reviewed, sent and downloaded is exactly what the step stored.
 */
export async function readRequestFile(
  deps: RequestDeps,
  request: PrivacyRequest,
  file: RequestFile,
): Promise<Uint8Array> {
  const id = file === 'package' ? request.packageDocument : request.reply?.documents[file];
  if (id === undefined) {
    const what = file === 'package' ? 'no search package yet' : `no ${REQUEST_FILES[file].fileName} in its reply`;
    throw new AppError('NOT_FOUND', `request ${request.id} has ${what}`);
  }
  const found = (await deps.store.requests.documents(request.id)).find((d) => d.id === id);
  if (found === undefined) throw new AppError('NOT_FOUND', `request ${request.id} has no document ${id} any more`);
  return openDocument(deps, found);
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
