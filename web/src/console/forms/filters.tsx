import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

/** A list's filters kept in the address, so a filtered list can be linked to and reloaded. */
export function useUrlFilter<N extends string>(options: { readonly replace?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const setFilter = (name: N, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, options.replace ? { replace: true } : undefined);
  };
  return { params, setFilter };
}

/** One labelled filter choice of a list; `allLabel` adds the empty "all" choice first. */
export function FilterSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string | number;
  readonly allLabel?: string;
  readonly options: readonly (readonly [string | number, string])[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.allLabel === undefined ? null : <option value="">{props.allLabel}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list's failed read as an alert, and how many rows it shows, announced as the filters change. */
export function ListStatus(props: {
  readonly error: unknown;
  readonly loading: boolean;
  readonly testId: string;
  readonly count: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {props.error !== undefined ? <ErrorAlert error={props.error} /> : null}
      <p aria-live="polite" className="hint" data-testid={props.testId}>
        {props.loading ? t('common.loading') : props.count}
      </p>
    </>
  );
}
