import type { Lang } from '../ledger/localized-text.ts';

/** A stored ledger version shown in the revision history (date, and the comment it was saved with). */
export interface NoticeRevision {
  readonly date: string;
  readonly comment?: string;
}

export interface BuildNoticeOptions {
  readonly lang: Lang;
  /** Only this operator of a group; all operators when absent. */
  readonly operatorId?: string;
  /** Revisions from stored ledger versions, in addition to the ledger's own `notice.revisions`. */
  readonly revisions?: readonly NoticeRevision[];
}
