import { Link, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { LoadError } from '../retention/LoadError.tsx';
import { stateFilter } from './review-form.ts';
import type { DueRow, Items, ReviewState } from './types.ts';

const STATES: readonly ReviewState[] = ['lapsed', 'due-soon', 'ok'];
const BADGE: Record<ReviewState, string> = { lapsed: 'overdue', 'due-soon': 'warn', ok: 'ok' };

export function ReviewStateBadge({ state }: { readonly state: ReviewState }) {
  const { t } = useI18n();
  return <span className={`badge ${BADGE[state]}`}>{t(`contractors.state.${state}` as MessageKey)}</span>;
}

/** Every contractor's review due date, soonest first; lapsed ones stand out (provision to them is refused). */
export function DueList() {
  const { t, date } = useI18n();
  const { nameOf } = useLedger();
  const [params, setParams] = useSearchParams();
  const state = stateFilter(params.get('state'));
  const due = useApi<Items<DueRow>>('/api/v1/contractors/reviews/due?soonDays=30');
  const rows = (due.data?.items ?? []).filter((r) => state === undefined || r.state === state);
  const lapsed = (due.data?.items ?? []).filter((r) => r.state === 'lapsed').length;
  return (
    <>
      <p className="hint">{t('contractors.due.intro')}</p>
      {lapsed > 0 ? (
        <p className="rt-alert" role="status" data-testid="lapsed-alert">
          {t('contractors.due.lapsedAlert', { count: lapsed })}
        </p>
      ) : null}
      <div className="rq-filters">
        <div className="field">
          <label htmlFor="due-state">{t('contractors.due.filter')}</label>
          <select
            id="due-state"
            value={state ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('state', e.target.value);
              else next.delete('state');
              setParams(next);
            }}
          >
            <option value="">{t('contractors.due.all')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`contractors.state.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {due.data === undefined ? (
        <LoadError loaded={due} />
      ) : rows.length === 0 ? (
        <p className="card" data-testid="due-empty">
          {t('contractors.due.empty')}
        </p>
      ) : (
        <ScrollTable label={t('contractors.due.caption')}>
          <table className="rq-table rt-table" data-testid="due-table">
            <caption className="rq-sr-only">{t('contractors.due.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contractors.col.contractor')}</th>
                <th scope="col">{t('contractors.col.dueBy')}</th>
                <th scope="col">{t('contractors.col.state')}</th>
                <th scope="col">{t('contractors.col.lastReview')}</th>
                <th scope="col">{t('contractors.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.contractor}
                  className={r.state === 'lapsed' ? 'rt-lapsed' : undefined}
                  data-testid={`due-${r.contractor}`}
                >
                  <th scope="row">
                    <Link to={`/contractors/${r.contractor}`}>{nameOf('contractors', r.contractor)}</Link>
                  </th>
                  <td>{date(r.dueBy)}</td>
                  <td>
                    <ReviewStateBadge state={r.state} />
                    {r.state === 'lapsed' ? <div className="hint">{t('contractors.due.refused')}</div> : null}
                  </td>
                  <td>{date(r.lastReviewOn)}</td>
                  <td>
                    {t(`contractors.status.${r.status}` as MessageKey)}
                    {r.suspendedByRecord ? (
                      <>
                        {' '}
                        <span className="badge danger">{t('contractors.suspendedByRecord')}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
