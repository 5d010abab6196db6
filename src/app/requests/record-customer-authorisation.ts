import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../core/app-error.ts';
import {
  type CustomerAuthorisation,
  type CustomerAuthorisationInput,
  CustomerAuthorisationSchema,
  type PrivacyRequest,
} from '../../core/requests/privacy-request.ts';
import { currentLedger } from './current-ledger.ts';
import { applyTransition, loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';

/**
 * Records that the entrusting customer authorised an answer about the data it entrusted (who at the customer,
 * when, which processor categories and optionally which items, the document that proves it). The next search
 * includes those categories; recorded after a search, the request goes back to search. Only categories the ledger
 * marks `requestHandling: controller-authorisation` can be authorised: `refer-to-controller` data stays with the
 * customer whatever is recorded.
 */
export async function recordCustomerAuthorisation(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string; readonly authorisation: CustomerAuthorisationInput },
): Promise<{ readonly request: PrivacyRequest; readonly authorisation: CustomerAuthorisation }> {
  const parsed = CustomerAuthorisationSchema.safeParse(input.authorisation);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'invalid authorisation', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const body = parsed.data;
  const request = await loadRequest(deps, input.requestId);
  const ledger = (await currentLedger(deps))?.ledger;
  if (ledger === undefined) throw new AppError('CONFLICT', 'no ledger is loaded');
  const issues: FieldIssue[] = [];
  body.scope.categories.forEach((id, i) => {
    const category = ledger.subjectCategories.find((c) => c.id === id);
    const path = `scope.categories.${i}`;
    if (category === undefined) issues.push({ path, message: `no subject category "${id}" in the ledger` });
    else if (category.operators !== undefined && !category.operators.includes(request.operator)) {
      issues.push({ path, message: `"${id}" is not a category of operator ${request.operator}` });
    } else if (category.role !== 'processor') {
      issues.push({ path, message: `"${id}" is not entrusted data: the operator answers for it itself` });
    } else if (category.requestHandling !== 'controller-authorisation') {
      issues.push({
        path,
        message: `the ledger routes requests about "${id}" to the customer (requestHandling: ${category.requestHandling ?? 'unset'}); an authorisation cannot change that`,
      });
    }
  });
  const items = new Set(ledger.dataItems.map((d) => d.id));
  body.scope.items?.forEach((id, i) => {
    if (!items.has(id)) issues.push({ path: `scope.items.${i}`, message: `no data item "${id}" in the ledger` });
  });
  const now = deps.clock.now();
  if (Date.parse(body.authorisedAt) > now.getTime()) {
    issues.push({ path: 'authorisedAt', message: 'an authorisation cannot be dated in the future' });
  }
  if (issues.length > 0) throw new AppError('UNPROCESSABLE', 'the authorisation does not fit the ledger', { issues });
  const authorisation: CustomerAuthorisation = {
    ...body,
    id: randomUUID(),
    recordedBy: input.actor,
    recordedAt: now.toISOString(),
  };
  const updated = await applyTransition(deps, {
    requestId: request.id,
    actor: input.actor,
    action: { kind: 'record-authorisation' },
    change: (r) => ({ customerAuthorisations: [...(r.customerAuthorisations ?? []), authorisation] }),
    // Ids and category names only: the customer's people and document numbers stay in the request.
    note: { authorisation: authorisation.id, categories: body.scope.categories, items: body.scope.items?.length ?? 0 },
  });
  return { request: updated, authorisation };
}
