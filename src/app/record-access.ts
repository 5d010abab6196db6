import type { Principal } from '../core/auth/principal.ts';
import type { EvidenceEvent, EvidenceLog, EvidenceReceipt } from './evidence-log.ts';

/** Kinds of use the access log records. */
export const ACCESS_TYPES = ['read', 'export', 'ledger-version', 'access-denied'] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];

/**
 * What a route tells the access log about one call: whose data, which items, how many rows. Ids and names
 * only, never values.
 */
export interface AccessRecord {
  readonly type?: AccessType;
  readonly subjects?: readonly string[];
  readonly items?: readonly string[];
  readonly rows?: number;
  /** Operators whose records were returned or changed. */
  readonly operators?: readonly string[];
  readonly purpose?: string;
  /** Small facts about the call: a format, a version number, a proposal id, an outcome. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export interface AccessContext {
  readonly principal: Principal;
  /** `GET /api/v1/subjects/{subjectId}/provisions`: the route pattern, not the URL with ids. */
  readonly route: string;
  readonly requestId: string;
  readonly at: Date;
}

/** Subject ids per evidence entry: a page of 500 records becomes several bounded entries, none left out. */
export const SUBJECTS_PER_ENTRY = 100;

/** Writes the evidence of one use of personal data, an export or a ledger change; resolves once durable. */
export async function recordAccess(
  evidence: EvidenceLog,
  context: AccessContext,
  record: AccessRecord & { readonly type: AccessType },
): Promise<readonly EvidenceReceipt[]> {
  const { principal } = context;
  const who =
    principal.kind === 'anonymous'
      ? { actor: 'anonymous', kind: 'anonymous', roles: [] as string[], scope: [] as string[] }
      : {
          actor: principal.id,
          kind: principal.kind,
          roles: [...principal.roles],
          scope: principal.operators === 'all' ? ['all'] : [...principal.operators],
        };
  const subjects = [...new Set(record.subjects ?? [])];
  const chunks: string[][] = [];
  for (let i = 0; i < subjects.length; i += SUBJECTS_PER_ENTRY) chunks.push(subjects.slice(i, i + SUBJECTS_PER_ENTRY));
  if (chunks.length === 0) chunks.push([]);
  const events: EvidenceEvent[] = chunks.map((chunk, index) => ({
    type: record.type,
    actor: who.actor,
    ...(subjects.length === 1 ? { subject: subjects[0] as string } : {}),
    at: context.at,
    payload: {
      route: context.route,
      requestId: context.requestId,
      principalKind: who.kind,
      roles: who.roles,
      operatorScope: who.scope,
      ...(record.operators ? { operators: [...new Set(record.operators)].sort() } : {}),
      ...(record.purpose ? { purpose: record.purpose } : {}),
      ...(subjects.length > 0 ? { subjects: chunk, subjectCount: subjects.length } : {}),
      ...(chunks.length > 1 ? { part: index + 1, parts: chunks.length } : {}),
      ...(record.items ? { items: [...new Set(record.items)].sort() } : {}),
      ...(record.rows !== undefined ? { rows: record.rows } : {}),
      ...(record.detail ?? {}),
    },
  }));
  return evidence.appendMany(events);
}
