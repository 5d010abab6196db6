import type { FieldIssue } from '../core/app-error.ts';

/** `file:line:col  path  message [code]`, one line per issue, the way compilers report. */
export function formatIssues(issues: readonly FieldIssue[]): string {
  return issues
    .map((issue) => {
      const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
      const path = issue.path === '' ? '' : `  ${issue.path}`;
      return `${where}${path}  ${issue.message}${issue.code ? ` [${issue.code}]` : ''}`;
    })
    .join('\n');
}
