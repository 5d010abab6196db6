import { Field, type FieldMessage } from './Field.tsx';

/** What every field of a form names: its control's id, label, optional hint, and where its message comes from. */
export type FieldProps = {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
} & FieldMessage;

/** A labelled one-line input (text, date, number, e-mail) with the API's message at it. */
export function InputField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly type?: 'text' | 'date' | 'number' | 'email' | 'datetime-local';
    readonly min?: number;
    readonly max?: number;
    readonly maxLength?: number;
    readonly autoComplete?: string;
  },
) {
  const { value, onChange, type, min, max, maxLength, autoComplete, ...field } = props;
  return (
    <Field {...field}>
      {(aria) => (
        <input
          {...aria}
          {...(type === undefined ? {} : { type })}
          {...(min === undefined ? {} : { min })}
          {...(max === undefined ? {} : { max })}
          {...(maxLength === undefined ? {} : { maxLength })}
          {...(autoComplete === undefined ? {} : { autoComplete })}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A labelled choice; `empty` adds a first choice with no value (e.g. "choose"). */
export function SelectField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly options: readonly (readonly [string, string])[];
    readonly empty?: string;
  },
) {
  const { value, onChange, options, empty, ...field } = props;
  return (
    <Field {...field}>
      {(aria) => (
        <select {...aria} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {empty === undefined ? null : <option value="">{empty}</option>}
          {options.map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A labelled text area. */
export function TextAreaField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly rows?: number;
    readonly maxLength?: number;
  },
) {
  const { value, onChange, rows, maxLength, ...field } = props;
  return (
    <Field {...field}>
      {(aria) => (
        <textarea
          {...aria}
          {...(rows === undefined ? {} : { rows })}
          {...(maxLength === undefined ? {} : { maxLength })}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** The form's submit button in its row, disabled while the change is on its way. */
export function SubmitRow(props: { readonly busy: boolean; readonly label: string; readonly paragraph?: boolean }) {
  const button = (
    <button type="submit" disabled={props.busy}>
      {props.label}
    </button>
  );
  return props.paragraph ? <p className="actions">{button}</p> : <div className="actions">{button}</div>;
}
