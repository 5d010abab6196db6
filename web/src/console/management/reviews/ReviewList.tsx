import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { ScrollTable } from '../../people/ScrollTable.tsx';
import { hasRole, useSession } from '../../session.tsx';
import { LoadError } from '../LoadError.tsx';
import type { Items, ManagementReview } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { ReviewForm } from './ReviewForm.tsx';

/** Management reviews (PM-3), latest first, and a new one for editors. */
export function ReviewList() {
  const { t, date } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const reviews = useApi<Items<ManagementReview>>('/api/v1/management-reviews');
  const items = [...(reviews.data?.items ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const operatorName = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
  return (
    <>
      <h2>{t('mgmt.reviews.title')}</h2>
      <p className="hint">{t('mgmt.reviews.intro')}</p>
      <LoadError error={reviews.error} />
      {reviews.loading && reviews.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="card">{t('mgmt.reviews.none')}</p>
      ) : (
        <ScrollTable label={t('mgmt.reviews.title')}>
          <table className="mgmt-table" data-testid="review-list">
            <thead>
              <tr>
                <th scope="col">{t('mgmt.reviews.heldOn')}</th>
                <th scope="col">{t('mgmt.col.operator')}</th>
                <th scope="col">{t('mgmt.reviews.period')}</th>
                <th scope="col">{t('mgmt.reviews.decisions')}</th>
                <th scope="col">{t('mgmt.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/management/reviews/${r.id}`}>{date(r.heldOn)}</Link>
                  </th>
                  <td>{operatorName(r.operator)}</td>
                  <td>{t('mgmt.reviews.range', { from: date(r.from), to: date(r.to) })}</td>
                  <td>{r.decisions.length}</td>
                  <td>
                    <span className={`badge ${r.closedOn ? 'ok' : 'warn'}`}>
                      {t(r.closedOn ? 'mgmt.reviews.closed' : 'mgmt.reviews.open')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {hasRole(me, 'administrator', 'privacy-staff') ? <ReviewForm operators={operators} /> : null}
    </>
  );
}
