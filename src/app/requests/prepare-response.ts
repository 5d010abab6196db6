import { AppError } from '../../core/app-error.ts';
import { buildReplyLetter, type ReplyLetter } from '../../core/requests/reply-letter.ts';
import { loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { readDocument, storeDocument } from './request-documents.ts';
import { packageToCsv, type ResponsePackage } from './response-package.ts';

/** Lays a reply letter out as PDF (src/notice/render-letter.ts, Noto Sans JP embedded). */
export type LetterRenderer = (letter: ReplyLetter) => Promise<Uint8Array>;

/**
 * Builds what goes to the person from the stored search package: the CSV beside the JSON and the reply letter as
 * PDF in the requested language; stored with the request (sealed when configured) for review and delivery.
 */
export async function prepareResponse(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly lang: 'ja' | 'en'; readonly render: LetterRenderer },
): Promise<{ readonly json: string; readonly csv: string; readonly pdf: Uint8Array }> {
  const request = await loadRequest(deps, input.requestId);
  if (!['review', 'approval', 'approved', 'refused'].includes(request.status)) {
    throw new AppError('CONFLICT', `a request in status "${request.status}" has no response to prepare`);
  }
  const version = await deps.store.ledgerVersions.latest();
  const ledger = version?.ledger;
  const json =
    request.status === 'refused'
      ? undefined
      : new TextDecoder().decode(await readDocument(deps, request.id, 'package.json'));
  const pkg = json === undefined ? undefined : (JSON.parse(json) as ResponsePackage);
  const csv = pkg === undefined ? '' : packageToCsv(pkg);
  const letter = buildReplyLetter({
    lang: input.lang,
    request,
    operator: ledger?.operators.find((o) => o.id === request.operator),
    found: (pkg?.systems ?? [])
      .filter((s) => s.tables.length > 0)
      .map((s) => ({
        system: s.name,
        tables: s.tables.map((t) => ({ table: t.table, items: t.items.map((i) => i.name) })),
      })),
    routed: (pkg?.routedToCustomer ?? []).map((r) => r.name),
    now: deps.clock.now(),
  });
  const pdf = await input.render(letter);
  const base = { requestId: request.id, kind: 'response' as const };
  if (pkg !== undefined) {
    await storeDocument(deps, {
      ...base,
      fileName: 'package.csv',
      mediaType: 'text/csv; charset=utf-8',
      content: new TextEncoder().encode(csv),
    });
  }
  await storeDocument(deps, { ...base, fileName: 'letter.pdf', mediaType: 'application/pdf', content: pdf });
  return { json: json ?? '', csv, pdf };
}
