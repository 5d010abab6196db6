import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { issuePathOf, type SplitIssues } from './form-issues.ts';

// Forms of the retention and contractor screens: a labelled control with the API's message at it, and a summary
// above the form whose entries link to the fields (focus moves there when a submission is refused).

export interface ControlAria {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
}

export function FormField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly message: string | undefined;
  readonly children: (aria: ControlAria) => ReactNode;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.message ? `${props.id}-error` : '']
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
      {props.message ? (
        <p className="field-error" id={`${props.id}-error`} data-testid={`${props.id}-error`}>
          {props.message}
        </p>
      ) : null}
      {props.children({
        id: props.id,
        'aria-invalid': props.message !== undefined,
        ...(described ? { 'aria-describedby': described } : {}),
      })}
    </div>
  );
}

/** The refusal of a form: what went wrong, each field's problem as a link to it, and problems no field shows. */
export function ErrorSummary({ error, split }: { readonly error: unknown; readonly split: SplitIssues }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== undefined) ref.current?.focus();
  }, [error]);
  if (error === undefined) return null;
  const title =
    error instanceof ApiError && error.status === 409
      ? t('retention.form.refused')
      : error instanceof ApiError && (error.status === 400 || error.status === 422)
        ? t('retention.form.problems')
        : t('retention.form.failed');
  const hasList = split.fields.length + split.rest.length > 0;
  return (
    <div className="rt-error-summary" role="alert" tabIndex={-1} ref={ref} data-testid="form-error-summary">
      <p className="error">{title}</p>
      {!hasList || split.fields.length === 0 ? <p>{error instanceof Error ? error.message : String(error)}</p> : null}
      {hasList ? (
        <ul>
          {split.fields.map((f) => (
            <li key={f.path}>
              <a href={`#${f.id}`}>{f.label}</a>: {f.message}
            </li>
          ))}
          {split.rest.map((issue) => (
            <li key={`${issuePathOf(issue)}-${issue.message}`}>
              {issuePathOf(issue) ? `${issuePathOf(issue)}: ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface Submit {
  readonly busy: boolean;
  readonly error: unknown;
  /** Sends the change; resolves with the API's answer, or undefined when it was refused (kept in `error`). */
  readonly send: <T>(method: string, path: string, body?: unknown) => Promise<T | undefined>;
  readonly clear: () => void;
}

/** One change through the API: busy while it runs, the refusal kept for the form to show. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const send = useCallback(async <T,>(method: string, path: string, body?: unknown): Promise<T | undefined> => {
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
  }, []);
  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, send, clear };
}
