import { useMemo } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { FilterSelect, ListStatus, useUrlFilter } from '../forms/filters.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ClassificationBadges, ClockBadge, StatusBadge } from './badges.tsx';
import { IncTable } from './IncTable.tsx';
import { nextDeadline } from './incident-clocks.ts';
import { applyFilters, type FILTER_NAMES, filtersFrom, listPath } from './incident-filters.ts';
import type { IncidentRecord } from './types.ts';
import { useOperators } from './use-operators.ts';

/** Incidents, newest discovery first, with their classification and next deadline; filters kept in the address. */
export function IncidentList() {
  const { t, dateTime, number } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const { params, setFilter } = useUrlFilter<(typeof FILTER_NAMES)[number]>();
  const filters = filtersFrom(params);
  const list = useApi<{ items: IncidentRecord[] }>(listPath(filters));
  // One "now" per answer, so the list and its badges agree.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is a new moment
  const now = useMemo(() => new Date(), [list.data]);
  const items = applyFilters(list.data?.items ?? [], filters, now);
  const operatorName = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
  const select = (name: (typeof FILTER_NAMES)[number], label: MessageKey, options: [string, MessageKey][]) => (
    <FilterSelect
      id={`inc-filter-${name}`}
      label={t(label)}
      value={params.get(name) ?? ''}
      allLabel={t('requests.filter.all')}
      options={options.map(([value, text]) => [value, t(text)] as const)}
      onChange={(value) => setFilter(name, value)}
    />
  );

  return (
    <>
      <div className="inc-head">
        <h1>{t('incidents.title')}</h1>
        {hasRole(me, 'administrator', 'privacy-staff') ? (
          <Link className="button" to="/incidents/new">
            {t('incidents.new')}
          </Link>
        ) : null}
      </div>
      <p className="hint">
        {t('incidents.intro')} <Link to="/incidents/rules">{t('incidents.rules.title')}</Link>
      </p>
      <form className="rq-filters" aria-label={t('incidents.filters')} onSubmit={(e) => e.preventDefault()}>
        {select('status', 'incidents.filter.status', [
          ['open', 'incidents.status.open'],
          ['closed', 'incidents.status.closed'],
        ])}
        {select('reportable', 'incidents.filter.reportable', [
          ['yes', 'incidents.class.reportable'],
          ['no', 'incidents.class.notReportable'],
        ])}
        {select('overdue', 'incidents.filter.deadline', [['1', 'incidents.filter.overdue']])}
        {operators.length > 1 ? (
          <FilterSelect
            id="inc-filter-operator"
            label={t('incidents.filter.operator')}
            value={params.get('operator') ?? ''}
            allLabel={t('requests.filter.all')}
            options={operators.map((o) => [o.id, o.name] as const)}
            onChange={(value) => setFilter('operator', value)}
          />
        ) : null}
      </form>
      <ListStatus
        error={list.error}
        loading={list.loading && list.data === undefined}
        testId="incident-count"
        count={t('incidents.count', { count: number(items.length) })}
      />
      {items.length === 0 && !list.loading ? (
        <p className="card">{t('incidents.empty')}</p>
      ) : (
        <IncTable
          caption={t('incidents.caption')}
          columns={[
            t('incidents.col.title'),
            t('incidents.col.classification'),
            t('incidents.col.next'),
            t('incidents.col.discovered'),
            t('incidents.col.operator'),
            t('incidents.col.status'),
          ]}
        >
          {items.map((incident) => {
            const next = nextDeadline(incident, now);
            return (
              <tr key={incident.id}>
                <th scope="row">
                  <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
                </th>
                <td>
                  <ClassificationBadges incident={incident} />
                </td>
                <td>
                  {next ? (
                    <>
                      {t(`incidents.clock.${next.kind}` as MessageKey)}: {dateTime(next.due)}{' '}
                      <ClockBadge clock={next} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{dateTime(incident.facts.discoveredAt)}</td>
                <td>{operatorName(incident.operator)}</td>
                <td>
                  <StatusBadge status={incident.status} />
                </td>
              </tr>
            );
          })}
        </IncTable>
      )}
    </>
  );
}
