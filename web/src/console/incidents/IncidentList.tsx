import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { hasRole, useSession } from '../session.tsx';
import { ClassificationBadges, ClockBadge, StatusBadge } from './badges.tsx';
import { nextDeadline } from './incident-clocks.ts';
import { applyFilters, type FILTER_NAMES, filtersFrom, listPath } from './incident-filters.ts';
import type { IncidentRecord } from './types.ts';
import { useOperators } from './use-operators.ts';

/** Incidents, newest discovery first, with their classification and next deadline; filters kept in the address. */
export function IncidentList() {
  const { t, dateTime, number } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const list = useApi<{ items: IncidentRecord[] }>(listPath(filters));
  // One "now" per answer, so the list and its badges agree.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer is a new moment
  const now = useMemo(() => new Date(), [list.data]);
  const items = applyFilters(list.data?.items ?? [], filters, now);
  const operatorName = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
  const setFilter = (name: (typeof FILTER_NAMES)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const select = (name: (typeof FILTER_NAMES)[number], label: MessageKey, options: [string, MessageKey][]) => (
    <div className="field">
      <label htmlFor={`inc-filter-${name}`}>{t(label)}</label>
      <select
        id={`inc-filter-${name}`}
        value={params.get(name) ?? ''}
        onChange={(e) => setFilter(name, e.target.value)}
      >
        <option value="">{t('requests.filter.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {t(text)}
          </option>
        ))}
      </select>
    </div>
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
          <div className="field">
            <label htmlFor="inc-filter-operator">{t('incidents.filter.operator')}</label>
            <select
              id="inc-filter-operator"
              value={params.get('operator') ?? ''}
              onChange={(e) => setFilter('operator', e.target.value)}
            >
              <option value="">{t('requests.filter.all')}</option>
              {operators.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </form>
      {list.error !== undefined ? (
        <p className="error" role="alert">
          {t('common.error', { message: list.error instanceof Error ? list.error.message : String(list.error) })}
        </p>
      ) : null}
      <p aria-live="polite" className="hint" data-testid="incident-count">
        {list.loading && list.data === undefined
          ? t('common.loading')
          : t('incidents.count', { count: number(items.length) })}
      </p>
      {items.length === 0 && !list.loading ? (
        <p className="card">{t('incidents.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="inc-table">
            <caption className="rq-sr-only">{t('incidents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incidents.col.title')}</th>
                <th scope="col">{t('incidents.col.classification')}</th>
                <th scope="col">{t('incidents.col.next')}</th>
                <th scope="col">{t('incidents.col.discovered')}</th>
                <th scope="col">{t('incidents.col.operator')}</th>
                <th scope="col">{t('incidents.col.status')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
