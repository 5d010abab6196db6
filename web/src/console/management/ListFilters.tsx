import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { japanToday, yearChoices, yearFrom } from './japan-date.ts';
import type { OperatorChoice } from './use-operators.ts';

export interface ListFilter {
  readonly year: number;
  /** The operator chosen, or undefined for all the user's operators. */
  readonly operator: string | undefined;
  readonly set: (name: 'year' | 'operator', value: string) => void;
}

/** The year and operator of a list, kept in the address so a list can be linked to and reloaded. */
export function useListFilter(): ListFilter {
  const [params, setParams] = useSearchParams();
  const current = Number(japanToday(new Date()).slice(0, 4));
  return {
    year: yearFrom(params.get('year'), current),
    operator: params.get('operator') || undefined,
    set: (name, value) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      setParams(next, { replace: true });
    },
  };
}

/** The year choice and, for users of several operators, the operator choice of a list. */
export function ListFilters({
  filter,
  operators,
  label,
  withOperator = true,
}: {
  readonly filter: ListFilter;
  readonly operators: readonly OperatorChoice[];
  readonly label: string;
  readonly withOperator?: boolean;
}) {
  const { t } = useI18n();
  const current = Number(japanToday(new Date()).slice(0, 4));
  return (
    <form className="mgmt-filters" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="mgmt-filter-year">{t('mgmt.filter.year')}</label>
        <select id="mgmt-filter-year" value={filter.year} onChange={(e) => filter.set('year', e.currentTarget.value)}>
          {yearChoices(current, filter.year).map((year) => (
            <option key={year} value={year}>
              {t('mgmt.filter.yearValue', { year })}
            </option>
          ))}
        </select>
      </div>
      {withOperator && operators.length > 1 ? (
        <div className="field">
          <label htmlFor="mgmt-filter-operator">{t('mgmt.filter.operator')}</label>
          <select
            id="mgmt-filter-operator"
            value={filter.operator ?? ''}
            onChange={(e) => filter.set('operator', e.currentTarget.value)}
          >
            <option value="">{t('mgmt.filter.all')}</option>
            {operators.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
