import { stringify } from 'csv-stringify/sync';
import type { LocalizedText } from '../../core/ledger/localized-text.ts';
import type { RequestProcedure } from '../../core/ledger/request-procedure.ts';
import type { NotifiedPurpose } from '../../core/requests/applicable-purposes.ts';
import { type ExecutionSummary, needsExecution, type PrivacyRequest } from '../../core/requests/privacy-request.ts';
import type { FoundSystem } from '../find-person-data.ts';

/**
 * What the search found (for staff review) and, once prepared, what the person is told: per system, table and
 * item; the person's subject categories; what went to an entrusting customer; provision records; for a purpose
 * notification the purposes that apply and the request procedure; for an executed request what was done.
 */
export interface ResponsePackage {
  readonly request: { readonly id: string; readonly type: string; readonly operator: string };
  readonly generatedAt: string;
  readonly ledgerVersion?: number;
  readonly systems: readonly FoundSystem[];
  readonly subjectCategories?: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly routedToCustomer: readonly { readonly category: string; readonly name: LocalizedText }[];
  readonly provisionRecords: readonly {
    readonly recipient: string;
    readonly items: readonly string[];
    readonly firstProvidedAt: string;
    readonly lastProvidedAt: string;
  }[];
  readonly purposes?: readonly NotifiedPurpose[];
  readonly procedure?: RequestProcedure | undefined;
  readonly execution?: ExecutionSummary & { readonly finishedAt: string };
}

/**
 * The package as sent to the person: only what their request asked for (a purpose notification does not carry
 * the found values, an erasure reply says what was done rather than repeating the erased data).
 */
export function replyPackage(found: ResponsePackage, request: PrivacyRequest, now: Date): ResponsePackage {
  const base = {
    request: found.request,
    generatedAt: now.toISOString(),
    ...(found.ledgerVersion === undefined ? {} : { ledgerVersion: found.ledgerVersion }),
    routedToCustomer: found.routedToCustomer,
  };
  const execution = request.execution;
  switch (request.type) {
    case 'disclosure':
      return { ...found, generatedAt: base.generatedAt };
    case 'purpose-notification':
      return {
        ...base,
        systems: [],
        subjectCategories: found.subjectCategories ?? [],
        provisionRecords: [],
        purposes: found.purposes ?? [],
        procedure: found.procedure,
      };
    case 'provision-records':
      return { ...base, systems: [], provisionRecords: found.provisionRecords };
    default:
      return {
        ...base,
        systems: [],
        provisionRecords: [],
        ...(needsExecution(request.type) && execution?.summary && execution.finishedAt
          ? { execution: { ...execution.summary, finishedAt: execution.finishedAt.toISOString() } }
          : {}),
      };
  }
}

/** The package as CSV in the shape of its type (Excel opens it: UTF-8 with BOM). */
export function packageToCsv(pkg: ResponsePackage): string {
  const csv = (columns: string[], rows: (string | number)[][]) => `\uFEFF${stringify(rows, { header: true, columns })}`;
  if (pkg.purposes !== undefined) {
    return csv(
      ['purpose', 'text_ja', 'text_en', 'categories', 'items'],
      pkg.purposes.map((p) => [
        p.id,
        p.text.ja,
        p.text.en,
        p.categories.map((c) => c.id).join(' '),
        p.items.map((i) => i.id).join(' '),
      ]),
    );
  }
  if (pkg.request.type === 'provision-records') {
    return csv(
      ['recipient', 'items', 'first_provided_at', 'last_provided_at'],
      pkg.provisionRecords.map((r) => [r.recipient, r.items.join(' '), r.firstProvidedAt, r.lastProvidedAt]),
    );
  }
  if (pkg.execution !== undefined) {
    const e = pkg.execution;
    const rows: string[][] = [];
    if (e.suspension) {
      const target = e.suspension.purpose ?? e.suspension.recipient ?? '';
      rows.push([`suspension-of-${e.suspension.kind}`, target, '', '', e.finishedAt]);
    } else rows.push([e.kind, '', (e.items ?? []).join(' '), '', e.finishedAt]);
    for (const k of e.kept ?? []) rows.push(['kept', k.table, k.items.join(' '), k.rule, k.until ?? '']);
    return csv(['action', 'target', 'items', 'rule', 'date'], rows);
  }
  const rows: string[][] = [];
  for (const system of pkg.systems) {
    for (const table of system.tables) {
      for (const item of table.items) {
        for (const row of item.rows) {
          for (const column of item.columns) {
            const value = row.values[column];
            rows.push([system.system, table.table, row.key, item.item, column, value === null ? '' : String(value)]);
          }
        }
      }
    }
  }
  return csv(['system', 'table', 'row', 'item', 'column', 'value'], rows);
}
