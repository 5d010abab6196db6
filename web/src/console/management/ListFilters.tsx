import { useI18n } from '../../shared/i18n.tsx';
import { FilterSelect, useUrlFilter } from '../forms/filters.tsx';
import { japanToday } from '../forms/japan-time.ts';
import type { OperatorChoice } from './use-operators.ts';
import { yearChoices, yearFrom } from './year-choice.ts';

export interface ListFilter {
  readonly year: number;
  /** The operator chosen, or undefined for all the user's operators. */
  readonly operator: string | undefined;
  readonly set: (name: 'year' | 'operator', value: string) => void;
}

/** The year and operator of a list, kept in the address so a list can be linked to and reloaded. */
export function useListFilter(): ListFilter {
  const { params, setFilter } = useUrlFilter<'year' | 'operator'>({ replace: true });
  const current = Number(japanToday(new Date()).slice(0, 4));
  return {
    year: yearFrom(params.get('year'), current),
    operator: params.get('operator') || undefined,
    set: setFilter,
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
      <FilterSelect
        id="mgmt-filter-year"
        label={t('mgmt.filter.year')}
        value={filter.year}
        options={yearChoices(current, filter.year).map((year) => [year, t('mgmt.filter.yearValue', { year })] as const)}
        onChange={(value) => filter.set('year', value)}
      />
      {withOperator && operators.length > 1 ? (
        <FilterSelect
          id="mgmt-filter-operator"
          label={t('mgmt.filter.operator')}
          value={filter.operator ?? ''}
          allLabel={t('mgmt.filter.all')}
          options={operators.map((o) => [o.id, o.name] as const)}
          onChange={(value) => filter.set('operator', value)}
        />
      ) : null}
    </form>
  );
}
