import { AppError } from '../../core/app-error.ts';
import { applicablePurposes } from '../../core/requests/applicable-purposes.ts';
import { authorisedItems, isExcludedTable, procedureFor, routedToCustomer } from '../../core/requests/request-scope.ts';
import { type FoundSystem, findPersonData } from '../find-person-data.ts';
import { currentLedger } from './current-ledger.ts';
import { applyTransition, loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';
import { sealDocument } from './request-documents.ts';
import type { ResponsePackage } from './response-package.ts';

/**
 * Searches the company's databases for the requester (every configured connector) and the provision records, leaves
 * out tables holding only entrusted data whose customer has not authorised an answer (listed as routed to the
 * customer instead, and on the request), works out the person's subject categories and the purposes that apply to
 * them, and moves the request to review with the package stored for it (one transaction).
 */
export async function runSearch(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string },
): Promise<ResponsePackage> {
  const request = await loadRequest(deps, input.requestId);
  if (request.status !== 'search') {
    throw new AppError('CONFLICT', `a request in status "${request.status}" is not being searched`, {
      details: { rule: 'not-allowed' },
    });
  }
  const version = await currentLedger(deps);
  if (version === undefined) throw new AppError('CONFLICT', 'no ledger is loaded');
  const ledger = version.ledger;
  const categories = ledger.subjectCategories.filter(
    (c) => c.operators === undefined || c.operators.includes(request.operator),
  );
  const authorisations = request.customerAuthorisations ?? [];
  const authorised = new Set([
    ...(deps.authorisedCategories ?? []),
    ...authorisations.flatMap((a) => a.scope.categories),
  ]);
  const routed = routedToCustomer(categories, authorised);
  const routedIds = new Set(routed.map((c) => c.id));
  const processor = new Set(categories.filter((c) => c.role === 'processor').map((c) => c.id));
  const datasets = deps.datasets ?? [];
  const report = await findPersonData({ ledger, datasets, identity: request.requester.identity });
  const personCategories = new Set<string>();
  const systems: FoundSystem[] = report.systems.map((system, i) => {
    const tables = datasets[i]?.annotations.tables ?? {};
    return {
      ...system,
      tables: system.tables
        .filter((t) => !isExcludedTable(tables[t.table]?.categories, routedIds))
        .map((t) => {
          for (const c of tables[t.table]?.categories ?? []) if (!routedIds.has(c)) personCategories.add(c);
          const allowed = authorisedItems(tables[t.table]?.categories, authorisations, processor);
          return allowed === undefined ? t : { ...t, items: t.items.filter((item) => allowed.has(item.item)) };
        }),
    };
  });
  const subjectId = request.requester.subjectId;
  const provisions =
    request.type === 'provision-records' && subjectId !== undefined
      ? (await deps.store.provisions.listForSubject(subjectId)).filter((p) => p.operator === request.operator)
      : [];
  const categoryNames = new Map(ledger.subjectCategories.map((c) => [c.id, c.name]));
  const pkg: ResponsePackage = {
    request: { id: request.id, type: request.type, operator: request.operator },
    generatedAt: deps.clock.now().toISOString(),
    ledgerVersion: version.number,
    systems,
    subjectCategories: [...personCategories].map((id) => ({ id, name: categoryNames.get(id) ?? { ja: id, en: id } })),
    routedToCustomer: routed.map((c) => ({ category: c.id, name: c.name })),
    provisionRecords: provisions.map((p) => ({
      recipient: p.recipient,
      items: p.items,
      firstProvidedAt: p.firstProvidedAt.toISOString(),
      lastProvidedAt: p.lastProvidedAt.toISOString(),
    })),
    ...(request.type === 'purpose-notification'
      ? {
          purposes: applicablePurposes(ledger, request.operator, personCategories),
          procedure: procedureFor(ledger, request.operator),
        }
      : {}),
  };
  const document = await sealDocument(deps, {
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
    change: () => ({ routedToCustomer: [...routedIds], packageDocument: document.id }),
    note: { systems: systems.length, rows: rowCount, routedToCustomer: [...routedIds] },
    documents: [document],
  });
  return pkg;
}
