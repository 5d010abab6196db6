import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { useCanEdit } from '../retention/use-can-edit.ts';
import { ContractorFacts, OverseasInfo } from './ContractorFacts.tsx';
import { ReviewStateBadge } from './DueList.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { ReviewsList } from './ReviewsList.tsx';
import { japanDay } from './review-form.ts';
import { SuspensionsView } from './SuspensionsView.tsx';
import type { Contractor, Country, DueRow, Items } from './types.ts';

/** One contractor: its review state, the ledger's facts, overseas information, reviews, suspensions. */
export function ContractorView() {
  const { id = '' } = useParams();
  const { t, date } = useI18n();
  const { ledger, local } = useLedger();
  // The API returns the parsed ledger (defaults applied): the core type describes its contractors.
  const contractor = (ledger.contractors as unknown as readonly Contractor[]).find((c) => c.id === id);
  const countries = (ledger.countries ?? []) as readonly Country[];
  const due = useApi<Items<DueRow>>('/api/v1/contractors/reviews/due?soonDays=30');
  const [version, setVersion] = useState(0);
  const canEdit = useCanEdit();
  const [recorded, setRecorded] = useState<string | undefined>(undefined);
  if (contractor === undefined) return <p>{t('common.notFound')}</p>;
  const row = due.data?.items.find((r) => r.contractor === id);
  return (
    <section aria-labelledby="contractor-title" data-testid="contractor-view">
      <h2 id="contractor-title">{local(contractor.name)}</h2>
      <p data-testid="contractor-state">
        {t(`contractors.status.${contractor.status}` as MessageKey)}
        {row ? (
          <>
            {' · '}
            {t('contractors.col.dueBy')}: {date(row.dueBy)} <ReviewStateBadge state={row.state} />
            {row.suspendedByRecord ? (
              <>
                {' '}
                <span className="badge danger">{t('contractors.suspendedByRecord')}</span>
              </>
            ) : null}
          </>
        ) : null}
      </p>
      {row?.state === 'lapsed' ? <p className="rt-alert">{t('contractors.due.refused')}</p> : null}
      {recorded ? (
        <p className="notice-ok" role="status" data-testid="review-recorded">
          {t('contractors.review.recorded', { date: date(recorded) })}
        </p>
      ) : null}
      <ContractorFacts contractor={contractor} />
      <OverseasInfo contractor={contractor} countries={countries} />
      {canEdit ? (
        <ReviewForm
          contractor={contractor}
          today={japanDay(new Date())}
          onRecorded={(review) => {
            setRecorded(review.nextReviewBy);
            setVersion((v) => v + 1);
            due.reload();
          }}
        />
      ) : null}
      <h2>{t('contractors.reviews.title')}</h2>
      <ReviewsList key={version} contractor={id} />
      <SuspensionsView contractor={id} />
      <p>
        <Link to="/contractors">{t('contractors.back')}</Link>
      </p>
    </section>
  );
}
