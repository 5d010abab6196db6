import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ErrorAlert } from '../forms/ErrorAlert.tsx';
import { FilterSelect, useUrlFilter } from '../forms/filters.tsx';
import { japanDayStart } from '../forms/japan-time.ts';
import { IncTable } from '../incidents/IncTable.tsx';
import { ComplaintTabs } from './ComplaintList.tsx';
import { periodTotals } from './complaint-filters.ts';
import { type ComplaintCount, PERIOD_VALUES, type Period } from './types.ts';

/** Counts per period (and kind and channel) for the management review; period and range kept in the address. */
export function ComplaintCounts() {
  const { t, number } = useI18n();
  const { params, setFilter: set } = useUrlFilter<'period' | 'from' | 'to'>();
  const period: Period = PERIOD_VALUES.find((p) => p === params.get('period')) ?? 'month';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const query = new URLSearchParams({ period });
  // Dates are Japanese days: from the start of `from` to the end of `to`.
  const start = japanDayStart(from);
  const end = japanDayStart(to, 1);
  if (start) query.set('from', start);
  if (end) query.set('to', end);
  const counts = useApi<{ period: Period; rows: ComplaintCount[] }>(`/api/v1/complaint-counts?${query}`);
  const rows = counts.data?.rows ?? [];
  const totals = periodTotals(rows);
  return (
    <>
      <h1>{t('complaints.title')}</h1>
      <ComplaintTabs />
      <p className="hint">{t('complaints.counts.intro')}</p>
      <form className="rq-filters" aria-label={t('complaints.counts.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="cnt-period"
          label={t('complaints.counts.period')}
          value={period}
          options={PERIOD_VALUES.map((p) => [p, t(`complaints.period.${p}` as MessageKey)] as const)}
          onChange={(value) => set('period', value)}
        />
        <div className="field">
          <label htmlFor="cnt-from">{t('complaints.counts.from')}</label>
          <input id="cnt-from" type="date" value={from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cnt-to">{t('complaints.counts.to')}</label>
          <input id="cnt-to" type="date" value={to} onChange={(e) => set('to', e.target.value)} />
        </div>
      </form>
      {counts.error !== undefined ? <ErrorAlert error={counts.error} /> : null}
      {counts.loading && counts.data === undefined ? <p>{t('common.loading')}</p> : null}
      {counts.data !== undefined && rows.length === 0 ? <p className="card">{t('complaints.counts.none')}</p> : null}
      {totals.length > 0 ? (
        <IncTable
          caption={t('complaints.counts.totals')}
          columns={[
            t('complaints.counts.periodCol'),
            t('complaints.kind.complaint'),
            t('complaints.kind.consultation'),
            t('complaints.counts.late'),
            t('complaints.counts.open'),
          ]}
          visibleCaption
          testId="complaint-totals"
        >
          {totals.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.period}</th>
              <td>{number(row.complaints)}</td>
              <td>{number(row.consultations)}</td>
              <td>{number(row.answeredLate)}</td>
              <td>{number(row.open)}</td>
            </tr>
          ))}
        </IncTable>
      ) : null}
      {rows.length > 0 ? (
        <IncTable
          caption={t('complaints.counts.byChannel')}
          columns={[
            t('complaints.counts.periodCol'),
            t('complaints.col.kind'),
            t('complaints.field.channel'),
            t('complaints.counts.received'),
            t('complaints.counts.late'),
            t('complaints.counts.open'),
          ]}
          visibleCaption
        >
          {rows.map((row) => (
            <tr key={`${row.period}-${row.kind}-${row.channel}`}>
              <th scope="row">{row.period}</th>
              <td>{t(`complaints.kind.${row.kind}` as MessageKey)}</td>
              <td>{t(`complaints.channel.${row.channel}` as MessageKey)}</td>
              <td>{number(row.received)}</td>
              <td>{number(row.answeredLate)}</td>
              <td>{number(row.open)}</td>
            </tr>
          ))}
        </IncTable>
      ) : null}
    </>
  );
}
