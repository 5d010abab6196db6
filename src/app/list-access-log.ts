import type { EvidenceEntry, EvidenceStore } from './evidence-store.ts';
import { ACCESS_TYPES, type AccessType } from './record-access.ts';

export interface AccessLogFilter {
  readonly actor?: string;
  readonly type?: AccessType;
  readonly subject?: string;
  readonly operator?: string;
  /** The route pattern called, e.g. `GET /api/v1/requests/{id}`. */
  readonly route?: string;
  readonly from?: Date;
  readonly to?: Date;
}

export interface AccessLogPage {
  readonly items: readonly EvidenceEntry[];
  /** Pass as `after` for the next page; absent when the log has been read to its end. */
  readonly next?: number;
}

// Rows fetched per round trip, and the most examined for one page: a rare filter answers with fewer items and
// a cursor rather than reading the whole log in one request.
const CHUNK = 1000;
const MAX_SCAN = 50_000;

/**
 * Entries of the access log (reads of personal data, exports, ledger changes, refused calls) in evidence order
 * (seq ascending, stable), filtered by actor, type, subject, operator, route and time, paged by the seq cursor.
 * The evidence store filters by type and time; actor, subject (also among a multi-subject entry's `subjects`),
 * operator and route are matched here.
 */
export async function listAccessLog(
  evidence: Pick<EvidenceStore, 'list'>,
  filter: AccessLogFilter,
  page: { readonly after?: number; readonly limit: number },
): Promise<AccessLogPage> {
  const items: EvidenceEntry[] = [];
  let cursor = page.after ?? 0;
  let scanned = 0;
  while (scanned < MAX_SCAN) {
    const chunk = await evidence.list({
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
      afterSeq: cursor,
      limit: CHUNK,
    });
    scanned += chunk.length;
    for (const entry of chunk) {
      cursor = entry.seq;
      if (!matches(entry, filter)) continue;
      items.push(entry);
      if (items.length === page.limit) return { items, next: entry.seq };
    }
    if (chunk.length < CHUNK) return { items };
  }
  return { items, next: cursor };
}

const TYPES: ReadonlySet<string> = new Set(ACCESS_TYPES);

function matches(entry: EvidenceEntry, filter: AccessLogFilter): boolean {
  if (!TYPES.has(entry.type)) return false;
  if (filter.actor !== undefined && entry.actor !== filter.actor) return false;
  if (filter.route !== undefined && entry.payload.route !== filter.route) return false;
  if (filter.subject !== undefined && entry.subject !== filter.subject && !listed(entry, 'subjects', filter.subject))
    return false;
  // An operator's entries: its records were used, or the caller works for it.
  if (
    filter.operator !== undefined &&
    !listed(entry, 'operators', filter.operator) &&
    !listed(entry, 'operatorScope', filter.operator)
  )
    return false;
  return true;
}

function listed(entry: EvidenceEntry, field: string, value: string): boolean {
  const list = entry.payload[field];
  return Array.isArray(list) && list.includes(value);
}
