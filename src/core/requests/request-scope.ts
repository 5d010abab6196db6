import type { Ledger } from '../ledger/ledger.ts';
import type { RequestProcedure } from '../ledger/request-procedure.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';

/** The operator's request procedure: the first one naming it, else one naming no operators (the whole group). */
export function procedureFor(ledger: Ledger, operator: string): RequestProcedure | undefined {
  const procedures = ledger.requestProcedures;
  return procedures.find((p) => p.operators?.includes(operator)) ?? procedures.find((p) => p.operators === undefined);
}

/**
 * Categories of entrusted data (processor role) whose answers go to the entrusting customer: every processor
 * category except those whose customer's authorisation is recorded (SmartHR 6(i), kaonavi 1.2).
 */
export function routedToCustomer(
  categories: readonly SubjectCategory[],
  authorised: ReadonlySet<string>,
): readonly SubjectCategory[] {
  return categories.filter(
    (c) =>
      c.role === 'processor' &&
      !(c.requestHandling === 'controller-authorisation' && authorised.has(c.id)) &&
      !(c.requestHandling === 'direct'),
  );
}

/** A table is left out of the answer when every category it holds is routed to a customer. */
export function isExcludedTable(tableCategories: readonly string[] | undefined, routed: ReadonlySet<string>): boolean {
  return tableCategories !== undefined && tableCategories.length > 0 && tableCategories.every((c) => routed.has(c));
}

/**
 * Items of a table the customers' authorisations let through: undefined when the table holds a category under no
 * item limit (everything found is answered); otherwise the union of the authorised items.
 */
export function authorisedItems(
  tableCategories: readonly string[] | undefined,
  authorisations: readonly {
    readonly scope: { readonly categories: readonly string[]; readonly items?: readonly string[] | undefined };
  }[],
  processorCategories: ReadonlySet<string>,
): ReadonlySet<string> | undefined {
  const categories = tableCategories ?? [];
  if (categories.length === 0 || !categories.every((c) => processorCategories.has(c))) return undefined;
  const covering = authorisations.filter((a) => a.scope.categories.some((c) => categories.includes(c)));
  if (covering.length === 0 || covering.some((a) => a.scope.items === undefined)) return undefined;
  return new Set(covering.flatMap((a) => a.scope.items ?? []));
}
