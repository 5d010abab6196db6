import { japanDate } from '../core/japan-time.ts';
import type { NoticeRevision } from '../core/notice/index.ts';
import type { Store } from './ports.ts';

/**
 * The notice's revision history from stored ledger versions up to `upTo`: one entry per day (Japan time) on
 * which the ledger changed. Only dates are published; version comments are internal notes.
 */
export async function noticeRevisions(store: Store, upTo?: number): Promise<NoticeRevision[]> {
  const dates = new Set<string>();
  for (let offset = 0; ; offset += 500) {
    const page = await store.ledgerVersions.list({ limit: 500, offset });
    for (const version of page) {
      if (upTo === undefined || version.number <= upTo) dates.add(japanDate(version.createdAt));
    }
    if (page.length < 500) break;
  }
  return [...dates].sort().map((date) => ({ date }));
}
