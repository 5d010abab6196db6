import { type MouseEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiIssue, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';

// Forms of the incidents and complaints screens: one call at a time, the API's refusal kept, each issue shown at
// its field (matched by path) and listed on top with a link to that field.

export interface Action {
  readonly busy: boolean;
  readonly error: unknown;
  /** Sends one change; the answer, or undefined when it was refused (the error is kept). */
  readonly run: <T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown) => Promise<T | undefined>;
  readonly clear: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async <T,>(method: 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await api<T>(method, path, body === undefined ? {} : { body });
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(undefined) };
}

const pathOf = (issue: ApiIssue) => (Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? ''));
const under = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/** The API's messages for one field (its path, or anything below it such as `facts.items.2`). */
export function issuesAt(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter((issue) => under(pathOf(issue), field)).map((issue) => issue.message);
}

/** A labelled control with its hint and the API's messages, linked by aria-describedby. */
export function Field(props: {
  readonly id: string;
  readonly label: string;
  readonly field: string;
  readonly error: unknown;
  readonly hint?: string;
  readonly children: (aria: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const messages = issuesAt(props.error, props.field);
  const describedBy = [props.hint ? `${props.id}-hint` : '', messages.length > 0 ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <p className="field-error" id={`${props.id}-error`} data-field={props.field}>
          {messages.join(' ')}
        </p>
      ) : null}
      {props.children({
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(messages.length > 0 ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

/** Each field's element id and label, so the summary can name the field and link to it. */
export type FieldMap = Readonly<Record<string, { readonly id: string; readonly label: string }>>;

/**
 * The refusal on top of a form: for a validation error every issue with a link to its field (focused on click),
 * otherwise the API's message. Takes the focus when it appears, so a screen reader hears it.
 */
export function ErrorSummary({ error, fields }: { readonly error: unknown; readonly fields: FieldMap }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== undefined) box.current?.focus();
  }, [error]);
  if (error === undefined) return null;
  const fieldOf = (path: string) => Object.keys(fields).find((field) => under(path, field));
  const issues = error instanceof ApiError ? error.issues : [];
  const jump = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={box} tabIndex={-1} className="error-summary inc-error-summary" role="alert" data-testid="form-error">
      <p className="error">
        {issues.length > 0
          ? t('incidents.form.problems', { count: issues.length })
          : t('common.error', { message: error instanceof Error ? error.message : String(error) })}
      </p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => {
            const path = pathOf(issue);
            const field = fieldOf(path);
            const target = field === undefined ? undefined : fields[field];
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
                {issue.message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** Checkboxes for a list of ids (systems, items), with the API's messages for the list under the legend. */
export function CheckGroup(props: {
  readonly id: string;
  readonly legend: string;
  readonly field: string;
  readonly error: unknown;
  readonly hint?: string;
  readonly choices: readonly { readonly value: string; readonly label: string; readonly extra?: ReactNode }[];
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
}) {
  const messages = issuesAt(props.error, props.field);
  const describedBy = [props.hint ? `${props.id}-hint` : '', messages.length > 0 ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <fieldset className="inc-checks" id={props.id} tabIndex={-1} aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <p className="field-error" id={`${props.id}-error`} data-field={props.field}>
          {messages.join(' ')}
        </p>
      ) : null}
      <div className="inc-check-grid">
        {props.choices.map((choice) => (
          <div key={choice.value} className="rq-check">
            <input
              type="checkbox"
              id={`${props.id}-${choice.value}`}
              checked={props.selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
            />
            <label htmlFor={`${props.id}-${choice.value}`}>
              {choice.label} {choice.extra}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox with its label beside it. */
export function Check(props: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string;
  readonly disabled?: boolean;
}) {
  return (
    <div className="rq-check">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>
        {props.label}
        {props.hint ? <span className="hint inc-check-hint"> {props.hint}</span> : null}
      </label>
    </div>
  );
}
