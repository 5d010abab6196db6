import { ApiError, api } from '../../shared/api.ts';
import type { Ledger, LedgerIssue, ProposalSummary } from './ledger-types.ts';

/**
 * The edited ledger as one file for the API. JSON is YAML (1.2), so the server reads it with the same parser and
 * rules as the CLI's `mamori ledger validate`; issue paths name the element and field.
 */
function files(ledger: Ledger) {
  return [{ name: 'console-edit.json', text: JSON.stringify(ledger, null, 1) }];
}

/** POST /api/v1/ledger/validate: every problem of the whole ledger (an edit may break another element). */
export async function validateLedger(ledger: Ledger): Promise<readonly LedgerIssue[]> {
  const result = await api<{ ok: boolean; issues: LedgerIssue[] }>('POST', '/api/v1/ledger/validate', {
    body: { files: files(ledger) },
  });
  return result.ok ? [] : result.issues;
}

export type ProposeResult =
  | { readonly kind: 'invalid'; readonly issues: readonly LedgerIssue[] }
  | { readonly kind: 'stale'; readonly current: number }
  | { readonly kind: 'comment'; readonly message: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'proposed'; readonly proposal: ProposalSummary };

/**
 * Validates, then proposes the change for a second person's approval (POST /api/v1/ledger/proposals). The edit was
 * made on version `base`: if another version has been stored since, proposing it would undo that change, so the
 * user is asked to start again from the current version instead.
 */
export async function proposeLedger(ledger: Ledger, comment: string, base: number): Promise<ProposeResult> {
  const issues = await validateLedger(ledger);
  if (issues.length > 0) return { kind: 'invalid', issues };
  const latest = await api<{ items: { number: number }[] }>('GET', '/api/v1/ledger/versions?limit=1');
  const current = latest.items[0]?.number ?? base;
  if (current !== base) return { kind: 'stale', current };
  try {
    const answer = await api<ProposalSummary & { number?: number }>('POST', '/api/v1/ledger/proposals', {
      body: { comment, files: files(ledger) },
    });
    // 200 answers with the current version (a number), 201 with the new proposal (an id).
    return 'id' in answer && typeof answer.id === 'string'
      ? { kind: 'proposed', proposal: answer }
      : { kind: 'unchanged' };
  } catch (error) {
    if (error instanceof ApiError && error.status === 422)
      return { kind: 'invalid', issues: error.issues.map(toIssue) };
    const comment = error instanceof ApiError ? error.issues.find((i) => i.path.join('.') === 'comment') : undefined;
    if (comment !== undefined) return { kind: 'comment', message: comment.message };
    throw error;
  }
}

function toIssue(issue: { path: readonly (string | number)[] | string; message: string; code?: string }): LedgerIssue {
  const path = typeof issue.path === 'string' ? issue.path : issue.path.join('.');
  return { path, message: issue.message, ...(issue.code === undefined ? {} : { code: issue.code }) };
}

/** `purposes[3].items[2]` -> ['purposes', 3, 'items', 2]. */
export function pathTokens(path: string): (string | number)[] {
  const tokens: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) tokens.push(Number(match[2]));
    else if (match[1] !== undefined) tokens.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
  }
  return tokens;
}

/** An issue of one element, placed at a form field: `field` like `items` or `text.ja`, `index` within a list. */
export interface FieldIssue extends LedgerIssue {
  readonly field: string;
  readonly index?: number;
}

/**
 * Splits a run's issues into those of the element at `section[index]` (by field; list indexes kept) and the
 * others (an edit of an item can break a purpose that uses it).
 */
export function issuesOf(
  issues: readonly LedgerIssue[],
  section: string,
  index: number,
): { readonly mine: readonly FieldIssue[]; readonly others: readonly LedgerIssue[] } {
  const mine: FieldIssue[] = [];
  const others: LedgerIssue[] = [];
  for (const issue of issues) {
    const [s, i, ...rest] = pathTokens(issue.path);
    if (s !== section || i !== index) {
      others.push(issue);
      continue;
    }
    const field = rest.filter((t) => typeof t === 'string').join('.');
    const listIndex = rest.find((t): t is number => typeof t === 'number');
    mine.push({ ...issue, field, ...(listIndex === undefined ? {} : { index: listIndex }) });
  }
  return { mine, others };
}

/** The list a problem's last index points into (e.g. the purpose's `items` for `purposes[3].items[2]`). */
export function listAt(ledger: Ledger, path: string): readonly string[] | undefined {
  const tokens = pathTokens(path);
  if (typeof tokens.at(-1) !== 'number') return undefined;
  let node: unknown = ledger;
  for (const token of tokens.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[token];
  }
  return Array.isArray(node) && node.every((v) => typeof v === 'string') ? (node as string[]) : undefined;
}
