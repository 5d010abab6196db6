import { type MouseEvent, useEffect, useRef } from 'react';
import { errorText } from './ErrorAlert.tsx';
import { type FormFieldRef, issuePathOf, issuesOf, isUnder } from './issues.ts';

/** Each field's element id and label by API path, so the summary can name the field and link to it. */
export type FieldMap = Readonly<Record<string, { readonly id: string; readonly label: string }>>;

const refsOf = (fields: FieldMap | readonly FormFieldRef[]): readonly FormFieldRef[] =>
  Array.isArray(fields)
    ? (fields as readonly FormFieldRef[])
    : Object.entries(fields as FieldMap).map(([path, f]) => ({ path, id: f.id, label: f.label }));

/**
 * The refusal on top of a form: its title, the API's sentence when asked for, then every issue, linked to the field
 * that shows it (the most specific one; focused on click) or named by its path. Takes the focus when it appears, so
 * a screen reader hears it. The area gives the wording and the look (class, test id).
 */
export function IssueSummary(props: {
  readonly error: unknown;
  readonly fields: FieldMap | readonly FormFieldRef[];
  readonly title: string;
  /** Whether to show the API's own sentence under the title. */
  readonly showMessage: boolean;
  readonly className: string;
  readonly testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { error } = props;
  useEffect(() => {
    if (error !== undefined) box.current?.focus();
  }, [error]);
  if (error === undefined) return null;
  const refs = refsOf(props.fields);
  const fieldOf = (path: string) =>
    refs.filter((f) => isUnder(path, f.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const jump = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  const issues = issuesOf(error);
  return (
    <div ref={box} tabIndex={-1} className={props.className} role="alert" data-testid={props.testId}>
      <p className="error">{props.title}</p>
      {props.showMessage ? <p lang="en">{errorText(error)}</p> : null}
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => {
            const path = issuePathOf(issue);
            const target = fieldOf(path);
            return (
              <li key={`${path}-${issue.message}`}>
                {target ? (
                  <a href={`#${target.id}`} onClick={jump(target.id)}>
                    {target.label}
                  </a>
                ) : (
                  <code>{path}</code>
                )}
                {': '}
                <span lang="en">{issue.message}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** A refusal's title by HTTP status: forbidden, conflict, invalid input, or anything else. */
export function refusalTitle(
  error: unknown,
  titles: { readonly forbidden?: string; readonly conflict: string; readonly invalid: string; readonly failed: string },
): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  if (status === 403 && titles.forbidden !== undefined) return titles.forbidden;
  if (status === 409) return titles.conflict;
  if (status === 400 || status === 422) return titles.invalid;
  return titles.failed;
}
