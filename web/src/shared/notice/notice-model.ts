/** The notice model as `GET /privacy/notice?format=json` sends it (src/core/notice/notice-model.ts): plain text only. */
export interface NoticeListItem {
  readonly text: string;
  readonly items?: readonly string[];
}

export interface NoticeField {
  readonly label: string;
  readonly value: readonly string[];
}

export type NoticeBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'signature'; readonly lines: readonly string[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly NoticeListItem[] }
  | { readonly kind: 'fields'; readonly caption?: string; readonly fields: readonly NoticeField[] }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly headers: readonly string[];
      readonly rows: readonly (readonly (readonly string[])[])[];
    };

export interface NoticeSection {
  readonly id: string;
  readonly number?: string;
  readonly heading: string;
  readonly blocks: readonly NoticeBlock[];
  readonly subsections: readonly NoticeSection[];
}

export interface NoticeModel {
  readonly lang: 'ja' | 'en';
  readonly langTag: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly tableOfContents: string;
  readonly sections: readonly NoticeSection[];
}

/** One published version, as `GET /privacy/notice/versions` lists them (newest first). */
export interface NoticeVersion {
  readonly ledgerVersion: number;
  readonly publishedAt: string;
}
