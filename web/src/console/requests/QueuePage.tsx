import { Link, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useSession } from '../session.tsx';
import { DueBadge, StatusBadge } from './badges.tsx';
import { type RequestPage, STATUSES, TYPES } from './types.ts';
import { useProcedures } from './use-procedures.ts';

const PAGE = 50;
const FILTERS = ['status', 'type', 'operator', 'view'] as const;

/** The request queue, oldest due first, with filters kept in the address (the dashboard links to them). */
export function QueuePage() {
  const { t, locale, date, yen } = useI18n();
  const { me } = useSession();
  const procedures = useProcedures();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const page = useApi<RequestPage>(`/api/v1/requests?${query}`);
  const setFilter = (name: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('offset');
    setParams(next);
  };
  const operators =
    me.account.operators === 'all' ? [...procedures.keys()] : me.account.operators.filter((o) => procedures.has(o));
  const operatorName = (id: string) => procedures.get(id)?.name[locale] ?? id;
  const items = page.data?.items ?? [];
  const total = page.data?.total ?? 0;

  return (
    <>
      <h1>{t('requests.queue.title')}</h1>
      <form className="rq-filters" aria-label={t('requests.queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="filter-status">{t('requests.filter.status')}</label>
          <select
            id="filter-status"
            value={params.get('status') ?? ''}
            onChange={(e) => setFilter('status', e.currentTarget.value)}
          >
            <option value="">{t('requests.filter.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`requests.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('requests.filter.type')}</label>
          <select
            id="filter-type"
            value={params.get('type') ?? ''}
            onChange={(e) => setFilter('type', e.currentTarget.value)}
          >
            <option value="">{t('requests.filter.all')}</option>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`requests.type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-due">{t('requests.filter.due')}</label>
          <select
            id="filter-due"
            value={params.get('view') ?? ''}
            onChange={(e) => setFilter('view', e.currentTarget.value)}
          >
            <option value="">{t('requests.filter.all')}</option>
            <option value="overdue">{t('requests.filter.overdue')}</option>
            <option value="due-soon">{t('requests.filter.dueSoon')}</option>
          </select>
        </div>
        {operators.length > 1 ? (
          <div className="field">
            <label htmlFor="filter-operator">{t('requests.filter.operator')}</label>
            <select
              id="filter-operator"
              value={params.get('operator') ?? ''}
              onChange={(e) => setFilter('operator', e.currentTarget.value)}
            >
              <option value="">{t('requests.filter.all')}</option>
              {operators.map((o) => (
                <option key={o} value={o}>
                  {operatorName(o)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </form>

      {page.error !== undefined ? (
        <p className="error" role="alert">
          {t('common.error', { message: page.error instanceof Error ? page.error.message : String(page.error) })}
        </p>
      ) : null}
      <p aria-live="polite" className="hint" data-testid="queue-count">
        {page.loading && page.data === undefined ? t('common.loading') : t('requests.queue.count', { total })}
      </p>
      {items.length === 0 && !page.loading ? (
        <p className="card req-card">{t('requests.queue.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="rq-table req-rows">
            <caption className="rq-sr-only">{t('requests.queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.col.tracking')}</th>
                <th scope="col">{t('requests.col.type')}</th>
                <th scope="col">{t('requests.col.status')}</th>
                <th scope="col">{t('requests.col.due')}</th>
                <th scope="col">{t('requests.col.operator')}</th>
                <th scope="col">{t('requests.col.received')}</th>
                <th scope="col">{t('requests.col.fee')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/requests/${r.id}`} className="rq-code">
                      {r.trackingCode}
                    </Link>
                  </th>
                  <td>{t(`requests.type.${r.type}` as MessageKey)}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td>
                    {date(r.dueAt)} <DueBadge request={r} />
                  </td>
                  <td>{operatorName(r.operator)}</td>
                  <td>{date(r.receivedAt)}</td>
                  <td>
                    {r.fee.amount === 0
                      ? t('requests.fee.none')
                      : `${yen(r.fee.amount)} · ${t(r.fee.paid ? 'requests.fee.paid' : 'requests.fee.unpaid')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE ? (
        <nav className="actions" aria-label={t('requests.queue.pages')}>
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(offset - PAGE)}>
            {t('requests.queue.previous')}
          </button>
          <span>{t('requests.queue.range', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}</span>
          <button
            type="button"
            className="secondary"
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('requests.queue.next')}
          </button>
        </nav>
      ) : null}
    </>
  );

  function setOffset(value: number) {
    const next = new URLSearchParams(params);
    if (value > 0) next.set('offset', String(value));
    else next.delete('offset');
    setParams(next);
  }
}
