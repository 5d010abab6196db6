import { AppError } from '../../core/app-error.ts';
import { isExcludedTable, routedToCustomer } from '../../core/requests/request-scope.ts';
import { type FoundSystem, findPersonData } from '../find-person-data.ts';
import { applyTransition, loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { storeDocument } from './request-documents.ts';
import type { ResponsePackage } from './response-package.ts';

/**
 * Searches the company's databases for the requester (every configured connector) and the provision records, leaves
 * out tables holding only entrusted data whose customer has not authorised an answer (listed as routed to the
 * customer instead), stores the package for review and moves the request to review.
 */
export async function runSearch(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string },
): Promise<ResponsePackage> {
  const request = await loadRequest(deps, input.requestId);
  if (request.status !== 'search') {
    throw new AppError('CONFLICT', `a request in status "${request.status}" is not being searched`);
  }
  const version = await deps.store.ledgerVersions.latest();
  if (version === undefined) throw new AppError('CONFLICT', 'no ledger is loaded');
  const ledger = version.ledger;
  const categories = ledger.subjectCategories.filter(
    (c) => c.operators === undefined || c.operators.includes(request.operator),
  );
  const routed = routedToCustomer(categories, deps.authorisedCategories ?? new Set());
  const routedIds = new Set(routed.map((c) => c.id));
  const datasets = deps.datasets ?? [];
  const report = await findPersonData({ ledger, datasets, identity: request.requester.identity });
  const systems: FoundSystem[] = report.systems.map((system, i) => {
    const annotations = datasets[i]?.annotations;
    return {
      ...system,
      tables: system.tables.filter((t) => !isExcludedTable(annotations?.tables[t.table]?.categories, routedIds)),
    };
  });
  const subjectId = request.requester.subjectId;
  const provisions =
    request.type === 'provision-records' && subjectId !== undefined
      ? (await deps.store.provisions.listForSubject(subjectId)).filter((p) => p.operator === request.operator)
      : [];
  const pkg: ResponsePackage = {
    request: { id: request.id, type: request.type, operator: request.operator },
    generatedAt: deps.clock.now().toISOString(),
    systems,
    routedToCustomer: routed.map((c) => ({ category: c.id, name: c.name })),
    provisionRecords: provisions.map((p) => ({
      recipient: p.recipient,
      items: p.items,
      firstProvidedAt: p.firstProvidedAt.toISOString(),
      lastProvidedAt: p.lastProvidedAt.toISOString(),
    })),
  };
  await storeDocument(deps, {
    requestId: request.id,
    kind: 'response',
    fileName: 'package.json',
    mediaType: 'application/json',
    content: new TextEncoder().encode(JSON.stringify(pkg, null, 2)),
  });
  const rowCount = systems.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rowCount, 0), 0);
  await applyTransition(deps, {
    requestId: request.id,
    actor: input.actor,
    action: { kind: 'complete-search' },
    note: { systems: systems.length, rows: rowCount, routedToCustomer: [...routedIds] },
  });
  return pkg;
}
