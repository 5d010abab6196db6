import { useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { japanDayStart } from '../incidents/japan-local.ts';
import { ComplaintTabs } from './ComplaintList.tsx';
import { periodTotals } from './complaint-filters.ts';
import { type ComplaintCount, PERIOD_VALUES, type Period } from './types.ts';

/** Counts per period (and kind and channel) for the management review; period and range kept in the address. */
export function ComplaintCounts() {
  const { t, number } = useI18n();
  const [params, setParams] = useSearchParams();
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
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return (
    <>
      <h1>{t('complaints.title')}</h1>
      <ComplaintTabs />
      <p className="hint">{t('complaints.counts.intro')}</p>
      <form className="rq-filters" aria-label={t('complaints.counts.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="cnt-period">{t('complaints.counts.period')}</label>
          <select id="cnt-period" value={period} onChange={(e) => set('period', e.target.value)}>
            {PERIOD_VALUES.map((p) => (
              <option key={p} value={p}>
                {t(`complaints.period.${p}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cnt-from">{t('complaints.counts.from')}</label>
          <input id="cnt-from" type="date" value={from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="cnt-to">{t('complaints.counts.to')}</label>
          <input id="cnt-to" type="date" value={to} onChange={(e) => set('to', e.target.value)} />
        </div>
      </form>
      {counts.error !== undefined ? (
        <p className="error" role="alert">
          {t('common.error', { message: counts.error instanceof Error ? counts.error.message : String(counts.error) })}
        </p>
      ) : null}
      {counts.loading && counts.data === undefined ? <p>{t('common.loading')}</p> : null}
      {counts.data !== undefined && rows.length === 0 ? <p className="card">{t('complaints.counts.none')}</p> : null}
      {totals.length > 0 ? (
        <div className="table-wrap">
          <table className="inc-table" data-testid="complaint-totals">
            <caption>{t('complaints.counts.totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complaints.counts.periodCol')}</th>
                <th scope="col">{t('complaints.kind.complaint')}</th>
                <th scope="col">{t('complaints.kind.consultation')}</th>
                <th scope="col">{t('complaints.counts.late')}</th>
                <th scope="col">{t('complaints.counts.open')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{row.period}</th>
                  <td>{number(row.complaints)}</td>
                  <td>{number(row.consultations)}</td>
                  <td>{number(row.answeredLate)}</td>
                  <td>{number(row.open)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="inc-table">
            <caption>{t('complaints.counts.byChannel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('complaints.counts.periodCol')}</th>
                <th scope="col">{t('complaints.col.kind')}</th>
                <th scope="col">{t('complaints.field.channel')}</th>
                <th scope="col">{t('complaints.counts.received')}</th>
                <th scope="col">{t('complaints.counts.late')}</th>
                <th scope="col">{t('complaints.counts.open')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
