import { japanDate } from '../core/japan-time.ts';
import type { NoticeRevision } from '../core/notice/index.ts';
import { publishedNotices } from './notice/published-notices.ts';
import type { Store } from './ports.ts';

/**
 * The notice's revision history up to ledger version `upTo`: one entry per day (Japan time) on which a new
 * version became public (see published-notices.ts). Only dates are published; comments are internal notes.
 */
export async function noticeRevisions(store: Store, upTo?: number): Promise<NoticeRevision[]> {
  const dates = new Set<string>();
  for (const notice of await publishedNotices(store)) {
    if (upTo === undefined || notice.ledgerVersion <= upTo) dates.add(japanDate(notice.publishedAt));
  }
  return [...dates].sort().map((date) => ({ date }));
}
