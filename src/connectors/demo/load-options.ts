export interface LoadOptions {
  /** Drop existing demo tables first; without it a database that has them is left alone. */
  readonly replace: boolean;
  readonly log?: (line: string) => void;
}

/** Rows per table and where the time went. */
export interface DemoLoad {
  readonly rows: Readonly<Record<string, number>>;
  /** Generating and loading the rows. */
  readonly loadSeconds: number;
  /** Keys, indexes, foreign keys and statistics afterwards. */
  readonly indexSeconds: number;
}
