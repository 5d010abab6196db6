import type { ReactNode } from 'react';
import { issuesAt } from './issues.ts';

/** The attributes a control needs to be tied to its label, hint and the API's message. */
export interface ControlAria {
  readonly id: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
}

/** Where a field's message comes from: the refusal and the field's API path, or a message already picked. */
export type FieldMessage =
  | { readonly error: unknown; readonly field: string }
  | { readonly message: string | undefined; readonly field?: string };

/** The ids of a field's hint and error, for aria-describedby (empty when it has neither). */
export const describedBy = (id: string, hint: boolean, error: boolean) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');

/** A field's hint and the API's message, with the ids aria-describedby points at. */
export function FieldNotes(props: {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly message: string | undefined;
  readonly field?: string | undefined;
}) {
  return (
    <>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.message ? (
        <p
          className="field-error"
          id={`${props.id}-error`}
          data-testid={`${props.id}-error`}
          {...(props.field === undefined ? {} : { 'data-field': props.field })}
        >
          {props.message}
        </p>
      ) : null}
    </>
  );
}

/**
 * A labelled control with its hint and the API's message for its field (`field` or anything under it, e.g.
 * `auditors.0.userId`), shown between the label and the control and announced with it.
 */
export function Field(
  props: {
    readonly id: string;
    readonly label: string;
    readonly hint?: string;
    readonly children: (aria: ControlAria) => ReactNode;
  } & FieldMessage,
) {
  const message = 'error' in props ? issuesAt(props.error, props.field).join(' ') || undefined : props.message;
  const described = describedBy(props.id, Boolean(props.hint), Boolean(message));
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <FieldNotes id={props.id} hint={props.hint} message={message} field={props.field} />
      {props.children({
        id: props.id,
        ...(message ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
    </div>
  );
}
