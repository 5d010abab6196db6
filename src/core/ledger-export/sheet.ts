import type { Lang, LocalizedText } from '../ledger/localized-text.ts';

/** A cell: one value, or several (one per line in a spreadsheet, joined with "; " in CSV). */
export type Cell = string | readonly string[];

export interface SheetColumn {
  readonly header: string;
  /** Width hint in characters. */
  readonly width: number;
}

/** A table laid out for auditors; writers (xlsx, csv) only format it. */
export interface Sheet {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A column of a table over elements of type T. */
export interface Column<T> {
  readonly header: LocalizedText;
  readonly width: number;
  readonly get: (element: T) => Cell;
}

export function sheet<T>(
  name: LocalizedText,
  columns: readonly Column<T>[],
  elements: readonly T[],
  lang: Lang,
): Sheet {
  return {
    name: name[lang],
    columns: columns.map((c) => ({ header: c.header[lang], width: c.width })),
    rows: elements.map((element) => columns.map((c) => c.get(element))),
  };
}

export function cellText(cell: Cell, separator: string): string {
  return typeof cell === 'string' ? cell : cell.join(separator);
}
