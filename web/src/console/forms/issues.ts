// Shared by every console form (incidents, complaints, retention, contractors, management).
// Read by shape rather than through ApiError (shared/api.ts), so the helpers run under Node's tests without the DOM.

/** One problem the API names (shared/api.ts `ApiIssue`). */
export interface ApiIssue {
  readonly path: readonly (string | number)[] | string;
  readonly message: string;
  readonly code?: string;
}

/** The API sends an issue's path as one dotted string (error-body.ts); arrays are read the same way. */
export function issuePathOf(issue: ApiIssue): string {
  const path: unknown = issue.path;
  return Array.isArray(path) ? path.join('.') : String(path ?? '');
}

/** A form field as the error summary links to it: the API path it answers for, the control's id and its label. */
export interface FormFieldRef {
  readonly path: string;
  readonly id: string;
  readonly label: string;
}

export interface SplitIssues {
  /** Fields with a problem, in the form's order, each with the API's first message for it. */
  readonly fields: readonly (FormFieldRef & { readonly message: string })[];
  /** Problems no field shows (listed in the summary only). */
  readonly rest: readonly ApiIssue[];
}

/** Whether an issue at `path` belongs to `field`: the field itself or anything below it (`facts.items.2`). */
export const isUnder = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/** The API's messages for one field (its path, or anything below it). */
export function issuesAt(error: unknown, field: string): string[] {
  return issuesOf(error)
    .filter((issue) => isUnder(issuePathOf(issue), field))
    .map((issue) => issue.message);
}

/**
 * The issues of a refused form split between its fields (an issue at `scope.system` belongs to the field
 * `scope.system`, one at `certificate.content` to `certificate`) and the rest; the most specific field wins.
 */
export function splitIssues(error: unknown, fields: readonly FormFieldRef[]): SplitIssues {
  const issues = issuesOf(error);
  const claimed = new Map<string, string>();
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const path = issuePathOf(issue);
    const field = fields.filter((f) => isUnder(path, f.path)).sort((a, b) => b.path.length - a.path.length)[0];
    if (field === undefined) rest.push(issue);
    else if (!claimed.has(field.path)) claimed.set(field.path, issue.message);
  }
  return {
    fields: fields.flatMap((f) => {
      const message = claimed.get(f.path);
      return message === undefined ? [] : [{ ...f, message }];
    }),
    rest,
  };
}

/** The API's message for one field (undefined when it has none). */
export function messageAt(split: SplitIssues, path: string): string | undefined {
  return split.fields.find((f) => f.path === path)?.message;
}

/** The issues of a refusal (an ApiError carries them; anything else has none). */
export function issuesOf(error: unknown): readonly ApiIssue[] {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return [];
  const issues = (error as { issues: unknown }).issues;
  return Array.isArray(issues) ? (issues as ApiIssue[]) : [];
}
