import type { ReactNode } from 'react';
import { describedBy, FieldNotes } from './Field.tsx';
import { issuesAt } from './issues.ts';

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
  const message = issuesAt(props.error, props.field).join(' ') || undefined;
  const described = describedBy(props.id, Boolean(props.hint), Boolean(message));
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <fieldset className="inc-checks" id={props.id} tabIndex={-1} aria-describedby={described || undefined}>
      <legend>{props.legend}</legend>
      <FieldNotes id={props.id} hint={props.hint} message={message} field={props.field} />
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
