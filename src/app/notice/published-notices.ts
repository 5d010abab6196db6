import type { Store } from '../ports.ts';

/** A version of the notice the privacy center showed or shows, and since when. */
export interface PublishedNotice {
  readonly ledgerVersion: number;
  readonly publishedAt: Date;
  /** False for versions shown before anything was published, while the notice followed the ledger. */
  readonly explicit: boolean;
}

/**
 * Every version of the notice that was public, oldest first. Until the first publication the notice follows the
 * ledger (each stored version was public from its import); publishing pins it, and later ledger versions are
 * drafts until published.
 */
export async function publishedNotices(store: Store): Promise<PublishedNotice[]> {
  const publications = await store.noticePublications.list();
  const first = publications[0];
  const followed: PublishedNotice[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.ledgerVersions.list({ limit: 500, offset });
    for (const version of page) {
      if (first === undefined || version.createdAt < first.publishedAt) {
        followed.push({ ledgerVersion: version.number, publishedAt: version.createdAt, explicit: false });
      }
    }
    if (page.length < 500) break;
  }
  const pinned = new Set(publications.map((p) => p.ledgerVersion));
  const entries = [
    ...followed.sort((a, b) => a.ledgerVersion - b.ledgerVersion),
    ...publications.map((p) => ({ ledgerVersion: p.ledgerVersion, publishedAt: p.publishedAt, explicit: true })),
  ];
  // Pinning the version already shown changes nothing public: it keeps the date it was first shown.
  const out: PublishedNotice[] = [];
  for (const entry of entries) {
    const last = out.at(-1);
    if (last !== undefined && last.ledgerVersion === entry.ledgerVersion) {
      out[out.length - 1] = { ...last, explicit: true };
      continue;
    }
    out.push({ ...entry, explicit: entry.explicit || pinned.has(entry.ledgerVersion) });
  }
  return out;
}

/** The ledger version the privacy center shows now: the newest publication, else the newest ledger version. */
export async function currentNoticeVersion(store: Store): Promise<number | undefined> {
  const publications = await store.noticePublications.list();
  const last = publications.at(-1);
  return last === undefined ? store.ledgerVersions.latestNumber() : last.ledgerVersion;
}
