import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { LoadError } from '../retention/LoadError.tsx';
import type { ContractorReview, Items } from './types.ts';

/** Recorded reviews, newest first (one contractor's, or everyone's with the contractor named). */
export function ReviewsList({ contractor }: { readonly contractor?: string }) {
  const { t, date } = useI18n();
  const { nameOf } = useLedger();
  const query = contractor ? `?contractor=${encodeURIComponent(contractor)}` : '';
  const reviews = useApi<Items<ContractorReview>>(`/api/v1/contractors/reviews${query}`);
  if (reviews.data === undefined) return <LoadError loaded={reviews} />;
  const items = [...reviews.data.items].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn));
  if (items.length === 0) return <p className="card">{t('contractors.reviews.none')}</p>;
  return (
    <ScrollTable label={t('contractors.reviews.caption')}>
      <table className="rq-table rt-table" data-testid="reviews-table">
        <caption className="rq-sr-only">{t('contractors.reviews.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contractors.review.on')}</th>
            {contractor ? null : <th scope="col">{t('contractors.col.contractor')}</th>}
            <th scope="col">{t('contractors.review.reason')}</th>
            <th scope="col">{t('contractors.review.result')}</th>
            <th scope="col">{t('contractors.review.reviewer')}</th>
            <th scope="col">{t('contractors.col.nextDue')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">{date(r.reviewedOn)}</th>
              {contractor ? null : (
                <td>
                  <Link to={`/contractors/${r.contractor}`}>{nameOf('contractors', r.contractor)}</Link>
                </td>
              )}
              <td>{t(`contractors.reason.${r.reason}` as MessageKey)}</td>
              <td>
                <span className={`badge ${r.result === 'pass' ? 'ok' : r.result === 'fail' ? 'danger' : 'warn'}`}>
                  {t(`contractors.result.${r.result}` as MessageKey)}
                </span>
                {r.note ? <div className="hint">{r.note}</div> : null}
              </td>
              <td>{r.reviewer}</td>
              <td>{date(r.nextReviewBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
