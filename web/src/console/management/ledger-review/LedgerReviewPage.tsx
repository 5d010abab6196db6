import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { useActorNames } from '../../notice/use-actor-names.ts';
import { ScrollTable } from '../../people/ScrollTable.tsx';
import { hasRole, useSession } from '../../session.tsx';
import { ListFilters, useListFilter } from '../ListFilters.tsx';
import { LoadError } from '../LoadError.tsx';
import type { LedgerReviewStatus } from '../types.ts';
import { ConfirmSection } from './ConfirmSection.tsx';
import { PlanForm } from './PlanForm.tsx';
import { SECTION_LABEL } from './section-labels.ts';

/**
 * The year's ledger review (PM-1): every section of the ledger with its owner, due date and confirmation; the
 * owner confirms their sections here, editors plan who owns which.
 */
export function LedgerReviewPage() {
  const { t, date, number } = useI18n();
  const { me } = useSession();
  const actorName = useActorNames();
  const filter = useListFilter();
  const review = useApi<LedgerReviewStatus>(`/api/v1/ledger-reviews/${filter.year}`);
  const status = review.data;
  return (
    <>
      <h2>{t('mgmt.ledger.title', { year: filter.year })}</h2>
      <p className="hint">{t('mgmt.ledger.intro')}</p>
      <ListFilters filter={filter} operators={[]} label={t('mgmt.ledger.filters')} withOperator={false} />
      <LoadError error={review.error} />
      {status === undefined ? (
        review.error === undefined ? (
          <p>{t('common.loading')}</p>
        ) : null
      ) : (
        <>
          <p data-testid="ledger-review-progress">
            {t('mgmt.ledger.progress', { confirmed: number(status.confirmed), total: number(status.total) })}{' '}
            {status.overdue > 0 ? (
              <span className="badge overdue">{t('mgmt.ledger.overdue', { count: status.overdue })}</span>
            ) : null}
          </p>
          <progress
            className="progress"
            max={Math.max(1, status.total)}
            value={status.confirmed}
            aria-label={t('mgmt.ledger.progressLabel')}
          />
          <ScrollTable label={t('mgmt.ledger.sections')}>
            <table className="mgmt-table" data-testid="ledger-sections">
              <thead>
                <tr>
                  <th scope="col">{t('mgmt.ledger.section')}</th>
                  <th scope="col">{t('mgmt.col.owner')}</th>
                  <th scope="col">{t('mgmt.col.due')}</th>
                  <th scope="col">{t('mgmt.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {status.sections.map((s) => (
                  <tr key={s.section} data-section={s.section}>
                    <th scope="row">{t(SECTION_LABEL[s.section])}</th>
                    <td>{s.owner ? actorName(s.owner) : <span className="hint">{t('mgmt.ledger.noOwner')}</span>}</td>
                    <td>{date(s.dueOn)}</td>
                    <td>
                      {s.confirmedOn ? (
                        <span className="badge ok">
                          {t('mgmt.ledger.confirmedOn', {
                            date: date(s.confirmedOn),
                            by: actorName(s.confirmedBy ?? ''),
                            version: s.ledgerVersion ?? '—',
                          })}
                        </span>
                      ) : (
                        <>
                          {s.overdue ? (
                            <span className="badge overdue">{t('mgmt.ledger.sectionOverdue')}</span>
                          ) : (
                            <span className="badge warn">{t('mgmt.ledger.waiting')}</span>
                          )}
                          {s.owner === me.account.id ? (
                            <ConfirmSection year={filter.year} section={s.section} onDone={review.reload} />
                          ) : null}
                        </>
                      )}
                      {s.note ? <p className="hint">{s.note}</p> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {hasRole(me, 'administrator', 'privacy-staff') ? (
            <PlanForm year={filter.year} status={status} onDone={review.reload} />
          ) : null}
        </>
      )}
    </>
  );
}
