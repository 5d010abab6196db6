import type { Lang } from '../ledger/localized-text.ts';

/** A bulleted or numbered entry; `items` nests one level (identity documents per agent kind). */
export interface ListItem {
  readonly text: string;
  readonly items?: readonly string[];
}

/** A label/value pair (名称 / 所在地 / 代表者): renders as a two-column table with row headers. */
export interface Field {
  readonly label: string;
  readonly value: readonly string[];
}

/** Content of a section: every string is plain text in the notice's language, escaped only by renderers. */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  /** Dates and the signatory under the policy statement, set apart (right-aligned in print). */
  | { readonly kind: 'signature'; readonly lines: readonly string[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'fields'; readonly caption?: string; readonly fields: readonly Field[] }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly headers: readonly string[];
      /** Each cell may hold several lines. */
      readonly rows: readonly (readonly (readonly string[])[])[];
    };

export interface NoticeSection {
  readonly id: string;
  /** Set on top-level sections ("1", "2", ...), in reading order. */
  readonly number?: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
  readonly subsections: readonly NoticeSection[];
}

/** The published notice, computed from the ledger, in one language; renderers only lay it out. */
export interface NoticeModel {
  readonly lang: Lang;
  /** BCP 47 tag for the document (`ja-JP`, `en`). */
  readonly langTag: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly ledgerId: string;
  /** Operators the notice speaks for (all, or the one asked for). */
  readonly operatorIds: readonly string[];
  /** Names of those operators, for document metadata (PDF Author). */
  readonly publisher: string;
  readonly tableOfContents: string;
  readonly sections: readonly NoticeSection[];
}
