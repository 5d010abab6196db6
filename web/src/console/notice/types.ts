/** `GET /api/v1/notice/status` (src/http/routes/notice-publication-routes.ts). */
export interface Publication {
  readonly ledgerVersion: number;
  readonly publishedAt: string;
  readonly explicit: boolean;
  readonly publishedBy?: string;
  readonly comment?: string;
}

export interface NoticeStatus {
  readonly ledgerVersion: number | null;
  readonly published: Publication | null;
  readonly followsLedger: boolean;
  readonly upToDate: boolean;
  readonly publications: readonly Publication[];
}

/** `GET /api/v1/ledger/diff`. */
export interface LedgerDiff {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly {
    readonly kind: string;
    readonly section: string;
    readonly id: string;
    readonly severity: 'expands-use' | 'restricts-use' | 'neutral';
    readonly sentence: string;
  }[];
}
