import type { ReactNode } from 'react';
import { IssueLine } from './issue-text.tsx';
import type { FieldIssue } from './ledger-edit.ts';
import type { Text } from './ledger-types.ts';

/** What a field needs to show its problems: the issues at it and how to word them. */
export interface FieldProblems {
  readonly at: (field: string) => readonly FieldIssue[];
  readonly word: (issue: FieldIssue) => string;
}

/** The problems of one field, with an id the field points to (aria-describedby). */
export function FieldErrors({
  id,
  issues,
  problems,
}: {
  readonly id: string;
  readonly issues: readonly FieldIssue[];
  readonly problems: FieldProblems;
}) {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="field-errors">
      {issues.map((issue) => (
        <p key={`${issue.path}:${issue.code ?? ''}:${issue.message}`}>
          <IssueLine issue={issue} text={problems.word(issue)} />
        </p>
      ))}
    </div>
  );
}

/** A text field (input or textarea) labelled and linked to its errors and hint. */
export function TextField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly field: string;
  readonly problems: FieldProblems;
  readonly multiline?: boolean;
  readonly hint?: string;
  readonly lang?: 'ja' | 'en';
  readonly readOnly?: boolean;
}) {
  const issues = props.problems.at(props.field);
  const describedBy = [props.hint ? `${props.id}-hint` : '', issues.length > 0 ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: props.id,
    value: props.value,
    lang: props.lang,
    readOnly: props.readOnly,
    'aria-invalid': issues.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldErrors id={`${props.id}-error`} issues={issues} problems={props.problems} />
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
    </div>
  );
}

/** Japanese and English of one text, side by side on wide screens. */
export function TextPairField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: Text;
  readonly onChange: (value: Text) => void;
  readonly field: string;
  readonly problems: FieldProblems;
  readonly labels: { readonly ja: string; readonly en: string };
  readonly multiline?: boolean;
  readonly hint?: string;
}) {
  const whole = props.problems.at(props.field);
  return (
    <fieldset className="text-pair" aria-describedby={whole.length > 0 ? `${props.id}-error` : undefined}>
      <legend>{props.label}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <FieldErrors id={`${props.id}-error`} issues={whole} problems={props.problems} />
      <div className="text-pair-fields">
        {(['ja', 'en'] as const).map((lang) => (
          <TextField
            key={lang}
            id={`${props.id}-${lang}`}
            label={props.labels[lang]}
            lang={lang}
            value={props.value[lang]}
            onChange={(v) => props.onChange({ ...props.value, [lang]: v })}
            field={`${props.field}.${lang}`}
            problems={props.problems}
            {...(props.multiline ? { multiline: true } : {})}
          />
        ))}
      </div>
    </fieldset>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly extra?: ReactNode;
}

/**
 * A set of checkboxes for a list of ids. A problem at `field[i]` (e.g. `items[2]`) is shown beside the checkbox of
 * the i-th selected value as well as under the legend.
 */
export function ChoiceList(props: {
  readonly id: string;
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
  readonly field: string;
  readonly problems: FieldProblems;
  readonly hint?: string;
  readonly compact?: boolean;
}) {
  const issues = props.problems.at(props.field);
  const atValue = (value: string) =>
    issues.filter((issue) => issue.index !== undefined && props.selected[issue.index] === value);
  const general = issues.filter((issue) => issue.index === undefined);
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  const describedBy = [props.hint ? `${props.id}-hint` : '', general.length > 0 ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`choices${props.compact ? ' compact' : ''}`}
      id={props.id}
      aria-describedby={describedBy || undefined}
      tabIndex={-1}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldErrors id={`${props.id}-error`} issues={general} problems={props.problems} />
      <div className="choice-grid">
        {props.choices.map((choice) => {
          const id = `${props.id}-${choice.value}`;
          const mine = atValue(choice.value);
          return (
            <div key={choice.value} className={`choice${mine.length > 0 ? ' invalid' : ''}`}>
              <input
                type="checkbox"
                id={id}
                checked={props.selected.includes(choice.value)}
                onChange={(e) => toggle(choice.value, e.target.checked)}
                aria-invalid={mine.length > 0 ? true : undefined}
                aria-describedby={mine.length > 0 ? `${id}-error` : undefined}
              />
              <label htmlFor={id}>
                {choice.label} {choice.extra}
              </label>
              <FieldErrors id={`${id}-error`} issues={mine} problems={props.problems} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
