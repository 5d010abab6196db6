import type { MouseEvent, ReactNode } from 'react';
import { ApiError } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { fieldIssue, issuePath } from '../requests/use-step.tsx';

/** The attributes a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled control with the API's message for its field (`field` or anything under it, e.g. `auditors.0.userId`)
 * shown between the label and the control and announced with it.
 */
export function Field(props: {
  readonly id: string;
  readonly label: string;
  readonly field: string;
  readonly error: unknown;
  readonly hint?: string;
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const problem = fieldIssue(props.error, props.field);
  const describedBy = [props.hint ? `${props.id}-hint` : '', problem ? `${props.id}-error` : '']
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
      {problem ? (
        <p className="field-error" id={`${props.id}-error`} data-testid={`${props.id}-error`}>
          {problem}
        </p>
      ) : null}
      {props.children({
        id: props.id,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}

/**
 * The API's refusal on top of a form: its sentence, then each problem, linked to the field it belongs to (the
 * field shows it too); problems of no field on the form are listed as the API words them.
 */
export function ProblemSummary({
  error,
  fields,
}: {
  readonly error: unknown;
  /** The form's fields by API path: the control's id and its label. */
  readonly fields: Readonly<Record<string, { readonly id: string; readonly label: string }>>;
}) {
  const { t } = useI18n();
  if (error === undefined) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  const fieldOf = (path: string) => Object.keys(fields).find((field) => path === field || path.startsWith(`${field}.`));
  const focus = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  const title =
    error instanceof ApiError && error.status === 403
      ? t('mgmt.error.forbidden')
      : error instanceof ApiError && error.status === 409
        ? t('mgmt.error.conflict')
        : error instanceof ApiError && error.status === 400
          ? t('mgmt.error.invalid')
          : t('mgmt.error.failed');
  return (
    <div className="mgmt-problems" role="alert" data-testid="form-problems">
      <p className="error">{title}</p>
      <p lang="en">{error instanceof Error ? error.message : String(error)}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => {
            const path = issuePath(issue);
            const field = fieldOf(path);
            const target = field === undefined ? undefined : fields[field];
            return (
              <li key={`${path}-${issue.message}`}>
                {target ? (
                  <a href={`#${target.id}`} onClick={focus(target.id)}>
                    {target.label}
                  </a>
                ) : (
                  path
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

/** A failed read, as an alert with the API's words. */
export function LoadError({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  if (error === undefined) return null;
  return (
    <p className="error" role="alert">
      {error instanceof ApiError && error.status === 403
        ? t('mgmt.error.forbiddenRead')
        : t('common.error', { message: error instanceof Error ? error.message : String(error) })}
    </p>
  );
}

/**
 * A file choice whose button speaks the page's language (the browser's own control speaks the browser's): the
 * input stays the labelled, focusable control, the visible button is its second label.
 */
export function FileChoice(props: {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  readonly file: File | undefined;
  readonly onFile: (file: File | undefined) => void;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="pc-file-input rq-sr-only"
        type="file"
        accept={props.accept}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(e) => {
          props.onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <label htmlFor={props.id} className="button secondary pc-file-button" aria-hidden="true">
        {t('mgmt.file.choose')}
      </label>{' '}
      <span className="hint">{props.file ? props.file.name : t('mgmt.file.none')}</span>
    </div>
  );
}
