import { AppError } from '../../core/app-error.ts';
import type { PrivacyRequest, RequestStatus } from '../../core/requests/privacy-request.ts';
import { buildReplyLetter, type ReplyLetter } from '../../core/requests/reply-letter.ts';
import { currentLedger } from './current-ledger.ts';
import { applyTransition, loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { REQUEST_FILES, type RequestFile, readRequestFile, sealDocument } from './request-documents.ts';
import { packageToCsv, type ResponsePackage, replyPackage } from './response-package.ts';

/** Lays a reply letter out as PDF (src/notice/render-letter.ts, Noto Sans JP embedded). */
export type LetterRenderer = (letter: ReplyLetter) => Promise<Uint8Array>;

const PREPARABLE: readonly RequestStatus[] = ['review', 'approval', 'approved', 'executed', 'refused'];

/**
 * Builds what goes to the person from the stored search package: the package as the person receives it (only
 * what the request asked for, plus what was done for an executed request), its CSV and the reply letter as PDF in
 * the requested language; stored with the request (sealed when configured) for review and delivery.
 */
export async function prepareResponse(
  deps: RequestDeps,
  input: {
    readonly requestId: string;
    readonly actor: string;
    readonly lang: 'ja' | 'en';
    readonly render: LetterRenderer;
  },
): Promise<{ readonly json: string; readonly csv: string; readonly pdf: Uint8Array }> {
  const request = await loadRequest(deps, input.requestId);
  if (!PREPARABLE.includes(request.status)) {
    throw new AppError('CONFLICT', `a request in status "${request.status}" has no response to prepare`, {
      details: { rule: request.status === 'executing' ? 'execution-in-progress' : 'not-allowed' },
    });
  }
  const version = await currentLedger(deps);
  const ledger = version?.ledger;
  const now = deps.clock.now();
  const found = request.status === 'refused' ? undefined : await searchPackage(deps, request);
  const pkg = found === undefined ? undefined : replyPackage(found, request, now);
  const json = pkg === undefined ? '' : JSON.stringify(pkg, null, 2);
  const csv = pkg === undefined ? '' : packageToCsv(pkg);
  const itemNames = new Map((ledger?.dataItems ?? []).map((i) => [i.id, i.name]));
  const recipients = new Map((ledger?.recipients ?? []).map((r) => [r.id, r.name]));
  const letter = buildReplyLetter({
    lang: input.lang,
    request,
    ledger,
    found: (pkg?.systems ?? [])
      .filter((s) => s.tables.length > 0)
      .map((s) => ({
        system: s.name,
        tables: s.tables.map((t) => ({ table: t.table, items: t.items.map((i) => i.name) })),
      })),
    routed: (pkg?.routedToCustomer ?? []).map((r) => r.name),
    purposes: pkg?.purposes ?? [],
    provisions: (pkg?.provisionRecords ?? []).map((p) => ({
      recipient: recipients.get(p.recipient)?.[input.lang] ?? p.recipient,
      items: p.items.map((i) => itemNames.get(i)?.[input.lang] ?? i),
      firstProvidedAt: p.firstProvidedAt,
      lastProvidedAt: p.lastProvidedAt,
    })),
    now,
  });
  const pdf = await input.render(letter);
  const seal = (file: RequestFile, content: Uint8Array) =>
    sealDocument(deps, { requestId: request.id, kind: 'response', ...REQUEST_FILES[file], content });
  const encode = (text: string) => new TextEncoder().encode(text);
  const files =
    pkg === undefined
      ? { pdf: await seal('pdf', pdf) }
      : { json: await seal('json', encode(json)), csv: await seal('csv', encode(csv)), pdf: await seal('pdf', pdf) };
  // The files and the request's pointer to them land together, with the step in the audit trail and the evidence.
  await applyTransition(deps, {
    requestId: request.id,
    actor: input.actor,
    action: { kind: 'prepare-response' },
    change: () => ({
      reply: {
        lang: input.lang,
        preparedBy: input.actor,
        preparedAt: deps.clock.now(),
        documents: Object.fromEntries(Object.entries(files).map(([k, d]) => [k, d.id])) as { pdf: string },
      },
    }),
    note: { lang: input.lang },
    documents: Object.values(files),
  });
  return { json, csv, pdf };
}

/** The package the search stored for review. */
async function searchPackage(deps: RequestDeps, request: PrivacyRequest): Promise<ResponsePackage> {
  const bytes = await readRequestFile(deps, request, 'package').catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('CONFLICT', 'the request was not searched yet: POST .../search first', {
        details: { rule: 'not-searched' },
      });
    }
    throw error;
  });
  return JSON.parse(new TextDecoder().decode(bytes)) as ResponsePackage;
}
