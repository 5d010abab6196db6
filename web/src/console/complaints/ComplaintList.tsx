import { Link, NavLink } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { FilterSelect, ListStatus, useUrlFilter } from '../forms/filters.tsx';
import { IncTable } from '../incidents/IncTable.tsx';
import { useOperators } from '../incidents/use-operators.ts';
import { hasRole, useSession } from '../session.tsx';
import { ComplaintStatusBadge } from './ComplaintBadges.tsx';
import { applyFilters, type FILTER_NAMES, filtersFrom, listPath, STATUS_FILTERS } from './complaint-filters.ts';
import { CHANNEL_VALUES, type ComplaintRecord, KIND_VALUES } from './types.ts';

/** The desk's two views: the cases, and the counts for the management review. */
export function ComplaintTabs() {
  const { t } = useI18n();
  return (
    <nav className="inc-tabs" aria-label={t('complaints.tabs')}>
      <NavLink to="/complaints" end>
        {t('complaints.list')}
      </NavLink>
      <NavLink to="/complaints/counts">{t('complaints.counts.title')}</NavLink>
    </nav>
  );
}

/** Complaints and consultations, newest first, with their response deadline; filters kept in the address. */
export function ComplaintList() {
  const { t, date, dateTime, number } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const { params, setFilter } = useUrlFilter<(typeof FILTER_NAMES)[number]>();
  const filters = filtersFrom(params);
  const list = useApi<{ items: ComplaintRecord[] }>(listPath(filters));
  const items = applyFilters(list.data?.items ?? [], filters);
  const operatorName = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
  const select = (name: (typeof FILTER_NAMES)[number], options: readonly [string, string][]) => (
    <FilterSelect
      id={`cmp-filter-${name}`}
      label={t(`complaints.filter.${name}` as MessageKey)}
      value={params.get(name) ?? ''}
      allLabel={t('requests.filter.all')}
      options={options}
      onChange={(value) => setFilter(name, value)}
    />
  );
  return (
    <>
      <div className="inc-head">
        <h1>{t('complaints.title')}</h1>
        {hasRole(me, 'administrator', 'privacy-staff', 'request-handler') ? (
          <Link className="button" to="/complaints/new">
            {t('complaints.new')}
          </Link>
        ) : null}
      </div>
      <ComplaintTabs />
      <form className="rq-filters" aria-label={t('complaints.filters')} onSubmit={(e) => e.preventDefault()}>
        {select(
          'status',
          STATUS_FILTERS.map((s) => [s, t(`complaints.status.${s}` as MessageKey)]),
        )}
        {select(
          'kind',
          KIND_VALUES.map((k) => [k, t(`complaints.kind.${k}` as MessageKey)]),
        )}
        {select(
          'channel',
          CHANNEL_VALUES.map((c) => [c, t(`complaints.channel.${c}` as MessageKey)]),
        )}
        {operators.length > 1
          ? select(
              'operator',
              operators.map((o) => [o.id, o.name]),
            )
          : null}
      </form>
      <ListStatus
        error={list.error}
        loading={list.loading && list.data === undefined}
        testId="complaint-count"
        count={t('complaints.count', { count: number(items.length) })}
      />
      {items.length === 0 && !list.loading ? (
        <p className="card">{t('complaints.empty')}</p>
      ) : (
        <IncTable
          caption={t('complaints.caption')}
          columns={[
            t('complaints.col.summary'),
            t('complaints.col.kind'),
            t('complaints.col.received'),
            t('complaints.col.respondBy'),
            t('complaints.col.status'),
            t('complaints.col.operator'),
          ]}
        >
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="inc-wrap">
                <Link to={`/complaints/${c.id}`}>
                  {c.summary.length > 80 ? `${c.summary.slice(0, 80)}…` : c.summary}
                </Link>
              </th>
              <td>
                {t(`complaints.kind.${c.kind}` as MessageKey)} · {t(`complaints.channel.${c.channel}` as MessageKey)}
              </td>
              <td>{dateTime(c.receivedAt)}</td>
              <td>{date(c.respondBy)}</td>
              <td>
                <ComplaintStatusBadge status={c.status} />
              </td>
              <td>{operatorName(c.operator)}</td>
            </tr>
          ))}
        </IncTable>
      )}
    </>
  );
}
