/** One bad row of an imported CSV as the API reports it: its line, the column (if one), the reason. */
export interface CsvRowProblem {
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly message: string;
}

/** An issue as the API sends it (paths are dotted strings; the web's ApiIssue types them as arrays too). */
export interface CsvIssue {
  readonly path: string | readonly (string | number)[];
  readonly message: string;
  readonly line?: number;
}

const COLUMNS: Readonly<Record<string, string>> = {
  staffId: 'staff_id',
  completedOn: 'completed_on',
  score: 'score',
  email: 'email',
};

/**
 * The API's issues of a completions import (`line 3.completedOn`, `header`, with `line`) as rows to list: the
 * file's column names rather than the JSON field names, by line.
 */
export function csvRowProblems(issues: readonly CsvIssue[]): CsvRowProblem[] {
  return issues
    .map((issue) => {
      const path = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path);
      const match = /^line (\d+)(?:\.(\w*))?$/.exec(path);
      const line = issue.line ?? (match?.[1] === undefined ? (path === 'header' ? 1 : undefined) : Number(match[1]));
      const field = match?.[2] || undefined;
      return { line, column: field === undefined ? undefined : (COLUMNS[field] ?? field), message: issue.message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The API's issues of a roster assignment (`staff.3.email`) as rows to list: the line of the pasted text or file
 * the entry came from, the column as the roster names it.
 */
export function rosterProblems(
  issues: readonly CsvIssue[],
  lines: readonly { readonly line: number }[],
): CsvRowProblem[] {
  return issues
    .map((issue) => {
      const path = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path);
      const match = /^(?:staff|staffIds)\.(\d+)(?:\.(\w+))?$/.exec(path);
      const line = match?.[1] === undefined ? undefined : lines[Number(match[1])]?.line;
      const field = match?.[2] ?? (path.startsWith('staffIds.') ? 'staffId' : undefined);
      return { line, column: field === undefined ? undefined : (COLUMNS[field] ?? field), message: issue.message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
