import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { itemsFor, japanToday } from '../dashboard/due.ts';
import { ManagementCards } from '../dashboard/ManagementCards.tsx';
import type { Dashboard, DueFilter } from '../dashboard/types.ts';

const FILTERS: readonly DueFilter[] = ['open', 'overdue', 'today', 'week'];

/** What needs action today: requests by due date, then consents, contractors, trainings, incidents, evidence. */
export function DashboardPage() {
  const { t, date } = useI18n();
  const dashboard = useApi<Dashboard>('/api/v1/dashboard');
  const [params] = useSearchParams();
  const due = FILTERS.find((f) => f === params.get('due'));
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (due !== undefined) list.current?.focus();
  }, [due]);
  const today = japanToday();
  if (dashboard.error !== undefined) {
    return (
      <>
        <h1>{t('console.nav.dashboard')}</h1>
        <p className="error" role="alert">
          {t('common.error', {
            message: dashboard.error instanceof Error ? dashboard.error.message : String(dashboard.error),
          })}
        </p>
        <button type="button" onClick={dashboard.reload}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  const data = dashboard.data;
  if (data === undefined) return <p>{t('common.loading')}</p>;
  const r = data.requests;
  const numbers: { filter: DueFilter; value: number; tone?: string }[] = [
    { filter: 'overdue', value: r.overdue, tone: r.overdue > 0 ? 'db-danger' : '' },
    { filter: 'today', value: r.dueToday, tone: r.dueToday > 0 ? 'db-warn' : '' },
    { filter: 'week', value: r.dueThisWeek },
    { filter: 'open', value: r.open },
  ];
  const shown = itemsFor(r.items, due ?? 'open', today);
  return (
    <>
      <h1>{t('console.nav.dashboard')}</h1>
      <p className="hint">{t('dashboard.today', { date: date(today) })}</p>

      <section aria-labelledby="db-requests-title">
        <h2 id="db-requests-title">{t('dashboard.requests.title')}</h2>
        <ul className="cards db-numbers">
          {numbers.map((n) => (
            <li key={n.filter}>
              <Link
                className={`card db-stat ${n.tone ?? ''} ${due === n.filter ? 'db-current' : ''}`}
                to={`/?due=${n.filter}`}
                aria-current={due === n.filter ? 'true' : undefined}
                data-testid={`db-requests-${n.filter}`}
              >
                <span className="stat">{n.value}</span>
                <span>{t(`dashboard.requests.${n.filter}` as MessageKey)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <section
          className="card req-card"
          aria-labelledby="db-list-title"
          ref={list}
          tabIndex={-1}
          data-testid="db-request-list"
        >
          <h3 id="db-list-title">{t(`dashboard.list.${due ?? 'open'}` as MessageKey)}</h3>
          {shown.length === 0 ? (
            <p>{t('dashboard.list.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="req-rows">
                <thead>
                  <tr>
                    <th scope="col">{t('requests.col.tracking')}</th>
                    <th scope="col">{t('requests.col.due')}</th>
                    <th scope="col">{t('requests.col.type')}</th>
                    <th scope="col">{t('requests.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={`/requests/${item.id}`} className="rq-code">
                          {item.trackingCode}
                        </Link>
                      </th>
                      <td>
                        {date(item.dueOn)}{' '}
                        {item.dueOn < today ? <span className="badge overdue">{t('requests.due.overdue')}</span> : null}
                      </td>
                      <td>{t(`requests.type.${item.type}` as MessageKey)}</td>
                      <td>{t(`requests.status.${item.state}` as MessageKey)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="actions">
            <Link className="button secondary" to={due === 'overdue' ? '/requests?view=overdue' : '/requests'}>
              {t('dashboard.list.queue')}
            </Link>
          </p>
        </section>
      </section>

      <ManagementCards data={data} today={today} />
    </>
  );
}
