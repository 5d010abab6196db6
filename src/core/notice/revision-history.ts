import { formatDate } from './format.ts';
import type { NoticeContext } from './notice-context.ts';

export interface HistoryEntry {
  readonly date: string;
  readonly kind: 'established' | 'revised';
  readonly text?: string;
}

/**
 * The notice's history: established date, the ledger's revisions and the stored versions' revisions,
 * oldest first (newest last), without repeating an entry given by both.
 */
export function revisionHistory(ctx: NoticeContext): HistoryEntry[] {
  const { notice } = ctx.ledger;
  const entries: HistoryEntry[] = [
    ...(notice.establishedOn ? [{ date: notice.establishedOn, kind: 'established' as const }] : []),
    ...notice.revisions.map((r) => ({
      date: r.date,
      kind: 'revised' as const,
      ...(r.note ? { text: ctx.t(r.note) } : {}),
    })),
    ...(ctx.options.revisions ?? []).map((r) => ({
      date: r.date.slice(0, 10),
      kind: 'revised' as const,
      ...(r.comment?.trim() ? { text: r.comment.trim() } : {}),
    })),
  ];
  const seen = new Set<string>();
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry)
    .filter((entry) => {
      const key = `${entry.date}|${entry.kind}|${entry.text ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** 「2024年4月1日 改定（…）」 / "Revised on April 1, 2024 (…)". */
export function historyLine(entry: HistoryEntry, ctx: NoticeContext): string {
  const date = formatDate(entry.date, ctx.lang);
  const head = ctx.p(entry.kind === 'established' ? 'establishedOn' : 'revisedOn', { date });
  if (entry.text === undefined) return head;
  return ctx.lang === 'ja' ? `${head}（${entry.text}）` : `${head} (${entry.text})`;
}
