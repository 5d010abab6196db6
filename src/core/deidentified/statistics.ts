import type { CellValue, DatasetRow } from '../dataset/dataset-rows.ts';
import { type Generalise, generaliseValue } from './generalise.ts';

/** A dimension of a statistical table: a column, optionally generalised first. */
export interface Dimension {
  readonly column: string;
  readonly generalise?: Generalise;
}

/** One cell: the dimension values and how many distinct people; `count` null when suppressed. */
export interface StatisticsCell {
  readonly values: readonly CellValue[];
  readonly count: number | null;
  readonly suppressed: boolean;
}

export interface StatisticsTable {
  readonly dimensions: readonly string[];
  readonly minimumCount: number;
  readonly cells: readonly StatisticsCell[];
  /** People in the published cells (suppressed cells are not added, so their size cannot be derived). */
  readonly publishedTotal: number;
  readonly suppressedCells: number;
}

/** Counts distinct people per combination of dimension values, over any number of row batches. */
export class PeopleCounter {
  readonly #dimensions: readonly Dimension[];
  readonly #cells = new Map<string, { values: CellValue[]; people: Set<string> }>();

  constructor(dimensions: readonly Dimension[]) {
    this.#dimensions = dimensions;
  }

  add(rows: readonly DatasetRow[], personOf: (row: DatasetRow) => string): void {
    for (const row of rows) {
      const values = this.#dimensions.map((d) => {
        const value = row[d.column] ?? null;
        return d.generalise === undefined ? value : generaliseValue(value, d.generalise);
      });
      const key = JSON.stringify(values);
      let cell = this.#cells.get(key);
      if (cell === undefined) {
        cell = { values, people: new Set() };
        this.#cells.set(key, cell);
      }
      cell.people.add(personOf(row));
    }
  }

  /**
   * The table with small-cell suppression: a cell of fewer than `minimumCount` people (but at least one) is
   * published without its count. Cells are sorted by their values.
   */
  table(minimumCount: number): StatisticsTable {
    const cells = [...this.#cells.values()]
      .map((c) => {
        const n = c.people.size;
        const suppressed = n < minimumCount;
        return { values: c.values, count: suppressed ? null : n, suppressed };
      })
      .sort((a, b) => JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)));
    return {
      dimensions: this.#dimensions.map((d) => d.column),
      minimumCount,
      cells,
      publishedTotal: cells.reduce((sum, c) => sum + (c.count ?? 0), 0),
      suppressedCells: cells.filter((c) => c.suppressed).length,
    };
  }
}
